import { Doc } from './doc.js';
import type { DocumentRecord } from '../output/jsonl.js';
import type { DocMeta, LayerName } from './types.js';

/** Rebuilds a Doc (text, metadata and stored layers) from its JSON Lines record, e.g. from the store. */
export function docFromRecord(record: DocumentRecord): Doc {
  const meta = (record.meta ?? {}) as Partial<DocMeta>;
  const doc = new Doc(record.text, {
    ...meta,
    source: record.source,
    outlet: record.outlet,
    title: record.title,
    published: record.published,
    publishedCertainty: meta.publishedCertainty ?? null,
    publishedEvidence: meta.publishedEvidence ?? null,
    credits: meta.credits ?? [],
    dateline: meta.dateline ?? null,
  });
  doc.id = (record.id as string | undefined) ?? null;
  doc.story = record.story;
  for (const layer of ['entities', 'dates', 'quotes', 'events', 'roles', 'nisbas', 'paragraphs', 'sentences'] as LayerName[]) {
    const data = (record as Record<string, unknown>)[layer];
    if (Array.isArray(data)) doc.set(layer, data as never);
  }
  return doc;
}
