import { RasdError } from '../errors.js';
import { readConll, toFileTag } from '../ner/conll.js';
import { defaultModel, type NerModel } from '../ner/tagger.js';

/**
 * `rasd tag --conll FILE`: tags a CoNLL file (`token TAG` per line) with the NER tagger and
 * prints `token gold predicted` per line, blank lines between sentences kept, predicted tags
 * in the file's own scheme (B-/I-PERS when the file says PERS), so any conlleval script can
 * score it independently.
 */
export function runTag(args: readonly string[], write: (line: string) => void = (l) => process.stdout.write(l + '\n'), model: NerModel | null = defaultModel()): void {
  const i = args.indexOf('--conll');
  const file = i >= 0 ? args[i + 1] : undefined;
  if (!file) throw new RasdError('E_USAGE', 'usage: rasd tag --conll FILE (a CoNLL file with "token TAG" per line)');
  if (!model) throw new RasdError('E_MODEL_CORRUPT', 'NER model data/models/ner.json is missing; build it with npm run train:ner');
  const sentences = readConll(file);
  const personLabel = sentences.some((s) => s.tags.some((t) => t.endsWith('-PERS'))) ? 'PERS' : 'PER';
  sentences.forEach((s, k) => {
    if (k > 0) write('');
    const pred = model.tag(s.tokens);
    for (let j = 0; j < s.tokens.length; j++) write(`${s.tokens[j]} ${s.tags[j]} ${toFileTag(pred[j], personLabel)}`);
  });
}
