import type { Lexeme } from '../text/lexeme.js';
/**
 * The annotation layers a Doc can carry. Every annotation is stand-off: `start`/`end`
 * are UTF-16 offsets into `doc.text` (end exclusive), so `doc.text.slice(start, end)`
 * is always the annotated surface.
 *
 * Layers are added by annotators (src/annotate/**); later stages read earlier layers
 * and never re-parse the text. Add fields freely; do not rename or remove them: the
 * JSON Lines contract (src/output/jsonl.ts) and the store depend on them.
 */

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'info' | 'warning' | 'error';

/** A problem found in the *content* (not a misuse of the API): recorded, never thrown. */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  start?: number;
  end?: number;
  /** Which stage or annotator reported it. */
  origin?: string;
}

export type Language = 'ar' | 'en' | 'fa' | 'other';

export interface Paragraph extends Span {
  lang: Language;
}

export interface Sentence extends Span {
  /** Index of the paragraph this sentence belongs to. */
  paragraph: number;
}

export type TokenKind =
  | 'word' // Arabic-script word
  | 'latin' // Latin-script word
  | 'number'
  | 'hashtag'
  | 'handle'
  | 'url'
  | 'email'
  | 'emoji'
  | 'punct'
  | 'symbol';

export interface Token extends Span {
  kind: TokenKind;
  /** Matching form (see text/normalize.ts); for Latin words lower-cased. */
  norm: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/** One proposed segmentation of a word into proclitics + stem + enclitic (normalised forms). */
export interface CliticSegmentation {
  proclitics: string[];
  stem: string;
  enclitic: string | null;
  /** Offsets of the stem inside the original text. */
  stemStart: number;
  stemEnd: number;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** Canonical entity id (stable across documents once linked by the corpus stage). */
  id: string;
  /** Canonical display name. */
  name: string;
  /** How the mention was found: tagger, gazetteer, rule… */
  source?: string;
}

/** A title or description used instead of a name ("الأمين العام للحلف"), resolved to an entity when possible. */
export interface RoleMention extends Span {
  text: string;
  id: string | null;
  name: string | null;
  /** Normalised title key (head|portfolio|organisation-or-country id), for resolving the title across documents. */
  key?: string;
  /** True when the title stands next to the name it describes (apposition): it links the title, it is not a role. */
  apposition?: boolean;
}

/** A nisba adjective (الروسي، الأميركية) mapped to its country: used for actor attribution, not a mention. */
export interface NisbaMention extends Span {
  text: string;
  /** Canonical id of the country (or group) the adjective points to. */
  id: string;
  name: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends Span {
  text: string;
  type: TimexType;
  /** TIMEX3 value, or null when it cannot be resolved (e.g. no publication date). */
  value: string | null;
  /** True when the value depends on the publication date or context. */
  relative?: boolean;
}

export interface SpeakerRef {
  id: string | null;
  name: string;
}

export interface Quote extends Span {
  text: string;
  speaker: SpeakerRef | null;
  /** The reporting word as it appears ("وقال", "أضاف"). */
  cue: string | null;
  cueSpan?: Span | null;
  kind: 'direct' | 'indirect' | 'social';
  /** Chain of attribution: the outlet or newspaper the quote was carried through. */
  via?: SpeakerRef[];
  lang?: Language;
  date?: string | null;
  /** The whole quotation when `text` (and start/end) is cut to its first 80 characters. */
  extent?: Span;
  /** The mention (name, role, nisba) the speaker was read from; lets the corpus stage refresh ids after linking. */
  speakerMention?: Span;
}

export type PloverType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

export interface EventMention {
  type: PloverType;
  mode?: string | null;
  actors: string[];
  targets: string[];
  date: string | null;
  location: string | null;
  sentence: Span;
  trigger: Span & { text: string };
  negated?: boolean;
  modality?: 'asserted' | 'planned' | 'demanded' | 'denied' | 'failed' | 'hypothetical';
}

/** Type of every layer, by name. Annotators declare which of these they require and assign. */
export interface LayerTypes {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** The shared word-type object of each token (parallel to `tokens`; not serialised). */
  lexemes: Lexeme[];
  entities: EntityMention[];
  roles: RoleMention[];
  nisbas: NisbaMention[];
  dates: Timex[];
  quotes: Quote[];
  events: EventMention[];
}

export type LayerName = keyof LayerTypes;

export type PublishedCertainty = 'metadata' | 'stated' | 'inferred';

export interface DocMeta {
  /** Path, URL or `<file>#<index>` the article came from. */
  source: string;
  outlet: string | null;
  /** The text that names the outlet (banner, source line, site name). */
  outletEvidence?: string | null;
  title: string | null;
  /** YYYY-MM-DD, or null when unknown. */
  published: string | null;
  /** Full timestamp when known (ISO 8601). */
  publishedTime?: string | null;
  publishedCertainty: PublishedCertainty | null;
  publishedEvidence: string | null;
  /** News agencies credited in the text ("(د ب أ)", "سبوتنيك"). */
  credits: string[];
  /** The dateline place ("موسكو:"), if any. */
  dateline: string | null;
  language: Language;
  url?: string | null;
  /** sha256 of the cleaned text: the document's identity for idempotent ingestion. */
  contentHash: string;
  /** Encoding the bytes were decoded from. */
  encoding?: string | null;
  /** Text removed as page chrome (kept so a user can audit the cleaning). */
  removed?: string[];
}
