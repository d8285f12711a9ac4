import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/server/app.js';
import { documentRecord } from '../../src/output/jsonl.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { buildStory, storyRecord } from '../../src/corpus/story.js';
import type { StoryRecord } from '../../src/store/store.js';
import type { StorySummaryView, StoryView } from '../../src/server/views.js';
import { outletArticleDocs } from '../fixtures/outlet-articles.js';

/**
 * The story JSON the web page reads: outlet keys kept as they are (the outlet, else the
 * document's source, as the comparison's columns), a readable `label` beside each, and every
 * document reporting a timeline entry counted once per outlet. The same four hand-written
 * reports as test/stories/outlet-labels.test.ts, stored as the corpus stage stores them.
 */
const TITLED = 'inbox/2024/tunis-report.txt';
const UNTITLED = 'inbox/untitled-note.txt';
const LABELS: Record<string, string> = {
  'صحيفة الضفتين': 'صحيفة الضفتين',
  'إذاعة الساحل': 'إذاعة الساحل',
  [TITLED]: '«وزيرا خارجية تونس والجزائر يبحثان المعابر …»',
  [UNTITLED]: 'untitled-note.txt',
};

let store: SqliteStore;
let app: ReturnType<typeof createApp>;
let ids: Record<string, string>;
let record: StoryRecord;

before(async () => {
  store = new SqliteStore(':memory:');
  const docs = outletArticleDocs();
  ids = {};
  for (const d of docs) {
    const { id } = await store.saveDocument(documentRecord(d));
    await store.setDocumentStory(id, 's-tunis');
    ids[d.meta.source] = id;
  }
  record = storyRecord(buildStory('s-tunis', docs));
  await store.saveStory(record);
  app = createApp(store, { webRoot: null, maxBodyBytes: 64 * 1024 });
});
after(() => store.close());

async function get<T>(path: string): Promise<T> {
  const res = await app.request(path);
  assert.equal(res.status, 200);
  return (await res.json()) as T;
}

describe('GET /api/stories/:id outlet labels', () => {
  it('labels every outlet key of the story and of the comparison by the same rule', async () => {
    const s = await get<StoryView>('/api/stories/s-tunis');
    assert.deepEqual(s.outletLabels, LABELS);
    assert.deepEqual([...s.outlets].sort(), Object.keys(LABELS).sort());
    assert.deepEqual(s.comparison.outletLabels, LABELS);
  });

  it('lists each reporter of a timeline entry once, with its label and its documents', async () => {
    const s = await get<StoryView>('/api/stories/s-tunis');
    const meeting = s.timeline.find((t) => t.date === '2024-06-10' && t.type === 'CONSULT')!;
    assert.deepEqual(meeting.reportedBy, [
      { id: 'صحيفة الضفتين', label: 'صحيفة الضفتين', documents: [ids['feeds/dafatain/tunis-meeting.txt']] },
      { id: 'إذاعة الساحل', label: 'إذاعة الساحل', documents: [ids['feeds/sahel/report.txt']] },
      { id: TITLED, label: LABELS[TITLED], documents: [ids[TITLED]] },
      { id: UNTITLED, label: LABELS[UNTITLED], documents: [ids[UNTITLED]] },
    ]);
    assert.deepEqual(meeting.outlets, meeting.reportedBy.map((r) => r.id));
    const row = s.comparison.facts.find((f) => f.label.includes(meeting.label))!;
    assert.deepEqual(Object.keys(row.cells).filter((o) => row.cells[o].reported).sort(), [...meeting.outlets].sort(), 'the timeline and the matrix name the same reporters');
  });

  it('keys quote outlets like the columns, each with a label', async () => {
    const s = await get<StoryView>('/api/stories/s-tunis');
    const guterres = s.quotes.find((g) => g.speaker?.id === 'antonio-guterres')!;
    assert.deepEqual(guterres.speaker, { id: 'antonio-guterres', name: 'António Guterres' });
    assert.deepEqual(guterres.quotes[0].outlets.map((o) => s.outletLabels[o]).sort(), ['إذاعة الساحل', 'صحيفة الضفتين', 'untitled-note.txt'].sort());
  });

  it('counts every reporter even from a record that listed only known outlets', async () => {
    const older = { ...record, id: 's-older', timeline: (record.timeline as { outlets: string[] }[]).map((t) => ({ ...t, outlets: t.outlets.filter((o) => !o.includes('/')) })) };
    await store.saveStory(older);
    const s = await get<StoryView>('/api/stories/s-older');
    const meeting = s.timeline.find((t) => t.date === '2024-06-10' && t.type === 'CONSULT')!;
    assert.deepEqual(meeting.reportedBy.map((r) => r.label), Object.values(LABELS));
  });
});

describe('GET /api/stories outlet labels', () => {
  it('gives the story list the same keys and labels', async () => {
    const { stories } = await get<{ stories: StorySummaryView[] }>('/api/stories');
    const s = stories.find((x) => x.id === 's-tunis')!;
    assert.deepEqual(s.outletLabels, LABELS);
    assert.deepEqual([...s.outlets].sort(), Object.keys(LABELS).sort());
  });
});
