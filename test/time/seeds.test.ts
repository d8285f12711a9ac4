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

/** Issue 4's "done" on the seed articles, measured by the shared scorer (skipped when ../shared is absent). */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '../shared');
const seeds = path.join(shared, 'seeds');
const scorer = path.join(shared, 'tools/score.mjs');
const available = existsSync(path.join(seeds, 'gold')) && existsSync(scorer);

describe('seed articles (shared scorer)', { skip: available ? false : 'no ../shared/seeds' }, () => {
  it('dates F1 ≥ 0.90, value accuracy ≥ 0.85, stated publication dates all right', () => {
    const pipeline = defaultPipeline();
    const lines: string[] = [];
    for (const name of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
      const file = path.join(seeds, name);
      lines.push(JSON.stringify(documentRecord(pipeline.run(new Doc(readFileSync(file, 'utf8'), { source: file })))));
    }
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'rasd-time-')), 'out.jsonl');
    writeFileSync(out, lines.join('\n') + '\n');
    const report = JSON.parse(execFileSync(process.execPath, [scorer, '--gold', path.join(seeds, 'gold'), '--pred', out, '--json'], { encoding: 'utf8' }));
    assert.ok(report.dates.f1 >= 0.9, `dates F1 ${report.dates.f1}`);
    assert.ok(report.dates.value_acc >= 0.85, `value accuracy ${report.dates.value_acc}`);
    assert.equal(report.metadata.published_stated, 1);
  });
});
