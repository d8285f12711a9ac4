import type { CorroboratedQuote } from '../corpus/quotes.js';

/**
 * Printing for `rasd quotes [--story ID] [--speaker ID] [--json]`: one corroborated quote per
 * block (speaker, outlets, text, then any material differences), or one JSON object per line.
 */
export interface QuotesPrintOptions {
  json?: boolean;
  /** Keep only quotes by this speaker id (or name). */
  speaker?: string;
  /** Keep only quotes carried by at least this many outlets. */
  minOutlets?: number;
}

export function filterQuotes(quotes: readonly CorroboratedQuote[], options: QuotesPrintOptions = {}): CorroboratedQuote[] {
  return quotes.filter(
    (q) => (!options.speaker || q.speaker?.id === options.speaker || q.speaker?.name === options.speaker) && q.outlets.length >= (options.minOutlets ?? 1),
  );
}

export function formatQuotes(quotes: readonly CorroboratedQuote[], options: QuotesPrintOptions = {}): string[] {
  const list = filterQuotes(quotes, options);
  if (options.json) return list.map((q) => JSON.stringify(q));
  if (list.length === 0) return ['No quotes.'];
  const lines: string[] = [];
  for (const q of list) {
    const who = q.speaker ? `${q.speaker.name}${q.speaker.id ? ` (${q.speaker.id})` : ''}` : '(unnamed source)';
    lines.push(`${q.id}  ${who}  [${q.outlets.length} outlet${q.outlets.length === 1 ? '' : 's'}: ${q.outlets.join('، ')}]`);
    lines.push(`  «${q.text}»`);
    if (q.variants.length > 1) lines.push(`  ${q.variants.length} wordings`);
    for (const d of q.differences) lines.push(`  ⚠ ${d}`);
  }
  return lines;
}
