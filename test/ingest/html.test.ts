import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import iconv from 'iconv-lite';
import { extractHtml } from '../../src/ingest/html.js';
import { parseContent, readInput } from '../../src/ingest/sources.js';
import { toDoc } from '../../src/ingest/to-doc.js';
import { assertFixture, fixtureCases } from '../helpers.js';

/**
 * HTML extraction on hand-written RTL news pages (test/fixtures/html/<case>/):
 *  - spec.json (written by hand): the title, site name, published time and direction the page
 *    states, every body paragraph that must be kept, and chrome strings that must be gone;
 *  - expected.json: a snapshot of the whole extraction, written on first run, UPDATE=1 regenerates.
 */

interface Spec {
  title: string | null;
  siteName: string | null;
  published: string | null;
  dir?: string;
  keep: string[];
  drop: string[];
}

const cases = fixtureCases('html');

describe('extractHtml fixtures', () => {
  test('there are fixture pages', () => assert.ok(cases.length >= 4));
  for (const { name, dir } of cases) {
    const html = readFileSync(join(dir, 'source.html'), 'utf8');
    const spec = JSON.parse(readFileSync(join(dir, 'spec.json'), 'utf8')) as Spec;
    describe(name, () => {
      const article = extractHtml(html);
      test('metadata', () => {
        assert.equal(article.title, spec.title, 'title');
        assert.equal(article.siteName, spec.siteName, 'site name');
        assert.equal(article.published, spec.published, 'published');
        if (spec.dir) assert.equal(article.dir, spec.dir, 'direction');
      });
      test('every body paragraph is kept, each on its own line', () => {
        const lines = new Set(article.text.split('\n'));
        for (const p of spec.keep) assert.ok(lines.has(p), `missing paragraph: ${p}`);
      });
      test('page chrome is gone from the cleaned document', () => {
        const [raw] = parseContent(html, `${name}.html`, '.html');
        const doc = toDoc(raw);
        for (const s of spec.drop) assert.ok(!doc.text.includes(s), `chrome left in the text: ${s}`);
        for (const p of spec.keep) assert.ok(doc.text.includes(p), `paragraph lost in cleaning: ${p}`);
        assert.equal(doc.meta.title, spec.title);
        assert.equal(doc.meta.outlet, spec.siteName);
      });
      test('snapshot', () => assertFixture(dir, article));
    });
  }
});

describe('extractHtml edge cases', () => {
  test('a page without metadata falls back to <h1> for the title', () => {
    const a = extractHtml('<html><body><h1>عنوان الخبر هنا</h1><p>نص قصير.</p></body></html>');
    assert.equal(a.title, 'عنوان الخبر هنا');
    assert.equal(a.siteName, null);
    assert.equal(a.published, null);
  });
  test('a published time in <time datetime> is read', () => {
    const a = extractHtml('<html><body><article><h1>عنوان</h1><time datetime="2024-03-12">12 آذار 2024</time><p>نص الخبر.</p></article></body></html>');
    assert.equal(a.published, '2024-03-12');
  });
  test('scripts, styles and forms never leak into the text', () => {
    const a = extractHtml('<html><body><script>var x = "سر";</script><style>p{color:red}</style><form><button>أرسل</button></form><p>نص الخبر الوحيد في الصفحة وهو طويل بما يكفي ليبقى.</p></body></html>');
    assert.ok(!a.text.includes('سر') && !a.text.includes('color') && !a.text.includes('أرسل'));
    assert.ok(a.text.includes('نص الخبر الوحيد'));
  });
  test('an HTML file with no text is refused as empty', () => {
    assert.throws(() => parseContent('<!doctype html><html><body><nav><a href="/">الرئيسية</a></nav></body></html>', 'blank.html', '.html'), /no article text/);
  });
  test('fixture folders are complete', () => {
    for (const { dir } of cases) for (const f of ['source.html', 'spec.json']) assert.ok(existsSync(join(dir, f)), join(dir, f));
  });
  test('a page saved in windows-1256 or UTF-16 is decoded before extraction', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasd-html-'));
    try {
      const { dir: caseDir } = cases.find((c) => c.name === 'og-jsonld-rtl')!;
      const html = readFileSync(join(caseDir, 'source.html'), 'utf8');
      const spec = JSON.parse(readFileSync(join(caseDir, 'spec.json'), 'utf8')) as Spec;
      for (const [encoding, file] of [['windows-1256', 'legacy.html'], ['utf-16le', 'wide.html']] as const) {
        // windows-1256 has no © or ›: a legacy page would carry them as entities.
        const page = encoding === 'windows-1256' ? html.replace(/©/g, '&copy;').replace(/›/g, '&rsaquo;') : html;
        writeFileSync(join(dir, file), Buffer.concat([encoding === 'utf-16le' ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), iconv.encode(page, encoding)]));
        const [article] = await readInput({ kind: 'file', path: join(dir, file) });
        assert.equal(article.title, spec.title, encoding);
        assert.equal(article.outlet, spec.siteName, encoding);
        for (const p of spec.keep) assert.ok(article.text.includes(p), `${encoding}: ${p}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
