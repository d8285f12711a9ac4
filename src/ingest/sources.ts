import { readFileSync, statSync, readdirSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { RasdError } from '../errors.js';
import { decode } from './decode.js';
import { extractHtml } from './html.js';
import { parseFeed, looksLikeFeed } from './feed.js';

/**
 * Inputs → raw articles. An input is a file path, a directory (walked recursively), a glob,
 * an http(s) URL (an article page or an RSS/Atom feed), or "-" for stdin. Every failure is
 * reported per input as an `IngestError`; nothing here throws for one bad file.
 */

export const SUPPORTED_EXTENSIONS = ['.txt', '.html', '.htm', '.json', '.jsonl', '.xml', '.rss', '.atom'];
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 15000;

export interface RawArticle {
  source: string;
  /** Plain text (HTML already reduced to text, one paragraph per line). */
  text: string;
  title?: string | null;
  outlet?: string | null;
  outletEvidence?: string | null;
  published?: string | null;
  publishedEvidence?: string | null;
  url?: string | null;
  encoding?: string | null;
}

export interface IngestError {
  source: string;
  code: string;
  message: string;
}

export type Input = { kind: 'file'; path: string } | { kind: 'url'; url: string } | { kind: 'stdin' };

/** Expands paths, directories and globs into concrete inputs; unknown paths become errors. */
export async function expandInputs(args: string[]): Promise<{ inputs: Input[]; errors: IngestError[] }> {
  const inputs: Input[] = [];
  const errors: IngestError[] = [];
  for (const arg of args) {
    if (arg === '-') inputs.push({ kind: 'stdin' });
    else if (/^https?:\/\//i.test(arg)) inputs.push({ kind: 'url', url: arg });
    else if (/[*?[\]{}]/.test(arg)) {
      const found = (await glob(arg, { absolute: false, onlyFiles: true })).sort();
      if (found.length === 0) errors.push({ source: arg, code: 'E_INPUT_NOT_FOUND', message: `no file matches ${arg}` });
      for (const f of found) inputs.push({ kind: 'file', path: f });
    } else {
      let st;
      try {
        st = statSync(arg);
      } catch {
        errors.push({ source: arg, code: 'E_INPUT_NOT_FOUND', message: `${arg}: no such file or directory` });
        continue;
      }
      if (st.isDirectory()) for (const f of walk(arg)) inputs.push({ kind: 'file', path: f });
      else inputs.push({ kind: 'file', path: arg });
    }
  }
  return { inputs, errors };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) out.push(p);
  }
  return out;
}

/** Reads one input into raw articles (a JSON file or feed may hold many). */
export async function readInput(input: Input, options: { maxBytes?: number; stdin?: () => Promise<Buffer> } = {}): Promise<RawArticle[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.kind === 'url') return readUrl(input.url, maxBytes);
  let bytes: Buffer;
  let name: string;
  if (input.kind === 'stdin') {
    bytes = await (options.stdin ?? readStdin)();
    name = 'stdin';
  } else {
    name = input.path;
    const size = statSync(input.path).size;
    if (size > maxBytes) throw new RasdError('E_INPUT_TOO_LARGE', `${name} is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit (raise it with --max-mb)`);
    bytes = readFileSync(input.path);
  }
  const { text, encoding } = decode(bytes, name);
  if (text.includes('\ufffd') && encoding === 'UTF-8') {
    // Invalid sequences after a BOM were replaced; keep the text, the caller records a diagnostic.
  }
  return parseContent(text, name, extname(name).toLowerCase(), encoding);
}

