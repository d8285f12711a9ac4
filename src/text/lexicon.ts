import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RasdError } from '../errors.js';

/**
 * Word-frequency lexicon of normalised Arabic word forms, built from unlabelled news by
 * `npm run build:lexicon` (scripts/build-lexicon.ts) and shipped in data/lexicon/.
 * Used to decide whether a clitic split is real (وموسكو → و + موسكو) or only looks so (بروكسل).
 */

/** Root of the installed package (src/ and dist/ are both one level below). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const LEXICON_PATH = PACKAGE_ROOT + 'data/lexicon/ar-words.tsv';

let frequencies: Map<string, number> | null = null;
let version = 0;

/** Changes whenever another lexicon is installed (results memoised against the old one are stale). */
export function lexiconVersion(): number {
  return version;
}

export function loadLexicon(path = LEXICON_PATH): Map<string, number> {
  const map = new Map<string, number>();
  if (!existsSync(path)) return map; // no lexicon: clitic analysis falls back to structure only
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  if (!lines[0]?.startsWith('#rasd-lexicon v1')) {
    throw new RasdError('E_MODEL_CORRUPT', `${path} is not a Rasd lexicon (first line must be "#rasd-lexicon v1"); rebuild it with npm run build:lexicon`);
  }
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    map.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return map;
}

export function wordFrequency(normalizedWord: string): number {
  frequencies ??= loadLexicon();
  return frequencies.get(normalizedWord) ?? 0;
}

/** For tests: install a lexicon in place of the shipped one. */
export function setLexicon(map: Map<string, number> | null): void {
  frequencies = map;
  version++;
}
