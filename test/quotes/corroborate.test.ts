import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentWords, corroborateQuotes, relinkQuoteSpeakers, type QuoteSourceDocument } from '../../src/corpus/quotes.js';
import { formatQuotes } from '../../src/cli/quotes.js';
import { annotate } from './helpers.js';

/** A document of the story, annotated from our own sentences with a hand-built name layer. */
function article(source: string, outlet: string, text: string): QuoteSourceDocument {
  const { doc } = annotate(text, [['سيرغي لافروف', 'lavrov', 'PER'], ['لافروف', 'lavrov', 'PER'], ['أنتوني بلينكن', 'blinken', 'PER'], ['بلينكن', 'blinken', 'PER']], [], [], source);
  return { source, outlet, text: doc.text, quotes: doc.get('quotes') };
}

const A = article('a.txt', 'وكالة أ', 'قال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تقبل بأي تنازلات بشأن أمنها القومي في المفاوضات المقبلة. وقال أنتوني بلينكن إن الحوار ما زال ممكنا.');
const B = article('b.txt', 'صحيفة ب', 'وقال لافروف إن موسكو لن تقبل أي تنازلات بشأن أمنها القومي.');
const C = article('c.txt', 'موقع ج', 'وقال لافروف إن موسكو تقبل بتنازلات بشأن أمنها القومي في المفاوضات المقبلة.');
const D = article('d.txt', 'موقع د', 'وقال بلينكن إن موسكو لن تقبل بأي تنازلات بشأن أمنها القومي في المفاوضات المقبلة.');

test('corroboration: the same quote in several outlets is one corroborated quote', () => {
  const groups = corroborateQuotes([A, B]);
  const lavrov = groups.find((g) => g.speaker?.id === 'lavrov');
  assert.ok(lavrov);
  assert.deepEqual(lavrov.outlets, ['وكالة أ', 'صحيفة ب']);
  assert.equal(lavrov.documents.length, 2);
  assert.equal(lavrov.variants.length, 2);
  // A shorter wording (truncation, a dropped preposition) is not a material difference.
  assert.deepEqual(lavrov.differences, []);
  const blinken = groups.find((g) => g.speaker?.id === 'blinken');
  assert.ok(blinken);
  assert.equal(blinken.outlets.length, 1);
});

test('corroboration: a dropped negation is flagged', () => {
  const lavrov = corroborateQuotes([A, C]).find((g) => g.speaker?.id === 'lavrov' && g.outlets.length === 2);
  assert.ok(lavrov, 'grouped despite the change');
  assert.equal(lavrov.differences.length, 1);
  assert.match(lavrov.differences[0], /negation/);
});

test('corroboration: the same words from different speakers stay apart', () => {
  const groups = corroborateQuotes([A, D]);
  assert.ok(groups.every((g) => g.outlets.length === 1));
});

test('corroboration: content words drop function words and clitics but keep negations', () => {
  assert.deepEqual(contentWords('وقال إن الحكومة لن تتراجع'), ['قال', 'حكومه', 'لن', 'تتراجع']);
});

test('corroboration: printing', () => {
  const lines = formatQuotes(corroborateQuotes([A, B, C]), { speaker: 'lavrov' });
  assert.match(lines[0], /Lavrov|lavrov/);
  assert.ok(lines.some((l) => l.includes('outlets')));
  const json = formatQuotes(corroborateQuotes([A, B]), { json: true, minOutlets: 2 });
  assert.equal(json.length, 1);
  assert.equal(JSON.parse(json[0]).outlets.length, 2);
});

test('relink: speakers follow the ids the corpus stage gives their mentions', () => {
  const { doc } = annotate('وقال المتحدث باسم الوزارة إن الاجتماع انتهى.', [], [['المتحدث باسم الوزارة', null]]);
  assert.equal(doc.get('quotes')[0].speaker?.id, null);
  // Cross-document linking resolved the title to a person.
  for (const r of doc.get('roles')) Object.assign(r, { id: 'maria-zakharova', name: 'Maria Zakharova' });
  relinkQuoteSpeakers(doc);
  assert.deepEqual(doc.get('quotes')[0].speaker, { id: 'maria-zakharova', name: 'Maria Zakharova' });
});

test('corroboration: works on stored document records (JSON Lines) as well as Docs', async () => {
  const { documentRecord } = await import('../../src/output/jsonl.js');
  const long = 'وقال لافروف إن موسكو لن تقبل بأي تنازلات بشأن أمنها القومي في المفاوضات المقبلة مع الولايات المتحدة وحلف شمال الأطلسي مهما طال الوقت ومهما اشتدت الضغوط عليها من كل الجهات.';
  const { doc } = annotate(long, [['لافروف', 'lavrov', 'PER']], [], [], 'e.txt');
  const record = JSON.parse(JSON.stringify(documentRecord(doc)));
  assert.ok(record.quotes[0].extent, 'a cut quote keeps its full extent in the record');
  const [group] = corroborateQuotes([record, B]);
  assert.equal(group.outlets.length, 2);
  // The full quotation, not its 80-character cut, is compared and shown.
  assert.ok(group.documents.some((d) => d.text.endsWith('من كل الجهات')));
});
