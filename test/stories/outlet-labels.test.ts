import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory, storyRecord } from '../../src/corpus/story.js';
import { reporterLabels } from '../../src/corpus/outlets.js';
import { formatStory } from '../../src/cli/stories.js';
import { outletArticleDocs } from '../fixtures/outlet-articles.js';

/**
 * Every report of a timeline entry is counted once per outlet, consistently with the
 * comparison: a document whose outlet is unknown stands for itself. Outlets are named by one
 * readable label rule (the outlet, else «the title», else the file name), never by a path,
 * and quotes by speaker carry the speaker's canonical name beside the id.
 */
const story = buildStory('s-tunis', outletArticleDocs());
const record = storyRecord(story);
const printed = formatStory(record);

const TITLED = 'inbox/2024/tunis-report.txt';
const UNTITLED = 'inbox/untitled-note.txt';
const ALL = ['صحيفة الضفتين', 'إذاعة الساحل', TITLED, UNTITLED];
const TITLED_LABEL = '«وزيرا خارجية تونس والجزائر يبحثان المعابر …»';

describe('outlet labels', () => {
  it('name an outlet by itself, an unattributed article by its clipped title, else by its file name', () => {
    assert.deepEqual(record.outletLabels, { 'صحيفة الضفتين': 'صحيفة الضفتين', 'إذاعة الساحل': 'إذاعة الساحل', [TITLED]: TITLED_LABEL, [UNTITLED]: 'untitled-note.txt' });
  });

  it('tell apart unattributed articles whose labels read the same, and never rename an outlet', () => {
    const labels = reporterLabels([
      { source: 'a/wire-1.txt', outlet: null, title: 'خبر عاجل' },
      { source: 'b/wire-2.txt', outlet: null, title: 'خبر عاجل' },
      { source: 'c/note.txt', outlet: null, title: null },
      { source: 'd/note.txt', outlet: null, title: null },
      { source: 'https://example.org/news/item-7?ref=rss', outlet: null, title: '' },
      { source: 'e/x.txt', outlet: 'وكالة الخليج', title: 'أي عنوان' },
    ]);
    assert.deepEqual(labels, {
      'a/wire-1.txt': '«خبر عاجل» (wire-1.txt)',
      'b/wire-2.txt': '«خبر عاجل» (wire-2.txt)',
      'c/note.txt': 'note.txt (c/note.txt)',
      'd/note.txt': 'note.txt (d/note.txt)',
      'https://example.org/news/item-7?ref=rss': 'item-7',
      'وكالة الخليج': 'وكالة الخليج',
    });
  });
});

describe('timeline reporters', () => {
  it('list every reporting document once per outlet, the unattributed ones included', () => {
    const meeting = story.timeline.find((t) => t.date === '2024-06-10' && t.kind === 'event')!;
    assert.ok(meeting, JSON.stringify(story.timeline.map((t) => [t.date, t.summary])));
    assert.deepEqual(meeting.outlets, ALL);
    assert.equal(meeting.documents.length, 4);
  });

  it('agree with the comparison matrix on every entry', () => {
    for (const t of story.timeline) {
      const row = story.comparison.matrix.find((r) => r.fact === t.summary && r.date === t.date)!;
      assert.deepEqual(Object.keys(row.outlets).sort(), [...t.outlets].sort(), `${t.date} ${t.summary}`);
    }
  });
});

describe('rasd story ID', () => {
  it('prints each timeline entry with every reporter by its label', () => {
    const line = printed.split('\n').find((l) => l.includes('2024-06-10') && l.includes('CONSULT'));
    assert.ok(line?.endsWith(`— صحيفة الضفتين, إذاعة الساحل, ${TITLED_LABEL}, untitled-note.txt`), line ?? printed);
  });

  it('heads the matrix with labels and never prints a path as an outlet', () => {
    assert.ok(printed.includes(`who reports what (صحيفة الضفتين | إذاعة الساحل | ${TITLED_LABEL} | untitled-note.txt):`), printed);
    assert.ok(!printed.includes('inbox/'), printed);
  });

  it('shows quotes by speaker with the canonical name beside the id', () => {
    assert.deepEqual(story.comparison.quotes, [
      {
        speaker: 'antonio-guterres',
        name: 'António Guterres',
        outlets: {
          'صحيفة الضفتين': ['فتح المعابر الحدودية خطوة مهمة للمنطقة'],
          'إذاعة الساحل': ['فتح المعابر الحدودية خطوة مهمة للمنطقة'],
          [UNTITLED]: ['فتح المعابر الحدودية خطوة مهمة للمنطقة'],
        },
      },
    ]);
    assert.ok(printed.includes('\n  António Guterres (antonio-guterres): صحيفة الضفتين ×1، إذاعة الساحل ×1، untitled-note.txt ×1'), printed);
  });
});
