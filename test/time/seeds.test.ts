import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { documentRecord } from '../../src/output/jsonl.js';
import { adoptPublishedFromRelated } from '../../src/time/reanchor.js';

/** Issue 4's "done" on the seed articles, measured by the shared scorer (skipped when ../shared is absent). */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '../shared');
const seeds = path.join(shared, 'seeds');
const scorer = path.join(shared, 'tools/score.mjs');
const available = existsSync(path.join(seeds, 'gold')) && existsSync(scorer);

describe('seed articles (shared scorer)', { skip: available ? false : 'no ../shared/seeds' }, () => {
  function score(docs: Doc[]): { dates: { f1: number; value_acc: number }; metadata: { published: number; published_stated: number } } {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'rasd-time-')), 'out.jsonl');
    writeFileSync(out, docs.map((d) => JSON.stringify(documentRecord(d))).join('\n') + '\n');
    return JSON.parse(execFileSync(process.execPath, [scorer, '--gold', path.join(seeds, 'gold'), '--pred', out, '--json'], { encoding: 'utf8' }));
  }

  function runSeeds(): Doc[] {
    const pipeline = defaultPipeline();
    return readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((name) => pipeline.run(new Doc(readFileSync(path.join(seeds, name), 'utf8'), { source: path.join(seeds, name) })));
  }

  it('dates F1 ≥ 0.90, value accuracy ≥ 0.85, stated publication dates all right', () => {
    const report = score(runSeeds());
    assert.ok(report.dates.f1 >= 0.9, `dates F1 ${report.dates.f1}`);
    assert.ok(report.dates.value_acc >= 0.85, `value accuracy ${report.dates.value_acc}`);
    assert.equal(report.metadata.published_stated, 1);
  });

  it('an undated article takes the story-mate date its weekday references agree with', () => {
    const docs = runSeeds();
    const before = score(docs);
    const dated = docs.map((d) => d.meta.published).filter((p): p is string => !!p);
    let adopted = 0;
    for (const d of docs) if (adoptPublishedFromRelated(d, dated, 'the same story')) adopted++;
    const after = score(docs);
    assert.ok(adopted >= 1);
    assert.ok(after.metadata.published >= before.metadata.published);
    assert.ok(after.dates.value_acc >= before.dates.value_acc);
  });
});
