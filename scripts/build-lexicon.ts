/**
 * Builds data/lexicon/ar-words.tsv: normalised Arabic word forms with their frequency in the
 * SaudiNewsNet articles (../shared/data/news/saudinewsnet). Forms seen fewer than MIN_COUNT
 * times are dropped to keep the file small.
 *   npm run build:lexicon [-- --data DIR --min N]
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tokenize } from '../src/text/tokenize.js';
import { normalize } from '../src/text/normalize.js';
import { LEXICON_PATH } from '../src/text/lexicon.js';

const args = process.argv.slice(2);
const dataDir = valueOf('--data') ?? join(process.cwd(), '../shared/data/news/saudinewsnet');
const MIN_COUNT = Number(valueOf('--min') ?? 4);

function valueOf(flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

const counts = new Map<string, number>();
let articles = 0;
for (const f of readdirSync(dataDir).filter((n) => n.endsWith('.json')).sort()) {
  const records = JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as { title?: string; content?: string }[];
  for (const r of records) {
    articles++;
    const text = `${r.title ?? ''}\n${r.content ?? ''}`;
    for (const t of tokenize(text)) {
      if (t.kind !== 'word') continue;
      const w = normalize(text.slice(t.start, t.end));
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
}
const rows = [...counts].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
mkdirSync(dirname(LEXICON_PATH), { recursive: true });
writeFileSync(LEXICON_PATH, `#rasd-lexicon v1\tsaudinewsnet articles=${articles} min=${MIN_COUNT}\n` + rows.map(([w, c]) => `${w}\t${c}`).join('\n') + '\n');
console.log(`wrote ${rows.length} forms from ${articles} articles to ${LEXICON_PATH}`);
