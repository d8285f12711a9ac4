import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { segmentAnnotator } from '../../src/annotate/text/segment.js';
import { timexAnnotator } from '../../src/annotate/time/timex.js';
import { extractEvents } from '../../src/annotate/events/events.js';
import { isIndefinitePersonPlural, isNisbaAdverb } from '../../src/ner/common-nouns.js';
import type { EntityMention, EventMention } from '../../src/doc/types.js';

/** Every event of a text (actorless kept), with entity mentions [surface, type, id] as the entity layer would give them. */
function events(text: string, names: [string, EntityMention['type'], string][]): EventMention[] {
  const doc = new Doc(text, { source: 'test', published: '2015-07-21' });
  segmentAnnotator.run(doc);
  timexAnnotator.run(doc);
  doc.set(
    'entities',
    names.map(([surface, type, id]) => {
      const start = text.indexOf(surface);
      return { start, end: start + surface.length, text: surface, type, id, name: surface };
    }),
  );
  return extractEvents(doc, { keepActorless: true });
}

/** [word as written, adverb, indefinite plural of a noun for people]. */
const WORDS: [string, boolean, boolean][] = [
  ['دراماتيكيا', true, false],
  ['تدريجياً', true, false],
  ['رسميًا', true, false],
  ['نهائيا', true, false],
  ['كليا', true, false],
  // Place and person names ending in يا have no indefinite feminine adjective.
  ['بافاريا', false, false],
  ['كتالونيا', false, false],
  ['ماريا', false, false],
  ['زكريا', false, false],
  ['كرئيسين', false, true],
  ['ومسؤولون', false, true],
  ['وزيرين', false, true],
  ['دبلوماسيين', false, true],
  // With the article the plural refers back to people the text named; names end in ان/ين too.
  ['الرئيسين', false, false],
  ['سلمان', false, false],
  ['حسين', false, false],
  ['حمدان', false, false],
];

describe('events: words the tagger may take for names', () => {
  for (const [word, adverb, plural] of WORDS) {
    it(`${word}: adverb ${adverb}, plural ${plural}`, () => {
      assert.equal(isNisbaAdverb(word), adverb);
      assert.equal(isIndefinitePersonPlural(word), plural);
    });
  }
});

interface Case {
  text: string;
  type: string;
  actors: string[];
  targets: string[];
  names: [string, EntityMention['type'], string][];
}

/** The tagger's names (local: ids) that are adverbs or common nouns take no part. My own sentences. */
const CASES: [string, Case][] = [
  [
    'an adverb before a verbal noun is not its actor: the names before it are',
    { text: 'وتصاعد الخلاف بين القاهرة وأنقرة تدريجيا برفض تقديم أي تنازلات.', type: 'REJECT', actors: ['Egypt', 'Turkey'], targets: [], names: [['تدريجيا', 'LOC', 'local:loc:tdryjya']] },
  ],
  [
    'an adverb with tanween after the verb is not its actor',
    { text: 'ورفضت رسمياً الحكومة التركية المقترح الروسي.', type: 'REJECT', actors: ['Turkey'], targets: ['Russia'], names: [['رسمياً', 'ORG', 'local:org:rsmya']] },
  ],
  [
    'an indefinite dual of an office is no target',
    {
      text: 'وكان أردوغان وبوتين قد عقدا اجتماعا كرئيسين لبلديهما.',
      type: 'CONSULT',
      actors: ['Recep Tayyip Erdogan'],
      targets: ['Vladimir Putin'],
      names: [['أردوغان', 'PER', 'Recep Tayyip Erdogan'], ['بوتين', 'PER', 'Vladimir Putin'], ['رئيسين', 'PER', 'local:per:ryysyn']],
    },
  ],
  [
    'a name the knowledge base knows is kept, whatever its ending',
    { text: 'وهاجمت سوريا مواقع المعارضة.', type: 'ASSAULT', actors: ['Syria'], targets: [], names: [['سوريا', 'LOC', 'Syria']] },
  ],
];

describe('events: adverbs and common nouns are never participants', () => {
  for (const [why, c] of CASES) {
    it(`${why}: ${c.text}`, () => {
      const all = events(c.text, c.names);
      const e = all.find((x) => x.type === c.type);
      assert.ok(e, `no ${c.type} in ${JSON.stringify(all.map((x) => x.type))}`);
      assert.deepEqual({ actors: e.actors, targets: e.targets }, { actors: c.actors, targets: c.targets });
    });
  }
});
