import { test } from 'node:test';
import assert from 'node:assert/strict';

// Pins the public API: adding an export is fine (update the list), removing one breaks users.
test('public exports', async () => {
  const mod = await import('../src/index.js');
  assert.deepEqual(Object.keys(mod).sort(), [
    'Doc',
    'ERROR_CODES',
    'Pipeline',
    'Rasd',
    'RasdError',
    'SqliteStore',
    'analyzeArticle',
    'decode',
    'defaultAnnotators',
    'defaultPipeline',
    'documentRecord',
    'expandInputs',
    'extractHtml',
    'hashText',
    'identifyLanguage',
    'lightStem',
    'normalize',
    'normalizeWithMap',
    'parseContent',
    'parseJsonArticles',
    'readInput',
    'segmentations',
    'splitParagraphs',
    'splitSentences',
    'stripDiacritics',
    'stripProclitics',
    'toDoc',
    'toOriginal',
    'tokenNorm',
    'tokenize',
  ]);
});

test('the default pipeline segments a document', async () => {
  const { Doc, defaultPipeline } = await import('../src/index.js');
  const doc = new Doc('قال الوزير إن المحادثات مستمرة. وأضاف أنها صعبة.', { source: 'api' });
  defaultPipeline().run(doc);
  assert.equal(doc.get('sentences').length, 2);
  assert.ok(doc.get('tokens').length >= 9);
});
