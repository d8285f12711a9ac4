import { Doc } from '../../src/doc/doc.js';
import type { EntityMention, EntityType, NisbaMention, Quote, RoleMention } from '../../src/doc/types.js';
import { segmentAnnotator } from '../../src/annotate/text/segment.js';
import { quotesAnnotator } from '../../src/annotate/quotes/quotes.js';

/** A name in a hand-built entity layer: every occurrence of `surface` becomes a mention. */
export type Ent = [surface: string, id: string, type: EntityType];
/** A role phrase linked to an entity id (or null). */
export type Role = [surface: string, id: string | null];
export type Nisba = [surface: string, id: string];

function occurrences(text: string, surface: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) out.push(i);
  return out;
}

/** Segment `text`, install hand-built entity/role/nisba layers, and run the quotes annotator. */
export function annotate(text: string, ents: Ent[] = [], roles: Role[] = [], nisbas: Nisba[] = [], source = 'test.txt', before?: (doc: Doc) => void): { doc: Doc; quotes: Quote[] } {
  const doc = new Doc(text, { source });
  segmentAnnotator.run(doc);
  // Names inside a role phrase are mentions too (NATO in الأمين العام لحلف شمال الأطلسي); names do not overlap each other.
  const taken: { start: number; end: number }[] = [];
  const free = (s: number, e: number) => !taken.some((t) => t.start < e && t.end > s);
  const roleLayer: RoleMention[] = [];
  for (const [surface, id] of [...roles].sort((a, b) => b[0].length - a[0].length)) {
    for (const s of occurrences(text, surface)) {
      roleLayer.push({ start: s, end: s + surface.length, text: surface, id, name: id });
    }
  }
  const entities: EntityMention[] = [];
  for (const [surface, id, type] of [...ents].sort((a, b) => b[0].length - a[0].length)) {
    for (const s of occurrences(text, surface)) {
      if (!free(s, s + surface.length)) continue;
      taken.push({ start: s, end: s + surface.length });
      entities.push({ start: s, end: s + surface.length, text: surface, type, id, name: id });
    }
  }
  const nisbaLayer: NisbaMention[] = [];
  for (const [surface, id] of nisbas) for (const s of occurrences(text, surface)) nisbaLayer.push({ start: s, end: s + surface.length, text: surface, id, name: id });
  const byStart = <T extends { start: number }>(a: T[]) => a.sort((x, y) => x.start - y.start);
  doc.set('entities', byStart(entities));
  doc.set('roles', byStart(roleLayer));
  doc.set('nisbas', byStart(nisbaLayer));
  before?.(doc);
  quotesAnnotator.run(doc);
  return { doc, quotes: doc.get('quotes') };
}
