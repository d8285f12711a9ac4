import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { serve, type RunningServer } from '../../src/server/serve.js';
import type { SqliteStore } from '../../src/store/sqlite.js';
import { buildWebFixtureStore, ENTITY_IDS, STORY_ID, XSS_TEXT } from '../fixtures/web-store.js';

/**
 * End-to-end in a real headless Chromium (Debian's package, driven by playwright-core):
 * the server runs in-process over the hand-written fixture store and serves the built UI.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_ROOT = path.join(repoRoot, 'dist/web');
const SCREENSHOTS = path.join(repoRoot, 'test-results/screenshots');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const skipReason = !existsSync(CHROMIUM)
  ? `chromium not found at ${CHROMIUM} (apt-get install chromium)`
  : !existsSync(path.join(WEB_ROOT, 'index.html'))
    ? 'the web UI is not built (npm run build:web)'
    : null;

describe('web UI in headless Chromium', { skip: skipReason ?? false, timeout: 120_000 }, () => {
  let browser: Browser;
  let page: Page;
  let server: RunningServer;
  let store: SqliteStore;
  let docIds: string[];
  let tmp: string;
  const pageErrors: string[] = [];
  const offSiteRequests: string[] = [];

  before(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'rasd-e2e-'));
    ({ store, docIds } = await buildWebFixtureStore(path.join(tmp, 'e2e.db')));
    server = await serve({ target: store, port: 0, webRoot: WEB_ROOT });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ar' });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith('data:')) offSiteRequests.push(req.url());
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function open(hash: string): Promise<void> {
    await page.goto(server.url + hash);
    await page.waitForSelector('.page[data-ready="true"]');
  }

  it('shows the story list in Arabic, right to left, with the bundled font', async () => {
    await open('#/');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    const font = await page.evaluate(async () => {
      await document.fonts.ready;
      return { family: getComputedStyle(document.body).fontFamily, loaded: document.fonts.check('16px "Noto Naskh Arabic"', 'رصد') && [...document.fonts].some((f) => f.family.includes('Noto Naskh Arabic') && f.status === 'loaded') };
    });
    assert.match(font.family, /Noto Naskh Arabic/);
    assert.ok(font.loaded, 'the Arabic web font is loaded from the server');
    const card = page.locator('.story-card').first();
    assert.match(await card.locator('h2').innerText(), /اجتماع الأطلسي في بروكسل/);
    assert.match(await card.innerText(), /صحيفة المساء/);
    assert.ok((await card.locator('.chip.actor').count()) > 0, 'top actors are listed');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'stories.png'), fullPage: true });
  });

  it('opens a story with its timeline, comparison matrix with the conflict, and quotes by speaker', async () => {
    await page.locator('.story-card h2 a').first().click();
    await page.waitForSelector('.page[data-ready="true"][data-page="story"]');
    assert.ok(page.url().endsWith('#/story/' + STORY_ID));
    await page.waitForSelector('#section-timeline .vis-timeline .vis-item');
    assert.equal(await page.locator('#section-timeline .vis-item.vis-box').count(), 3, 'three items on the visual timeline');
    assert.equal(await page.locator('.timeline-list li').count(), 3);
    const conflictRow = page.locator('.matrix tr.conflict');
    assert.equal(await conflictRow.count(), 1);
    assert.match(await conflictRow.innerText(), /تختلف المصادر في موعد الاجتماع/);
    const group = page.locator('.quote-group', { hasText: 'ينس ستولتنبرغ' });
    assert.equal(await group.locator('figure.quote').count(), 1, 'one quote carried by two outlets');
    assert.match(await group.innerText(), /تنقله 2 مصادر/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'story.png'), fullPage: true });
  });

  it('follows an actor to the entity page', async () => {
    await page.locator('#section-actors a', { hasText: 'ينس ستولتنبرغ' }).click();
    await page.waitForSelector('.page[data-ready="true"][data-page="entity"]');
    assert.ok(page.url().endsWith('#/entity/' + ENTITY_IDS.STOLTENBERG));
    assert.match(await page.locator('h1').innerText(), /ينس ستولتنبرغ/);
    assert.equal(await page.locator('.mention-list li').count(), 2);
    assert.equal(await page.locator('#section-quotes figure.quote').count(), 2);
    assert.equal(await page.locator('#section-stories a').count(), 1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'entity.png'), fullPage: true });
  });

  const searches: [string, string][] = [
    ['الاطلسي', 'الأطلسي'],
    ['وموسكو', 'موسكو'],
  ];
  for (const [query, expected] of searches) {
    it(`search "${query}" finds "${expected}"`, async () => {
      await open('#/');
      await page.fill('#quick-search input', query);
      await page.press('#quick-search input', 'Enter');
      await page.waitForSelector('.page[data-ready="true"][data-page="search"]');
      const marks = await page.locator('.search-results mark').allInnerTexts();
      assert.ok(marks.length > 0, 'highlighted matches');
      assert.ok(marks.some((m) => m.includes(expected)), `a highlight contains ${expected}: ${marks.join(', ')}`);
    });
  }

  it('highlights annotations on the article page with hover tips', async () => {
    await open('#/doc/' + docIds[0]);
    const nato = page.locator('.article-text a.ent', { hasText: 'حلف شمال الأطلسي' });
    assert.equal(await nato.getAttribute('data-tip'), 'حلف شمال الأطلسي · منظمة');
    const date = page.locator('.article-text .timex', { hasText: '7 مارس 2024' });
    assert.equal(await date.getAttribute('data-tip'), '2024-03-07');
    await date.hover();
    const tip = await date.evaluate((el) => getComputedStyle(el, '::after').content);
    assert.match(tip, /2024-03-07/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'article.png'), fullPage: true });
    await page.locator('input[data-layer="dates"]').uncheck();
    assert.ok(await page.locator('.article-text.hide-dates').count());
  });

  it('renders <script> and <img onerror> in an article as text (XSS)', async () => {
    await open('#/doc/' + docIds[2]);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined, 'no payload ran');
    assert.equal(await page.locator('main img').count(), 0, 'no <img> element was created');
    assert.equal(await page.locator('main script').count(), 0, 'no <script> element was created');
    assert.equal(await page.locator('.article-text').innerText(), XSS_TEXT);
    assert.match(await page.locator('h1').innerText(), /<img src=x onerror=/);
    await page.fill('#quick-search input', 'وسوم');
    await page.press('#quick-search input', 'Enter');
    await page.waitForSelector('.page[data-ready="true"][data-page="search"]');
    assert.match(await page.locator('.search-results').innerText(), /<script>/);
    assert.equal(await page.locator('main img').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
  });

  it('analyses a pasted article and shows it', async () => {
    await open('#/analyze');
    await page.fill('textarea[name="text"]', 'افتتح وزير الثقافة معرض الكتاب في العاصمة صباح اليوم بحضور عدد من الناشرين.');
    await page.fill('input[name="title"]', 'افتتاح معرض الكتاب');
    await page.click('.analyze-form button[type="submit"]');
    await page.waitForSelector('.page[data-ready="true"][data-page="doc"]');
    assert.equal(await page.locator('h1').innerText(), 'افتتاح معرض الكتاب');
    assert.match(await page.locator('.article-text').innerText(), /معرض الكتاب/);
  });

  it('loaded nothing from the network and threw no page errors', () => {
    assert.deepEqual(offSiteRequests, []);
    assert.deepEqual(pageErrors, []);
  });
});
