import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJsonArticles, parseContent, readInput, expandInputs } from '../../src/ingest/sources.js';
import { RasdError } from '../../src/errors.js';
import { SAUDINEWSNET_DIR } from '../helpers.js';

const isCode = (code: string) => (err: unknown) => err instanceof RasdError && err.code === code;

const RECORD = {
  source: 'sahel',
  url: 'https://sahel.example/news/1',
  date_extracted: '2015-07-21 02:51:32',
  title: 'افتتاح جسر جديد',
  author: 'المحرر',
  content: 'افتتح المحافظ اليوم جسرا جديدا يربط ضفتي الوادي.',
};

describe('parseJsonArticles', () => {
  test("SaudiNewsNet's record: source is the outlet, the url is the document source", () => {
    const [a] = parseJsonArticles(JSON.stringify([RECORD]), 'day.json', false);
    assert.equal(a.source, RECORD.url);
    assert.equal(a.url, RECORD.url);
    assert.equal(a.outlet, 'sahel');
    assert.equal(a.title, RECORD.title);
    assert.equal(a.text, RECORD.content);
    assert.equal(a.published, '2015-07-21 02:51:32');
    assert.match(a.publishedEvidence ?? '', /date_extracted/);
  });

  test('a record without url gets <file>#<index> as its source', () => {
    const records = [{ ...RECORD, url: undefined }, { ...RECORD, url: undefined, content: 'نص ثان.' }];
    const got = parseJsonArticles(JSON.stringify(records), '/data/day.json', false);
    assert.deepEqual(got.map((a) => a.source), ['day.json#0', 'day.json#1']);
  });

  test('a single JSON object', () => {
    const got = parseJsonArticles(JSON.stringify({ headline: 'عنوان', text: 'نص الخبر.', link: 'https://x.example/a', published: '2024-03-12' }), 'one.json', false);
    assert.equal(got.length, 1);
    assert.deepEqual([got[0].title, got[0].text, got[0].source, got[0].published], ['عنوان', 'نص الخبر.', 'https://x.example/a', '2024-03-12']);
  });

  // [field name, holding the article body]
  for (const field of ['content', 'text', 'body', 'article', 'description']) {
    test(`the body may be in "${field}"`, () => {
      const [a] = parseJsonArticles(JSON.stringify({ [field]: 'نص الخبر.' }), 'f.json', false);
      assert.equal(a.text, 'نص الخبر.');
    });
  }

  test('JSON Lines, blank lines ignored', () => {
    const text = [JSON.stringify({ text: 'الأول.' }), '', JSON.stringify({ text: 'الثاني.', url: 'https://x.example/2' })].join('\n');
    const got = parseJsonArticles(text, 'feed.jsonl', true);
    assert.deepEqual(got.map((a) => [a.text, a.source]), [['الأول.', 'feed.jsonl#0'], ['الثاني.', 'https://x.example/2']]);
  });

  test('JSON Lines are recognised without the .jsonl extension', () => {
    const text = JSON.stringify({ text: 'الأول.' }) + '\n' + JSON.stringify({ text: 'الثاني.' });
    assert.equal(parseJsonArticles(text, 'lines.json', false).length, 2);
  });

  test('records without a body are skipped; none at all is E_INPUT_EMPTY', () => {
    assert.equal(parseJsonArticles(JSON.stringify([{ title: 'بلا نص' }, { text: 'نص.' }, 42, null]), 'a.json', false).length, 1);
    assert.throws(() => parseJsonArticles(JSON.stringify([{ title: 'بلا نص' }]), 'a.json', false), isCode('E_INPUT_EMPTY'));
  });

  test('broken JSON is E_INPUT_PARSE and names the file', () => {
    assert.throws(() => parseJsonArticles('[{"text": "نص", ]', 'broken.json', false), (err: unknown) => isCode('E_INPUT_PARSE')(err) && (err as Error).message.includes('broken.json'));
  });

  test('a broken JSON line is E_INPUT_PARSE with its line number', () => {
    const text = JSON.stringify({ text: 'الأول.' }) + '\n{"text": "نص\n';
    assert.throws(() => parseJsonArticles(text, 'feed.jsonl', true), (err: unknown) => isCode('E_INPUT_PARSE')(err) && /line 2/.test((err as Error).message));
  });
});

