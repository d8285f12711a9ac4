import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rasd, type BatchResult } from '../../src/app/rasd.js';
import { REPO_ROOT } from '../helpers.js';
import { printReport } from '../../src/cli/report.js';

/** The bundled demo articles (examples/) that `rasd demo` analyses, run in-process on a temporary store. */

describe('examples/ (rasd demo)', () => {
  let dir: string;
  let rasd: Rasd;
  let result: BatchResult;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rasd-demo-'));
    rasd = Rasd.open(join(dir, 'demo.db'));
    result = await rasd.analyzePaths([join(REPO_ROOT, 'examples')]);
  });
  after(async () => {
    await rasd.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const doc = (suffix: string) => {
    const d = result.documents.find((x) => x.source.endsWith(suffix));
    assert.ok(d, `document ${suffix}`);
    return d;
  };

  test('all five articles load without errors', () => {
    assert.deepEqual(result.errors, []);
    assert.equal(result.documents.length, 5);
  });

  // [source suffix, outlet, title, published]
  const META: [string, string | null, string, string | null][] = [
    ['01-mashriq-post.txt', 'AL-MASHRIQ POST', 'وزراء المياه العرب يقرون في عمّان صندوقا مشتركا بقيمة 500 مليون دولار', null],
    ['02-sawt-alkhaleej.html', 'صوت الخليج', 'اتفاق عربي على صندوق للأمن المائي في ختام اجتماع عمّان', '2024-03-13'],
    ['arab-water-ministers', 'النيل اليوم', 'مصر تدعو من عمّان إلى إدارة عادلة للأنهار المشتركة', '2024-03-12'],
    ['04-levant-daily.txt', null, 'اجتماع عمّان المائي: وعود بالتمويل وخلافات حول الحصص', null],
    ['05-coastal-sports.txt', null, 'نادي الساحل يحرز كأس البطولة العربية للأندية بعد فوز مثير', null],
  ];
  for (const [suffix, outlet, title, published] of META) {
    test(`${suffix}: outlet, title${published ? ', published' : ''}`, () => {
      const d = doc(suffix);
      assert.equal(d.outlet, outlet);
      assert.equal(d.title, title);
      // A date stated only in the text is the time layer's to find; metadata dates must be read here.
      if (published) assert.equal(d.published, published);
    });
  }

  test('the printed report names outlets by their labels, never by a file path', () => {
    let printed = '';
    const sink = { write: (chunk: string) => ((printed += chunk), true) } as unknown as NodeJS.WritableStream;
    printReport(sink, result, rasd);
    const storyPart = printed.slice(0, printed.indexOf('\n•'));
    assert.match(storyPart, /outlets: .*AL-MASHRIQ POST/);
    // The unattributed Levant Daily article appears under its title, in the outlet list and on its quotes.
    assert.match(storyPart, /outlets: .*«اجتماع عمّان المائي/);
    assert.match(storyPart, /\[[^\]]*«اجتماع عمّان المائي/);
    assert.ok(!/\[[^\]]*examples\//.test(storyPart), 'a quote is attributed to a file path');
  });

  test('page chrome is removed from the demo articles', () => {
    for (const chrome of ['نسخ الرابط', 'مشاهدة', 'جميع الحقوق محفوظة', 'سياسة الخصوصية', 'أسعار النفط ترتفع']) {
      for (const d of result.documents) assert.ok(!d.text.includes(chrome), `${chrome} in ${d.source}`);
    }
  });

  test('datelines and credits', () => {
    const meta = (suffix: string) => doc(suffix).meta as { dateline: string | null; credits: string[] };
    assert.equal(meta('01-mashriq-post.txt').dateline, 'عمّان');
    assert.deepEqual(meta('01-mashriq-post.txt').credits, ['Petra']);
    assert.equal(meta('04-levant-daily.txt').dateline, 'عمّان');
    assert.deepEqual(meta('04-levant-daily.txt').credits, ['dpa']);
    assert.equal(meta('05-coastal-sports.txt').dateline, 'الدوحة');
  });

  test('every span of every layer matches the text', () => {
    for (const d of result.documents) {
      for (const s of [...d.entities, ...d.dates, ...d.quotes]) assert.equal(d.text.slice(s.start, s.end), s.text);
    }
  });

  test('the four reports of the meeting share one story; the sports article stays apart', (t) => {
    if (result.documents.every((d) => d.story === null)) {
      t.skip('story clustering is not in this build yet');
      return;
    }
    const meeting = result.documents.filter((d) => !d.source.endsWith('05-coastal-sports.txt'));
    const story = meeting[0].story;
    assert.ok(story);
    for (const d of meeting) assert.equal(d.story, story, d.source);
    assert.notEqual(doc('05-coastal-sports.txt').story, story);
  });
});
