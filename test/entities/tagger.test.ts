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

test('the fast decoder (cached rows, numeric pair keys) scores exactly like the plain feature strings', async () => {
  const { defaultModel, TAGS } = await import('../../src/ner/tagger.js');
  const { tokenInfos, gazetteerTags, sentenceFeatures } = await import('../../src/ner/features.js');
  const model = defaultModel();
  if (!model) return;
  const texts = [
    'قال الأمين العام لحلف الناتو ينس ستولتنبرغ إن الحلف مستعد | للحوار مع موسكو .',
    'وأعلنت شركة نور للطاقة في طرابلس عن مشروع جديد بقيمة 5 ملايين دولار',
    'NATO Secretary General Jens Stoltenberg met @SecBlinken in Brussels #NATO',
  ];
  for (const text of texts) {
    const tokens = text.split(' ');
    const infos = tokenInfos(tokens, model.lex);
    const feats = sentenceFeatures(infos, gazetteerTags(infos, model.lex));
    const expected: string[] = [];
    let prev = 0;
    let prev2 = 0;
    for (let i = 0; i < tokens.length; i++) {
      const fs = [...feats[i], 'pt=' + TAGS[prev], 'pt2=' + TAGS[prev2] + '|' + TAGS[prev], 'ptw=' + TAGS[prev] + '|' + infos[i].norm];
      const scores = new Float64Array(TAGS.length);
      for (const f of fs) {
        const r = model.index.get(f);
        if (r !== undefined) for (let c = 0; c < TAGS.length; c++) scores[c] += model.weights[r * TAGS.length + c];
      }
      let best = 0;
      for (let c = 1; c < TAGS.length; c++) {
        const allowed = !TAGS[c].startsWith('I-') || TAGS[prev].slice(2) === TAGS[c].slice(2);
        if (allowed && (scores[c] > scores[best] || (!(!TAGS[best].startsWith('I-') || TAGS[prev].slice(2) === TAGS[best].slice(2))))) best = c;
      }
      expected.push(TAGS[best]);
      prev2 = prev;
      prev = best;
    }
    assert.deepEqual(model.tag(tokens), expected, text);
  }
});
