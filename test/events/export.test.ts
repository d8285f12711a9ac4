import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { segmentAnnotator } from '../../src/annotate/text/segment.js';
import { eventsAnnotator } from '../../src/annotate/events/events.js';
import { documentRecord } from '../../src/output/jsonl.js';
import { EVENT_COLUMNS, eventRows, eventsCsv, eventsJsonl } from '../../src/output/export.js';

function record(text: string) {
  const d = new Doc(text, { source: 'a.txt', url: 'https://example.org/a', outlet: 'Example', published: '2022-01-12' });
  segmentAnnotator.run(d);
  eventsAnnotator.run(d);
  return documentRecord(d);
}

describe('event export', () => {
  const rec = record('اتهمت الولايات المتحدة روسيا بحشد القوات على الحدود، وقالت إن ذلك "تصعيد خطير".');

  it('one GDELT-like row per event', () => {
    const rows = [...eventRows([rec])];
    assert.equal(rows.length, 1);
    assert.equal(rows[0].event_type, 'ACCUSE');
    assert.equal(rows[0].actor1, 'United States');
    assert.equal(rows[0].actor2, 'Russia');
    assert.equal(rows[0].date, '2022-01-12');
    assert.equal(rows[0].source_url, 'https://example.org/a');
    assert.ok(rows[0].evidence.includes('اتهمت'));
    assert.ok(rows[0].evidence.split(/\s+/).length <= 15);
  });

  it('CSV quotes fields with commas and quotes; JSONL is one object per line', () => {
    const csv = eventsCsv([rec]);
    const [header, row] = csv.split('\r\n');
    assert.equal(header, EVENT_COLUMNS.join(','));
    assert.ok(row.startsWith('2022-01-12,United States,Russia,ACCUSE'));
    const lines = eventsJsonl([rec]).trim().split('\n');
    assert.equal(JSON.parse(lines[0]).event_type, 'ACCUSE');
  });
});
