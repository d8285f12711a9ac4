import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { EntityIndex } from '../../src/corpus/entities.js';
import { relinkQuoteSpeakers } from '../../src/corpus/quotes.js';
import { normalize } from '../../src/text/normalize.js';

/**
 * The seed articles against their gold quotes (read from ../shared, never copied): matching as
 * the scorer does (either text contains the other's first 25 normalised characters).
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seeds = path.resolve(repoRoot, '../shared/seeds');
const present = existsSync(path.join(seeds, 'gold'));

const key = (s: string) => normalize(s).replace(/["']/g, '').replace(/\s+/g, ' ').trim();
const matches = (g: string, p: string) => g !== '' && p !== '' && (p.includes(g.slice(0, 25)) || g.includes(p.slice(0, 25)));

interface GoldQuote {
  speaker: string | null;
  text: string;
}
interface GoldEntity {
  key: string;
  mentions: string[];
}

test('quotes on the seed articles: recall, precision, speakers', { skip: !present && 'no ../shared/seeds' }, () => {
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  const pipeline = defaultPipeline();
  const index = new EntityIndex();
  const docs = files.map((f) => pipeline.run(new Doc(readFileSync(path.join(seeds, f), 'utf8'), { source: f })));
  for (const d of docs) index.link(d);
  for (const d of docs) relinkQuoteSpeakers(d);
  let gold = 0;
  let found = 0;
  let speakerOk = 0;
  let pred = 0;
  let predOk = 0;
  docs.forEach((doc, k) => {
    const g = JSON.parse(readFileSync(path.join(seeds, 'gold', files[k].replace(/\.txt$/, '.json')), 'utf8')) as { quotes: GoldQuote[]; entities: GoldEntity[] };
    const quotes = doc.get('quotes');
    for (const q of quotes) assert.equal(doc.text.slice(q.start, q.end), q.text);
    const p = quotes.map((q) => ({ s: key(q.text), speaker: q.speaker }));
    const used = new Set<number>();
    for (const gq of g.quotes) {
      gold++;
      const gs = key(gq.text);
      const js = p.map((_, j) => j).filter((j) => matches(gs, p[j].s));
      if (!js.length) continue;
      const j = js.find((x) => !used.has(x)) ?? js[0];
      used.add(j);
      found++;
      const sp = p[j].speaker;
      const names = g.entities.find((e) => e.key === gq.speaker)?.mentions.map(normalize) ?? [];
      if (sp === null ? gq.speaker === null : gq.speaker !== null && (sp.name === gq.speaker || names.includes(normalize(sp.name)))) speakerOk++;
    }
    pred += p.length;
    predOk += p.filter((x) => g.quotes.some((gq) => matches(key(gq.text), x.s))).length;
  });
  const recall = found / gold;
  const precision = predOk / pred;
  const speakers = speakerOk / found;
  assert.ok(recall >= 0.9, `recall ${recall.toFixed(3)}`);
  assert.ok(precision >= 0.85, `precision ${precision.toFixed(3)}`);
  assert.ok(speakers >= 0.9, `speaker accuracy ${speakers.toFixed(3)}`);
});
