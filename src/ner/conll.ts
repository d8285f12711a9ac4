import { readFileSync } from 'node:fs';
import { RasdError } from '../errors.js';
import type { Tag } from './tagger.js';

/**
 * CoNLL-style files (`token TAG` per line, blank line between sentences) in the ANERcorp
 * scheme (B-/I-PERS, LOC, ORG, MISC), and entity-level scoring (exact span and type).
 */
export interface ConllSentence {
  tokens: string[];
  /** Tags in the file's own scheme. */
  tags: string[];
}

export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const sp = line.lastIndexOf(' ') >= 0 ? line.lastIndexOf(' ') : line.lastIndexOf('\t');
    if (sp <= 0) {
      cur.tokens.push(line);
      cur.tags.push('O');
      continue;
    }
    cur.tokens.push(line.slice(0, sp).trim());
    cur.tags.push(line.slice(sp + 1));
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

export function readConll(path: string): ConllSentence[] {
  try {
    return parseConll(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new RasdError('E_INPUT_NOT_FOUND', `cannot read CoNLL file ${path}: ${(err as Error).message}`);
  }
}

/** File tag (B-PERS) → internal tag (B-PER). Unknown types become O. */
export function toInternalTag(tag: string): Tag {
  if (tag === 'O' || tag.length < 3) return 'O';
  const prefix = tag[0] === 'I' ? 'I-' : 'B-';
  const type = tag.slice(2).toUpperCase();
  const t = type.startsWith('PER') ? 'PER' : type === 'LOC' || type === 'GPE' ? 'LOC' : type === 'ORG' ? 'ORG' : type === 'MISC' ? 'MISC' : null;
  return t ? ((prefix + t) as Tag) : 'O';
}

/** Internal tag → the file's scheme (PER ↔ PERS as the file uses). */
export function toFileTag(tag: Tag, personLabel: string): string {
  if (tag === 'O') return 'O';
  const type = tag.slice(2);
  return tag.slice(0, 2) + (type === 'PER' ? personLabel : type);
}

export interface Chunk {
  start: number;
  end: number;
  type: string;
}

/** Entity chunks of a BIO sequence (an I- without a matching B- starts a chunk, like conlleval). */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const type = t === 'O' ? '' : t.slice(2);
    if (t === 'O' || t.startsWith('B-') || !cur || cur.type !== type) {
      if (cur) out.push(cur);
      cur = t === 'O' ? null : { start: i, end: i + 1, type };
    } else cur.end = i + 1;
  }
  if (cur) out.push(cur);
  return out;
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Entity-level scores, overall and per type, from gold/predicted internal tag sequences. */
export function scoreChunks(pairs: readonly { gold: readonly string[]; pred: readonly string[] }[]): Record<string, PRF> {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string) => counts.get(t) ?? (counts.set(t, { tp: 0, fp: 0, fn: 0 }), counts.get(t)!);
  for (const { gold, pred } of pairs) {
    const g = chunks(gold);
    const p = chunks(pred);
    const key = (c: Chunk) => `${c.start}:${c.end}:${c.type}`;
    const gs = new Set(g.map(key));
    const ps = new Set(p.map(key));
    for (const c of p) {
      const k = get(c.type);
      if (gs.has(key(c))) k.tp++;
      else k.fp++;
    }
    for (const c of g) if (!ps.has(key(c))) get(c.type).fn++;
  }
  const out: Record<string, PRF> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [t, c] of [...counts].sort()) {
    out[t] = prf(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  out.overall = prf(tp, fp, fn);
  return out;
}
