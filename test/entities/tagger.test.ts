import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { trainTagger, serializeModel, parseModel, loadModel, type TaggedSentence, type Tag } from '../../src/ner/tagger.js';
import { parseConll, toInternalTag, toFileTag, chunks, scoreChunks } from '../../src/ner/conll.js';
import { runTag } from '../../src/cli/tag.js';
import { RasdError } from '../../src/errors.js';

/** A tiny hand-written corpus: the tagger must learn it. */
const CORPUS = `
زار O
الوزير O
كريم B-PERS
الحسني I-PERS
مدينة O
طرابلس B-LOC
أمس O

وقال O
كريم B-PERS
الحسني I-PERS
إن O
شركة O
نور B-ORG
للطاقة I-ORG
ستفتح O
مكتبا O
في O
طرابلس B-LOC

أعلنت O
شركة O
نور B-ORG
للطاقة I-ORG
عن O
مشروع O
جديد O
في O
صفاقس B-LOC
`;

const sentences: TaggedSentence[] = parseConll(CORPUS).map((s) => ({ tokens: s.tokens, tags: s.tags.map(toInternalTag) }));

test('CoNLL: tags map between the file scheme and the internal one', () => {
  assert.equal(toInternalTag('B-PERS'), 'B-PER');
  assert.equal(toInternalTag('I-ORG'), 'I-ORG');
  assert.equal(toInternalTag('B-DATE'), 'O');
  assert.equal(toFileTag('B-PER', 'PERS'), 'B-PERS');
  assert.equal(toFileTag('I-LOC', 'PERS'), 'I-LOC');
  assert.deepEqual(chunks(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
  ]);
  const s = scoreChunks([{ gold: ['B-PER', 'I-PER', 'O', 'B-LOC'], pred: ['B-PER', 'O', 'O', 'B-LOC'] }]);
  assert.equal(s.overall.tp, 1);
  assert.equal(s.overall.fp, 1);
  assert.equal(s.overall.fn, 1);
});

test('trainer learns a tiny corpus, and the model survives a save/load round trip', () => {
  const model = trainTagger(sentences, { iterations: 10 });
  for (const s of sentences) assert.deepEqual(model.tag(s.tokens), s.tags);
  const again = parseModel(serializeModel(model));
  for (const s of sentences) assert.deepEqual(again.tag(s.tokens), s.tags);
  // Generalises the pattern "شركة X للطاقة" to an unseen name.
  const tags: Tag[] = model.tag(['أعلنت', 'شركة', 'نور', 'للطاقة', 'عن', 'مشروع', 'في', 'طرابلس']);
  assert.equal(tags[7], 'B-LOC');
});

test('a corrupt or truncated model file is a clear E_MODEL_CORRUPT error', () => {
  const good = serializeModel(trainTagger(sentences, { iterations: 2 }));
  const dir = mkdtempSync(path.join(tmpdir(), 'rasd-ner-'));
  const cases: [string, string, RegExp][] = [
    ['truncated', good.slice(0, Math.floor(good.length / 2)), /not valid JSON/],
    ['wrong format', JSON.stringify({ format: 'other', version: 1 }), /format/],
    ['wrong version', good.replace('"version":1', '"version":99'), /version 99/],
    ['flipped weight', good.replace(/"weights":"(.)/, (_, c: string) => `"weights":"${c === 'A' ? 'B' : 'A'}`), /checksum|weight bytes/],
  ];
  for (const [name, text, message] of cases) {
    const file = path.join(dir, name + '.json');
    writeFileSync(file, text);
    assert.throws(() => loadModel(file), (err: unknown) => err instanceof RasdError && err.code === 'E_MODEL_CORRUPT' && message.test(err.message) && err.message.includes('npm run train:ner'), name);
  }
  assert.throws(() => loadModel(path.join(dir, 'missing.json')), (err: unknown) => err instanceof RasdError && err.code === 'E_MODEL_CORRUPT');
});

test('rasd tag --conll prints token, gold and predicted tags in the file scheme, blank lines kept', () => {
  const model = trainTagger(sentences, { iterations: 10 });
  const dir = mkdtempSync(path.join(tmpdir(), 'rasd-tag-'));
  const file = path.join(dir, 'in.conll');
  writeFileSync(file, CORPUS);
  const lines: string[] = [];
  runTag(['--conll', file], (l) => lines.push(l), model);
  assert.equal(lines.filter((l) => l === '').length, 2);
  assert.equal(lines[2], 'كريم B-PERS B-PERS');
  assert.equal(lines.length, sentences.reduce((n, s) => n + s.tokens.length, 0) + 2);
  assert.throws(() => runTag([], () => {}, model), (err: unknown) => err instanceof RasdError && err.code === 'E_USAGE');
});
