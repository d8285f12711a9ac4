import type { EventMention } from '../doc/types.js';
import type { DocumentRecord } from './jsonl.js';
import { toCsv } from './csv.js';

/**
 * Event export with GDELT-like columns (one row per event mention): date, actor1, actor2,
 * event type and mode, location, source URL, outlet, modality/negation and an evidence
 * window of the sentence around the trigger.
 */

export const EVENT_COLUMNS = ['date', 'actor1', 'actor2', 'event_type', 'mode', 'modality', 'negated', 'location', 'source_url', 'outlet', 'trigger', 'evidence'] as const;

export interface EventRow {
  date: string;
  actor1: string;
  actor2: string;
  event_type: string;
  mode: string;
  modality: string;
  negated: string;
  location: string;
  source_url: string;
  outlet: string;
  trigger: string;
  evidence: string;
}

/** Words of evidence kept around the trigger (GDELT-like rows stay short). */
const EVIDENCE_WORDS = 15;

export function* eventRows(docs: Iterable<DocumentRecord>): Iterable<EventRow> {
  for (const d of docs) {
    const url = ((d.meta as { url?: string | null } | undefined)?.url ?? null) || d.source;
    for (const e of d.events as EventMention[]) {
      yield {
        date: e.date ?? d.published ?? '',
        actor1: e.actors.join(';'),
        actor2: e.targets.join(';'),
        event_type: e.type,
        mode: e.mode ?? '',
        modality: e.modality ?? 'asserted',
        negated: e.negated ? 'true' : 'false',
        location: e.location ?? '',
        source_url: url,
        outlet: d.outlet ?? '',
        trigger: e.trigger.text,
        evidence: evidenceWindow(d.text, e),
      };
    }
  }
}

/** Up to EVIDENCE_WORDS words of the sentence, centred on the trigger. */
export function evidenceWindow(text: string, e: EventMention): string {
  const before = text.slice(e.sentence.start, e.trigger.start).trim().split(/\s+/).filter(Boolean);
  const after = text.slice(e.trigger.end, e.sentence.end).trim().split(/\s+/).filter(Boolean);
  const half = Math.floor((EVIDENCE_WORDS - 1) / 2);
  const nb = Math.min(before.length, Math.max(half, EVIDENCE_WORDS - 1 - after.length));
  const na = Math.min(after.length, EVIDENCE_WORDS - 1 - nb);
  return [...before.slice(before.length - nb), e.trigger.text, ...after.slice(0, na)].join(' ');
}

export function eventsCsv(docs: Iterable<DocumentRecord>): string {
  const rows: string[][] = [];
  for (const r of eventRows(docs)) rows.push(EVENT_COLUMNS.map((c) => r[c]));
  return toCsv([...EVENT_COLUMNS], rows);
}

export function eventsJsonl(docs: Iterable<DocumentRecord>): string {
  let out = '';
  for (const r of eventRows(docs)) out += JSON.stringify(r) + '\n';
  return out;
}
