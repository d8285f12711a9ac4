/**
 * Adds an HTML extraction test case from a saved page or a URL (as Readability's test-pages script does):
 *
 *   npm run fixture:html -- PAGE.html|URL CASE-NAME
 *
 * writes test/fixtures/html/CASE-NAME/source.html and a draft spec.json filled from the current
 * extraction. Review the draft: correct the title / site name / date if the extractor got them
 * wrong, trim `keep` to the article's paragraphs and list the page chrome under `drop`. The
 * snapshot (expected.json) is written by the next test run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractHtml } from '../src/ingest/html.js';

const MIN_KEPT_PARAGRAPH = 40;

async function main(): Promise<number> {
  const [input, name] = process.argv.slice(2);
  if (!input || !name || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    process.stderr.write('usage: npm run fixture:html -- PAGE.html|URL case-name   (case name: lower-case letters, digits, dashes)\n');
    return 2;
  }
  const html = /^https?:\/\//i.test(input) ? await (await fetch(input, { headers: { 'user-agent': 'Rasd/0.1 (test fixture)' } })).text() : readFileSync(input, 'utf8');
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const dir = join(root, 'test/fixtures/html', name);
  if (existsSync(dir)) {
    process.stderr.write(`${dir} exists already; choose another name\n`);
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.html'), html);
  const article = extractHtml(html);
  const spec = {
    title: article.title,
    siteName: article.siteName,
    published: article.published,
    ...(article.dir ? { dir: article.dir } : {}),
    keep: article.text.split('\n').filter((line) => line.length >= MIN_KEPT_PARAGRAPH),
    drop: [] as string[],
  };
  writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec, null, 2) + '\n');
  process.stdout.write(`wrote ${dir}/source.html and a draft spec.json: review it before committing\n`);
  return 0;
}

main().then((code) => (process.exitCode = code));
