import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

/** Shared test helpers: where the repo and the shared data live, and unified-style fixtures. */

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Seeds and data sets live next to the repo (never inside it); tests skip when absent. */
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const SEEDS_DIR = join(SHARED_DIR, 'seeds');
export const SAUDINEWSNET_DIR = join(SHARED_DIR, 'data/news/saudinewsnet');
export const FIXTURES_DIR = join(REPO_ROOT, 'test/fixtures');

/** The seed article texts, or [] when ../shared is not there. */
export function seedTexts(): { name: string; text: string }[] {
  if (!existsSync(SEEDS_DIR)) return [];
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(SEEDS_DIR, name), 'utf8') }));
}

interface SaudiNewsNetRecord {
  source: string;
  url?: string;
  title?: string;
  content: string;
  date_extracted?: string;
}

/**
 * A deterministic sample of SaudiNewsNet articles (every k-th record of each day file),
 * at most `limit` of them; [] when the data set is absent. Sampling keeps the suite fast.
 */
export function saudiNewsNetSample(limit = 300): SaudiNewsNetRecord[] {
  if (!existsSync(SAUDINEWSNET_DIR)) return [];
  const files = readdirSync(SAUDINEWSNET_DIR).filter((f) => f.endsWith('.json')).sort();
  const perFile = Math.ceil(limit / Math.max(files.length, 1));
  const out: SaudiNewsNetRecord[] = [];
  for (const f of files) {
    const records = JSON.parse(readFileSync(join(SAUDINEWSNET_DIR, f), 'utf8')) as SaudiNewsNetRecord[];
    const step = Math.max(1, Math.floor(records.length / perFile));
    for (let i = 0; i < records.length && out.length < limit; i += step) out.push(records[i]);
  }
  return out.slice(0, limit);
}

/** Case folders under test/fixtures/<area>/: each holds an input file and expected.json. */
export function fixtureCases(area: string): { name: string; dir: string }[] {
  const root = join(FIXTURES_DIR, area);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ name: e.name, dir: join(root, e.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * Compares `actual` with `<dir>/expected.json`. A missing file is written on first run and
 * `UPDATE=1` rewrites them all (as in unified's fixtures); review the diff before committing.
 */
export function assertFixture(dir: string, actual: unknown, file = 'expected.json'): void {
  const path = join(dir, file);
  const serialised = JSON.stringify(actual, null, 2) + '\n';
  if (process.env.UPDATE === '1' || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, serialised);
    return;
  }
  assert.deepEqual(actual, JSON.parse(readFileSync(path, 'utf8')), `fixture ${path} differs (run with UPDATE=1 to regenerate after checking)`);
}

/** Every span's surface equals `text.slice(start, end)` and lies inside the text. */
export function assertSpansInText(text: string, spans: { start: number; end: number; text?: string }[], what: string): void {
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: [${s.start}, ${s.end}) inside 0..${text.length}`);
    if (s.text !== undefined) assert.equal(text.slice(s.start, s.end), s.text, `${what}: text.slice(start, end) === text`);
  }
}
