import type { Doc } from '../doc/doc.js';

/**
 * The events layer is computed per document, before the corpus stage links entities to
 * canonical ids (src/corpus/entities.ts rewrites document-local ids). Take a snapshot of the
 * mention ids before linking and call `remapEventIds` after, so event actors, targets and
 * locations carry the linked ids:
 *   const before = entityIdSnapshot(doc); entityIndex.link(doc); remapEventIds(doc, before);
 */
export function entityIdSnapshot(doc: Doc): string[] {
  return doc.layer('entities').map((e) => e.id);
}

export function remapEventIds(doc: Doc, before: readonly string[]): void {
  const after = doc.layer('entities');
  const map = new Map<string, string>();
  for (let i = 0; i < before.length && i < after.length; i++) if (before[i] !== after[i].id) map.set(before[i], after[i].id);
  if (map.size === 0) return;
  const re = (id: string) => map.get(id) ?? id;
  for (const e of doc.layer('events')) {
    e.actors = [...new Set(e.actors.map(re))];
    e.targets = [...new Set(e.targets.map(re))].filter((t) => !e.actors.includes(t));
    if (e.location) e.location = re(e.location);
  }
}