/** Text content → articles, by extension or by sniffing. */
export function parseContent(text: string, name: string, ext: string, encoding: string | null = null): RawArticle[] {
  const trimmed = text.trim();
  if (!trimmed) throw new RasdError('E_INPUT_EMPTY', `${name} has no text`);
  const sniffJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  if (ext === '.json' || ext === '.jsonl' || (ext === '' && sniffJson)) return parseJsonArticles(trimmed, name, ext === '.jsonl').map((a) => ({ ...a, encoding }));
  if (looksLikeFeed(trimmed) && (ext === '.xml' || ext === '.rss' || ext === '.atom' || ext === '')) {
    return parseFeed(trimmed, name).map((a) => ({ ...a, encoding }));
  }
  if (ext === '.html' || ext === '.htm' || /^<!doctype html|^<html[\s>]/i.test(trimmed)) {
    const h = extractHtml(text);
    if (!h.text.trim()) throw new RasdError('E_INPUT_EMPTY', `${name}: no article text found in the HTML`);
    return [{ source: name, text: h.text, title: h.title, outlet: h.siteName, outletEvidence: h.siteName, published: h.published, publishedEvidence: h.published ? 'HTML metadata' : null, url: h.url, encoding }];
  }
  return [{ source: name, text, encoding }];
}

/** JSON object, array of objects, or JSON Lines; SaudiNewsNet's format loads as is. */
export function parseJsonArticles(text: string, name: string, jsonLines: boolean): RawArticle[] {
  let records: unknown[];
  try {
    if (jsonLines || (!text.startsWith('[') && text.includes('\n{'))) {
      records = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l, i) => {
          try {
            return JSON.parse(l) as unknown;
          } catch (err) {
            throw new RasdError('E_INPUT_PARSE', `${name} line ${i + 1}: ${(err as Error).message}`);
          }
        });
    } else {
      const data = JSON.parse(text) as unknown;
      records = Array.isArray(data) ? data : [data];
    }
  } catch (err) {
    if (err instanceof RasdError) throw err;
    throw new RasdError('E_INPUT_PARSE', `${name} is not valid JSON: ${(err as Error).message}`);
  }
  const out: RawArticle[] = [];
  records.forEach((r, i) => {
    if (!r || typeof r !== 'object') return;
    const o = r as Record<string, unknown>;
    const body = pick(o, ['content', 'text', 'body', 'article', 'description']);
    if (!body) return;
    const url = pick(o, ['url', 'link', 'href']);
    const date = pick(o, ['published', 'date', 'datePublished', 'published_at', 'pubDate', 'date_published', 'date_extracted']);
    const outlet = pick(o, ['outlet', 'source', 'site', 'siteName', 'publisher']);
    out.push({
      source: url ?? `${basename(name)}#${i}`,
      text: body,
      title: pick(o, ['title', 'headline']),
      outlet,
      outletEvidence: outlet,
      published: date,
      publishedEvidence: date ? `record field ${['published', 'date', 'datePublished', 'published_at', 'pubDate', 'date_published', 'date_extracted'].find((k) => typeof o[k] === 'string')}` : null,
      url,
    });
  });
  if (out.length === 0) throw new RasdError('E_INPUT_EMPTY', `${name}: no record with a content/text/body field`);
  return out;
}

function pick(o: Record<string, unknown>, keys: string[]): string | null {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return null;
}

async function readUrl(url: string, maxBytes: number): Promise<RawArticle[]> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow', headers: { 'user-agent': 'Rasd/0.1 (news analysis)' } });
  } catch (err) {
    throw new RasdError('E_INPUT_FETCH', `${url}: cannot fetch (${(err as Error).message})`);
  }
  if (!res.ok) throw new RasdError('E_INPUT_FETCH', `${url}: HTTP ${res.status} ${res.statusText}`);
  const buf = new Uint8Array(await res.arrayBuffer());
  if (buf.length > maxBytes) throw new RasdError('E_INPUT_TOO_LARGE', `${url} is over the size limit`);
  const type = res.headers.get('content-type') ?? '';
  const charset = /charset=([\w-]+)/i.exec(type)?.[1];
  const { text, encoding } = charset && !/utf-?8/i.test(charset) ? { text: new TextDecoder(charset).decode(buf), encoding: charset } : decode(buf, url);
  const ext = /html/i.test(type) ? '.html' : /json/i.test(type) ? '.json' : /xml|rss|atom/i.test(type) ? '.xml' : extname(new URL(url).pathname).toLowerCase();
  return parseContent(text, url, ext, encoding).map((a) => ({ ...a, source: a.source === url ? url : a.source, url: a.url ?? url }));
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export function displayName(path: string): string {
  return resolve(path);
}
