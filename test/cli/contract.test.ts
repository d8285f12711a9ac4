import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rasd, type BatchResult } from '../../src/app/rasd.js';
import { SEEDS_DIR, saudiNewsNetSample } from '../helpers.js';

/**
 * The JSON Lines contract over real articles and the whole default pipeline: every span of
 * every layer is a true slice of the document text, events point inside the text, stories list
 * known documents. Runs in-process on a temporary store; skips without ../shared.
 */

interface AnySpan {
  start: number;
  end: number;
  text?: string;
}

const sample = saudiNewsNetSample(60);
const haveData = existsSync(SEEDS_DIR) || sample.length > 0;

describe('JSON Lines contract over the seeds and SaudiNewsNet', { skip: !haveData && '../shared not found' }, () => {
  let dir: string;
  let rasd: Rasd;
  let result: BatchResult;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rasd-contract-'));
    writeFileSync(join(dir, 'sample.json'), JSON.stringify(sample));
    rasd = Rasd.open(join(dir, 'contract.db'));
    const inputs = [join(dir, 'sample.json')];
    if (existsSync(SEEDS_DIR)) inputs.push(join(SEEDS_DIR, '*.txt'));
    result = await rasd.analyzePaths(inputs);
  });
  after(async () => {
    await rasd.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('every input became a document', () => {
    assert.deepEqual(result.errors, []);
    assert.ok(result.documents.length >= sample.length);
  });

  test('documents carry the contract fields', () => {
    for (const d of result.documents) {
      assert.equal(d.kind, 'document');
      assert.equal(typeof d.source, 'string');
      assert.equal(typeof d.text, 'string');
      for (const k of ['outlet', 'title', 'published', 'story'] as const) assert.ok(d[k] === null || typeof d[k] === 'string', `${d.source}: ${k}`);
      if (d.published !== null) assert.match(d.published, /^\d{4}-\d{2}-\d{2}$/, `${d.source}: published`);
      for (const k of ['entities', 'dates', 'quotes', 'events'] as const) assert.ok(Array.isArray(d[k]), `${d.source}: ${k}`);
    }
  });

  test('every span is a slice of the text', () => {
    for (const d of result.documents) {
      const spans: [string, AnySpan][] = [
        ...d.entities.map((s): [string, AnySpan] => ['entity', s]),
        ...d.dates.map((s): [string, AnySpan] => ['date', s]),
        ...d.quotes.map((s): [string, AnySpan] => ['quote', s]),
        ...((d.roles as AnySpan[] | undefined) ?? []).map((s): [string, AnySpan] => ['role', s]),
        ...((d.nisbas as AnySpan[] | undefined) ?? []).map((s): [string, AnySpan] => ['nisba', s]),
      ];
      for (const [what, s] of spans) {
        assert.ok(s.start >= 0 && s.start < s.end && s.end <= d.text.length, `${d.source}: ${what} [${s.start},${s.end}) in bounds`);
        assert.equal(d.text.slice(s.start, s.end), s.text, `${d.source}: ${what} text`);
      }
      for (const e of d.entities) assert.ok(['PER', 'ORG', 'LOC', 'MISC'].includes(e.type) && e.id && e.name, `${d.source}: entity ${e.text}`);
      for (const t of d.dates) assert.ok(['DATE', 'TIME', 'DURATION', 'SET'].includes(t.type), `${d.source}: date type ${t.type}`);
    }
  });

  test('events: trigger inside its sentence, sentence inside the text, actors are ids', () => {
    for (const d of result.documents) {
      for (const e of d.events as { type: string; actors: string[]; targets: string[]; sentence: AnySpan; trigger: AnySpan }[]) {
        assert.match(e.type, /^[A-Z]+$/);
        assert.ok(e.sentence.start >= 0 && e.sentence.start < e.sentence.end && e.sentence.end <= d.text.length, `${d.source}: event sentence`);
        assert.equal(d.text.slice(e.trigger.start, e.trigger.end), e.trigger.text, `${d.source}: trigger text`);
        assert.ok(e.sentence.start <= e.trigger.start && e.trigger.end <= e.sentence.end, `${d.source}: trigger "${e.trigger.text}" inside its sentence`);
        for (const id of [...e.actors, ...e.targets]) assert.equal(typeof id, 'string');
      }
    }
  });

  test('stories name documents of the batch by source; documents name known stories', () => {
    const sources = new Set(result.documents.map((d) => d.source));
    const storyIds = new Set(result.stories.map((s) => s.id));
    for (const s of result.stories) {
      assert.equal(s.kind, 'story');
      assert.equal(typeof s.title, 'string');
      for (const src of s.documents) assert.ok(sources.has(src), `story ${s.id} lists ${src}`);
      for (const t of s.timeline as { documents?: string[] }[]) for (const src of t.documents ?? []) assert.ok(sources.has(src), `story ${s.id} timeline lists ${src}`);
    }
    for (const d of result.documents) if (d.story) assert.ok(storyIds.has(d.story), `${d.source}: story ${d.story}`);
  });
});
