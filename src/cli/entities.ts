import type { EntityRecord } from '../store/store.js';
import { RasdError } from '../errors.js';

/**
 * Output of `rasd entities [--json]` and `rasd entity ID` (the lead wires the commands to the
 * store, which persists EntityIndex.records()).
 */

/** One line per entity, most mentioned first; or JSON Lines with `--json`. */
export function formatEntities(records: readonly EntityRecord[], options: { json?: boolean; limit?: number } = {}): string {
  const sorted = [...records].sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  const list = options.limit ? sorted.slice(0, options.limit) : sorted;
  if (options.json) return list.map((r) => JSON.stringify({ kind: 'entity', ...r })).join('\n') + (list.length ? '\n' : '');
  const idWidth = Math.min(40, Math.max(2, ...list.map((r) => r.id.length)));
  const lines = [`${'id'.padEnd(idWidth)}  type  mentions  docs  name`];
  for (const r of list) {
    lines.push(`${r.id.padEnd(idWidth)}  ${r.type.padEnd(4)}  ${String(r.mentions).padStart(8)}  ${String(r.documents.length).padStart(4)}  ${r.name}`);
  }
  return lines.join('\n') + '\n';
}

/** Everything known about one entity. */
export function formatEntity(records: readonly EntityRecord[], id: string, options: { json?: boolean } = {}): string {
  const r = records.find((x) => x.id === id);
  if (!r) {
    const near = records.filter((x) => x.id.includes(id) || x.name.toLowerCase().includes(id.toLowerCase())).slice(0, 5).map((x) => x.id);
    throw new RasdError('E_NOT_FOUND', `no entity "${id}"${near.length ? `; did you mean ${near.join(', ')}?` : '; list them with rasd entities'}`);
  }
  if (options.json) return JSON.stringify({ kind: 'entity', ...r }) + '\n';
  return [
    `${r.name}  (${r.id}, ${r.type})`,
    `mentions:   ${r.mentions} in ${r.documents.length} document(s)`,
    `first seen: ${r.firstSeen ?? 'unknown'}`,
    `last seen:  ${r.lastSeen ?? 'unknown'}`,
    `aliases:    ${r.aliases.join(' | ')}`,
    `outlets:    ${r.outlets.join(', ') || '-'}`,
    `documents:`,
    ...r.documents.map((d) => `  ${d}`),
  ].join('\n') + '\n';
}
