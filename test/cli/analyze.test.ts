import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { SqliteStore } from '../../src/store/sqlite.js';
import { REPO_ROOT } from '../helpers.js';

/**
 * The `rasd analyze` command end to end, as a child process on a temporary --db: a batch
 * with a binary and an empty file among good ones, idempotent re-ingestion, and the JSON
 * Lines contract of --json.
 */

const CLI = join(REPO_ROOT, 'src/cli/main.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a child process (asynchronously, so independent runs overlap). */
function rasd(args: string[]): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill(), 60000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

interface Line {
  kind: string;
  [k: string]: unknown;
}
function jsonLines(stdout: string): Line[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line);
}

const TXT = `خفر السواحل ينقذ عشرين بحارا قبالة الساحل
أنقذ خفر السواحل فجر اليوم عشرين بحارا كانوا على متن سفينة شحن تعرضت لعطل في محركها قبالة الساحل الشمالي.
وقال قائد العمليات إن الأحوال الجوية الصعبة أعاقت عمليات الإنقاذ لساعات، مؤكدا أن جميع البحارة بصحة جيدة.
نسخ الرابط
`;
const HTML = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<meta property="og:title" content="افتتاح مكتبة عامة جديدة في المدينة القديمة">
<meta property="og:site_name" content="بوابة المدينة">
<meta property="article:published_time" content="2024-02-20T09:00:00Z"></head>
<body><nav><a href="/">الرئيسية</a></nav><article><h1>افتتاح مكتبة عامة جديدة في المدينة القديمة</h1>
<p>افتتحت البلدية اليوم مكتبة عامة جديدة في المدينة القديمة تضم أكثر من ثلاثين ألف كتاب ومخطوطة نادرة.</p>
<p>وقالت رئيسة البلدية إن المكتبة ستفتح أبوابها مجانا للطلبة والباحثين طوال أيام الأسبوع.</p>
<p>ويضم المبنى قاعة للمطالعة وأخرى للأطفال ومختبرا لترميم المخطوطات القديمة.</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>`;
const JSON_RECORDS = [
  { source: 'wadi', url: 'https://wadi.example/news/7', date_extracted: '2024-04-01 08:00:00', title: 'موسم حصاد القمح يبدأ مبكرا', content: 'بدأ موسم حصاد القمح هذا العام مبكرا بأسبوعين بسبب ارتفاع درجات الحرارة، وفق ما أعلنت وزارة الزراعة.\nوتتوقع الوزارة إنتاجا يفوق العام الماضي بنحو عشرة في المئة.' },
  { source: 'wadi', title: 'افتتاح سوق للمزارعين', content: 'افتتح سوق أسبوعي للمزارعين في ساحة البلدية يعرض منتجات محلية طازجة.\nويستمر السوق كل يوم جمعة حتى نهاية الصيف.' },
];

describe('rasd analyze', () => {
  let dir: string;
  let db: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rasd-cli-'));
    mkdirSync(join(dir, 'batch'));
    writeFileSync(join(dir, 'batch/a-rescue.txt'), TXT);
    writeFileSync(join(dir, 'batch/b-library.html'), HTML);
    writeFileSync(join(dir, 'batch/c-harvest.json'), JSON.stringify(JSON_RECORDS));
    writeFileSync(join(dir, 'batch/d-legacy.txt'), iconv.encode(TXT.replace('عشرين', 'ثلاثين'), 'windows-1256'));
    // A corrupt file: binary bytes behind a .txt name.
    writeFileSync(join(dir, 'batch/e-corrupt.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01, 0x02, 0x03]));
    writeFileSync(join(dir, 'batch/f-empty.txt'), '');
    db = join(dir, 'rasd.db');
    // The batch and the runs that do not depend on it, all at once (each on its own store).
    [first, missing, nothing, usage] = await Promise.all([
      rasd(['analyze', '--db', db, '--json', '-q', join(dir, 'batch')]),
      rasd(['analyze', '--db', join(dir, 'other1.db'), '-q', join(dir, 'nope.txt'), join(dir, 'batch/b-library.html')]),
      rasd(['analyze', '--db', join(dir, 'other2.db'), '-q', join(dir, 'batch/e-corrupt.txt'), join(dir, 'batch/f-empty.txt')]),
      rasd(['analyze', '--db', join(dir, 'other3.db')]),
    ]);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  let first: Run;
  let missing: Run;
  let nothing: Run;
  let usage: Run;
  test('a batch with a corrupt and an empty file: good files are analysed, bad ones reported, exit code 1', () => {
    assert.equal(first.code, 1, first.stderr);
    assert.match(first.stderr, /e-corrupt\.txt.*\[E_INPUT_BINARY\]/);
    assert.match(first.stderr, /f-empty\.txt.*\[E_INPUT_EMPTY\]/);
    assert.doesNotMatch(first.stderr, /a-rescue|b-library|c-harvest|d-legacy/);
    const docs = jsonLines(first.stdout).filter((l) => l.kind === 'document');
    assert.equal(docs.length, 5, 'txt + html + 2 JSON records + windows-1256 txt');
    const bySource = new Map(docs.map((d) => [String(d.source), d]));
    assert.ok([...bySource.keys()].some((s) => s.endsWith('a-rescue.txt')));
    assert.ok(bySource.has('https://wadi.example/news/7'));
    assert.ok(bySource.has('c-harvest.json#1'));
    const html = docs.find((d) => String(d.source).endsWith('b-library.html'))!;
    assert.equal(html.title, 'افتتاح مكتبة عامة جديدة في المدينة القديمة');
    assert.equal(html.outlet, 'بوابة المدينة');
    assert.equal(html.published, '2024-02-20');
    assert.ok(!String(html.text).includes('جميع الحقوق محفوظة'));
    const legacy = docs.find((d) => String(d.source).endsWith('d-legacy.txt'))!;
    assert.ok(String(legacy.text).includes('ثلاثين بحارا'), 'windows-1256 decoded');
    const txt = docs.find((d) => String(d.source).endsWith('a-rescue.txt'))!;
    assert.ok(!String(txt.text).includes('نسخ الرابط'));
  });

  test('the good documents are stored, once each', async () => {
    const store = new SqliteStore(db);
    try {
      assert.equal(await store.countDocuments(), 5);
    } finally {
      await store.close();
    }
  });

  test('--json obeys the JSON Lines contract', () => {
    const lines = jsonLines(first.stdout);
    for (const line of lines) assert.ok(line.kind === 'document' || line.kind === 'story', `kind ${line.kind}`);
    for (const d of lines.filter((l) => l.kind === 'document')) {
      const text = d.text as string;
      assert.equal(typeof text, 'string');
      assert.equal(typeof d.source, 'string');
      for (const k of ['outlet', 'title', 'published', 'story']) assert.ok(d[k] === null || typeof d[k] === 'string', `${k} is a string or null`);
      if (d.published !== null) assert.match(d.published as string, /^\d{4}-\d{2}-\d{2}$/);
      for (const k of ['entities', 'dates', 'quotes', 'events']) assert.ok(Array.isArray(d[k]), `${k} is an array`);
      const spans: { start: number; end: number; text: string }[] = [
        ...(d.entities as { start: number; end: number; text: string }[]),
        ...(d.dates as { start: number; end: number; text: string }[]),
        ...(d.quotes as { start: number; end: number; text: string }[]),
        ...(d.events as { trigger: { start: number; end: number; text: string } }[]).map((e) => e.trigger),
      ];
      for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, `span [${s.start},${s.end}) of ${d.source}`);
      for (const e of d.events as { sentence: { start: number; end: number } }[]) assert.ok(e.sentence.start >= 0 && e.sentence.end <= text.length);
    }
    const sources = new Set(lines.filter((l) => l.kind === 'document').map((d) => d.source as string));
    const stories = lines.filter((l) => l.kind === 'story');
    assert.ok(stories.length > 0, 'story lines are printed');
    for (const s of stories) {
      assert.equal(typeof s.id, 'string');
      assert.equal(typeof s.title, 'string');
      assert.ok(Array.isArray(s.documents) && Array.isArray(s.timeline));
      for (const src of s.documents as string[]) assert.ok(sources.has(src), `story ${s.id as string} names document ${src} by source`);
      for (const t of s.timeline as { date: unknown; documents?: string[] }[]) {
        assert.equal(typeof t.date, 'string');
        for (const src of t.documents ?? []) assert.ok(sources.has(src), `timeline of ${s.id as string} names ${src} by source`);
      }
    }
  });

  test('analysing the same files again stores nothing new', async () => {
    const again = await rasd(['analyze', '--db', db, '--json', '-q', join(dir, 'batch')]);
    assert.equal(again.code, 1);
    const docs = jsonLines(again.stdout).filter((l) => l.kind === 'document');
    assert.equal(docs.length, 5, 'the stored documents are reported again');
    const store = new SqliteStore(db);
    try {
      assert.equal(await store.countDocuments(), 5);
    } finally {
      await store.close();
    }
  });

  test('a missing path is reported, the rest goes on, and the readable report names the document', () => {
    const r = missing;
    assert.equal(r.code, 1);
    assert.match(r.stderr, /nope\.txt.*\[E_INPUT_NOT_FOUND\]/);
    assert.match(r.stdout, /افتتاح مكتبة عامة جديدة/);
  });

  test('nothing analysable: exit code 3', () => {
    assert.equal(nothing.code, 3);
    assert.match(nothing.stderr, /E_INPUT_BINARY/);
  });

  test('a usage error exits with code 2 and says how to get help', () => {
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /rasd --help/);
  });

  test('the temporary store is where we put it', () => assert.ok(existsSync(db)));
});