describe('parseContent', () => {
  test('a .txt file is one article', () => {
    assert.deepEqual(parseContent('نص الخبر.\n', 'a.txt', '.txt').map((a) => [a.source, a.text]), [['a.txt', 'نص الخبر.\n']]);
  });
  test('JSON is sniffed when there is no extension', () => {
    assert.equal(parseContent('{"text": "نص"}', 'stdin', '')[0].text, 'نص');
  });
  test('whitespace only is E_INPUT_EMPTY', () => {
    assert.throws(() => parseContent(' \n\t ', 'blank.txt', '.txt'), isCode('E_INPUT_EMPTY'));
  });
});

describe('reading files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rasd-json-'));
    writeFileSync(join(dir, 'array.json'), JSON.stringify([RECORD, { ...RECORD, url: undefined }]));
    writeFileSync(join(dir, 'lines.jsonl'), [RECORD, RECORD].map((r) => JSON.stringify(r)).join('\n'));
    writeFileSync(join(dir, 'broken.json'), '{"text": ');
    writeFileSync(join(dir, 'notes.md'), '# not an article');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a directory expands to its supported files, sorted', async () => {
    const { inputs, errors } = await expandInputs([dir]);
    assert.deepEqual(errors, []);
    assert.deepEqual(inputs.map((i) => (i.kind === 'file' ? i.path.slice(dir.length + 1) : i.kind)), ['array.json', 'broken.json', 'lines.jsonl']);
  });
  test('a missing path is reported, not thrown', async () => {
    const { inputs, errors } = await expandInputs([join(dir, 'nope.txt')]);
    assert.equal(inputs.length, 0);
    assert.equal(errors[0].code, 'E_INPUT_NOT_FOUND');
  });
  test('a glob matching nothing is reported', async () => {
    const { errors } = await expandInputs([join(dir, '*.html')]);
    assert.equal(errors[0].code, 'E_INPUT_NOT_FOUND');
  });
  test('a JSON array file and a JSONL file load every record', async () => {
    const arr = await readInput({ kind: 'file', path: join(dir, 'array.json') });
    assert.deepEqual(arr.map((a) => a.source), [RECORD.url, 'array.json#1']);
    assert.equal((await readInput({ kind: 'file', path: join(dir, 'lines.jsonl') })).length, 2);
  });
  test('a broken JSON file is E_INPUT_PARSE', async () => {
    await assert.rejects(readInput({ kind: 'file', path: join(dir, 'broken.json') }), isCode('E_INPUT_PARSE'));
  });
  test('stdin is read through the given reader', async () => {
    const got = await readInput({ kind: 'stdin' }, { stdin: async () => Buffer.from('{"text": "من المدخل القياسي"}') });
    assert.equal(got[0].text, 'من المدخل القياسي');
  });
  test('a file over the size limit is E_INPUT_TOO_LARGE', async () => {
    await assert.rejects(readInput({ kind: 'file', path: join(dir, 'array.json') }, { maxBytes: 10 }), isCode('E_INPUT_TOO_LARGE'));
  });
});

const saudiFiles = (() => {
  try {
    return readdirSync(SAUDINEWSNET_DIR).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
})();

describe('SaudiNewsNet loads as is', { skip: saudiFiles.length === 0 && '../shared/data/news/saudinewsnet not found' }, () => {
  test(`${saudiFiles[0]}: every record with content becomes an article with its url and outlet`, async () => {
    const path = join(SAUDINEWSNET_DIR, saudiFiles[0]);
    const records = JSON.parse(readFileSync(path, 'utf8')) as { source: string; url?: string; content?: string; title?: string }[];
    const articles = await readInput({ kind: 'file', path });
    const withContent = records.filter((r) => typeof r.content === 'string' && r.content.trim());
    assert.equal(articles.length, withContent.length);
    withContent.forEach((r, i) => {
      const a = articles[i];
      assert.equal(a.outlet, r.source);
      assert.equal(a.text, r.content);
      assert.equal(a.source, r.url && r.url.trim() ? r.url : `${saudiFiles[0]}#${records.indexOf(r)}`);
    });
  });
});
