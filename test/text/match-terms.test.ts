import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchTerms, searchTerms } from '../../src/text/search-terms.js';

/** matchTerms is a fast path: it must find exactly the words searchTerms yields for the wanted terms. */
function slow(text: string, wanted: Set<string>): { start: number; end: number }[] {
  return searchTerms(text)
    .filter((t) => wanted.has(t.term))
    .map(({ start, end }) => ({ start, end }));
}

const wantedOf = (query: string) => new Set(searchTerms(query).map((t) => t.term));

const CASES: [string, string][] = [
  ['أعلن حلف شمال الأطلسي أن الحلف مستعد، وقال الأطلسيون إن الاطلسي باقٍ.', 'الاطلسي'],
  ['التقى وزير الخارجية بنظيره في موسكو، ثم عاد من موسكو وموسكو تترقب.', 'وموسكو'],
  ['ذهبت المعلمةُ إلى المدرسة، والمعلمات في المدارس.', 'المعلمة المدرسة'],
  ['#الرياض تستضيف القمة في الرياض اليوم', 'الرياض'],
  ['Reuters reported that NATO and nato agreed.', 'NATO'],
  ['ارتفع سعر النفط 3% إلى 75 دولارا في 2015.', '2015 النفط'],
  ['لا شيء هنا يطابق.', 'موسكو'],
];

describe('matchTerms', () => {
  for (const [text, query] of CASES) {
    it(`finds the same words as searchTerms for "${query}"`, () => {
      const wanted = wantedOf(query);
      assert.deepEqual(matchTerms(text, wanted), slow(text, wanted));
    });
  }

  it('highlights the variant spellings', () => {
    const text = CASES[0][0];
    const found = matchTerms(text, wantedOf('الاطلسي')).map((m) => text.slice(m.start, m.end));
    assert.ok(found.includes('الأطلسي') && found.includes('الاطلسي'), found.join(','));
  });

  const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/data/news/saudinewsnet');
  it('agrees with searchTerms on real articles', { skip: existsSync(dataDir) ? false : 'no ../shared/data/news/saudinewsnet' }, () => {
    const file = readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort()[0];
    const articles = (JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as { title: string; content: string }[]).slice(0, 60);
    for (const a of articles) {
      const titleTerms = searchTerms(a.title).map((t) => t.term);
      const wanted = new Set(titleTerms.slice(0, 3));
      assert.deepEqual(matchTerms(a.content, wanted), slow(a.content, wanted), a.title);
    }
  });
});
