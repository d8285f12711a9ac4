import type { Doc } from '../doc/doc.js';

/**
 * The JSON Lines contract (README "JSON Lines"): tools and tests depend on it.
 * Keep fields stable; add fields freely.
 */
export interface DocumentRecord {
  kind: 'document';
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  text: string;
  entities: { start: number; end: number; text: string; type: string; id: string; name: string }[];
  dates: { start: number; end: number; text: string; type: string; value: string | null }[];
  quotes: { start: number; end: number; text: string; speaker: { id: string | null; name: string } | null; cue: string | null }[];
  events: unknown[];
  story: string | null;
  [extra: string]: unknown;
}

export function documentRecord(doc: Doc): DocumentRecord {
  const m = doc.meta;
  return {
    kind: 'document',
    id: doc.id,
    source: m.source,
    outlet: m.outlet,
    title: m.title,
    published: m.published,
    text: doc.text,
    entities: doc.layer('entities').map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, id: e.id, name: e.name })),
    dates: doc.layer('dates').map((d) => ({ start: d.start, end: d.end, text: d.text, type: d.type, value: d.value, ...(d.relative !== undefined ? { relative: d.relative } : {}) })),
    quotes: doc.layer('quotes').map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker, cue: q.cue, kind: q.kind, ...(q.via ? { via: q.via } : {}), ...(q.extent ? { extent: q.extent } : {}), ...(q.lang ? { lang: q.lang } : {}), ...(q.date ? { date: q.date } : {}) })),
    events: doc.layer('events'),
    roles: doc.layer('roles'),
    nisbas: doc.layer('nisbas'),
    sentences: doc.layer('sentences').map((x) => ({ start: x.start, end: x.end })),
    story: doc.story,
    meta: {
      outletEvidence: m.outletEvidence ?? null,
      publishedCertainty: m.publishedCertainty,
      publishedEvidence: m.publishedEvidence,
      publishedTime: m.publishedTime ?? null,
      credits: m.credits,
      dateline: m.dateline,
      language: m.language,
      url: m.url ?? null,
      encoding: m.encoding ?? null,
      contentHash: m.contentHash,
    },
    diagnostics: doc.diagnostics,
  };
}
