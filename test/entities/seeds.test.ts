import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { documentRecord } from '../../src/output/jsonl.js';
import { EntityIndex } from '../../src/corpus/entities.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '../shared');
const seeds = path.join(shared, 'seeds');
const scorer = path.join(shared, 'tools/score.mjs');
const available = existsSync(seeds) && existsSync(scorer);

/** The bar on the seed articles, scored by the project's scorer (not by this code). */
test('seeds: NER typed F1 ≥ 0.85, linking B-cubed F1 ≥ 0.90, major actors neither split nor merged', { skip: !available && 'shared seeds not present' }, () => {
  const pipeline = defaultPipeline();
  const index = new EntityIndex();
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  const docs = files.map((f) => pipeline.run(new Doc(readFileSync(path.join(seeds, f), 'utf8'), { source: path.join(seeds, f) })));
  for (const d of docs) index.link(d);
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'rasd-seeds-')), 'out.jsonl');
  writeFileSync(out, docs.map((d) => JSON.stringify(documentRecord(d))).join('\n') + '\n');
  const report = JSON.parse(execFileSync(process.execPath, [scorer, '--gold', path.join(seeds, 'gold'), '--pred', out, '--json'], { encoding: 'utf8' }));
  const text = JSON.stringify(report);
  const ner = report.ner ?? report.sections?.ner;
  const linking = report.linking ?? report.sections?.linking;
  assert.ok(ner && linking, `unexpected scorer output: ${text.slice(0, 300)}`);
  assert.ok(ner.typed.f1 >= 0.85, `NER typed F1 ${ner.typed.f1}`);
  assert.ok(linking.f1 >= 0.9, `linking F1 ${linking.f1}`);
  const major = ['Russia', 'NATO', 'NATO-Russia Council', 'Jens Stoltenberg', 'Alexander Grushko', 'Vladimir Putin', 'Joe Biden', 'Antony Blinken', 'Ukraine'];
  const bad = JSON.stringify([linking.worst_split ?? linking.splitList ?? [], linking.worst_merged ?? linking.mergedList ?? []]);
  for (const k of major) assert.ok(!bad.includes(`"${k}`), `${k} split or merged: ${bad}`);
});
