/**
 * Builds the country and city gazetteers in data/gazetteer/ from ../shared/data/lexicons/
 * (world_countries, world-cities) plus ICU's Arabic region names. Reproducible:
 *   npm run build:gazetteer
 * Output: tab-separated `id  english  arabic-form|arabic-form…  [country  population]`.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugify } from '../src/ner/kb.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared/data/lexicons');
const outDir = path.join(repoRoot, 'data/gazetteer');
mkdirSync(outDir, { recursive: true });

/** Cities smaller than this are too often also common words or noise in the source list. */
const MIN_CITY_POPULATION = 100_000;
const STRIP_PREFIXES = /^(?:مدينة|ولاية|محافظة|بلدية|منطقة|مقاطعة)\s+/;

interface CountryRow { id: number; alpha2: string; alpha3: string; name: string }
const ar = JSON.parse(readFileSync(path.join(shared, 'countries-ar.json'), 'utf8')) as CountryRow[];
const en = JSON.parse(readFileSync(path.join(shared, 'countries-en.json'), 'utf8')) as CountryRow[];
const enById = new Map(en.map((c) => [c.id, c.name]));
const icu = new Intl.DisplayNames(['ar'], { type: 'region' });

const countryLines: string[] = ['#rasd-gazetteer countries v1'];
const countryIdByArabic = new Map<string, string>();
for (const c of ar) {
  const english = enById.get(c.id) ?? c.name;
  const forms = new Set<string>([c.name.trim()]);
  const fromIcu = icu.of(c.alpha2.toUpperCase());
  if (fromIcu && fromIcu !== c.alpha2.toUpperCase()) forms.add(fromIcu);
  const id = slugify(english);
  for (const f of forms) countryIdByArabic.set(f, id);
  countryLines.push([id, english, [...forms].join('|'), c.alpha2].join('\t'));
}
writeFileSync(path.join(outDir, 'countries.tsv'), countryLines.join('\n') + '\n');

const cityLines: string[] = ['#rasd-gazetteer cities v1'];
const seen = new Set<string>();
const csv = readFileSync(path.join(shared, 'world-cities-ar.csv'), 'utf8').replace(/^\ufeff/, '');
for (const line of csv.split('\n').slice(1)) {
  const cells = [...line.matchAll(/"([^"]*)"|([^,]+)/g)].map((m) => m[1] ?? m[2]);
  if (cells.length < 5) continue;
  const [, countryEn, cityAr, cityEn, pop] = cells;
  const population = Number(pop);
  if (!(population >= MIN_CITY_POPULATION)) continue;
  const arabic = cityAr.replace(STRIP_PREFIXES, '').trim();
  if (arabic.length < 3 || /[A-Za-z]/.test(arabic)) continue;
  const id = slugify(cityEn);
  if (seen.has(id)) continue;
  seen.add(id);
  cityLines.push([id, cityEn, arabic, slugify(countryEn), String(population)].join('\t'));
}
writeFileSync(path.join(outDir, 'cities.tsv'), cityLines.join('\n') + '\n');
console.log(`countries: ${countryLines.length - 1}, cities: ${cityLines.length - 1} → ${outDir}`);
