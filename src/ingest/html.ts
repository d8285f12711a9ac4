import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

/**
 * HTML article → text + metadata. Main content by Mozilla Readability (on linkedom), with a
 * fallback to the whole <body> when Readability finds nothing (a known failure on some Arabic
 * sites). Paragraph structure is kept as one paragraph per line. Metadata from JSON-LD,
 * Open Graph and <meta>/<time> (site name, title, published time, language, direction).
 */

export interface HtmlArticle {
  text: string;
  title: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
  dir: string | null;
  url: string | null;
}

const BLOCK = new Set(['P', 'DIV', 'BR', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'TR', 'TABLE', 'FIGCAPTION', 'FIGURE', 'PRE', 'DD', 'DT', 'HR']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'NAV', 'FORM', 'BUTTON', 'SELECT']);

export function extractHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = readMetadata(document as unknown as Document);
  let text = '';
  let title: string | null = meta.title;
  try {
    // Readability mutates the DOM: give it its own copy.
    const { document: copy } = parseHTML(html);
    const article = new Readability(copy as unknown as Document, { charThreshold: 200 }).parse();
    if (article?.content) {
      const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      text = blockText(content.body as unknown as Element);
      title ??= article.title?.trim() || null;
      meta.siteName ??= article.siteName?.trim() || null;
      meta.published ??= article.publishedTime?.trim() || null;
    }
  } catch {
    // fall through to the whole-body fallback
  }
  if (text.replace(/\s/g, '').length < 50 && document.body) text = blockText(document.body as unknown as Element);
  if (!title) {
    const h1 = document.querySelector('h1');
    title = h1?.textContent?.trim() || document.title?.trim() || null;
  }
  if (title && meta.siteName) title = stripSiteName(title, meta.siteName);
  return { text, title, siteName: meta.siteName, published: meta.published, lang: meta.lang, dir: meta.dir, url: meta.url };
}

/** "Headline | Site" or "Site - Headline" (the <title> convention) → "Headline". */
function stripSiteName(title: string, siteName: string): string {
  const site = siteName.trim();
  for (const sep of SITE_SEPARATORS) {
    if (title.endsWith(sep + site)) return title.slice(0, -(sep + site).length).trim() || title;
    if (title.startsWith(site + sep)) return title.slice((site + sep).length).trim() || title;
  }
  return title;
}
const SITE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' : ', '|', ' -'];

/** Text of an element with one line per block element. */
export function blockText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/** Everything an article carries but its text: read from the page's metadata. */
type Meta = Omit<HtmlArticle, 'text'>;

function readMetadata(document: Document): Meta {
  const m = (selector: string): string | null => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const out: Meta = {
    title: m('meta[property="og:title"]') ?? m('meta[name="twitter:title"]'),
    siteName: m('meta[property="og:site_name"]') ?? m('meta[name="application-name"]') ?? m('meta[name="publisher"]'),
    published:
      m('meta[property="article:published_time"]') ??
      m('meta[name="pubdate"]') ??
      m('meta[name="publishdate"]') ??
      m('meta[name="date"]') ??
      m('meta[itemprop="datePublished"]') ??
      m('meta[name="DC.date.issued"]') ??
      (document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || null),
    lang: document.documentElement?.getAttribute('lang') ?? null,
    dir: document.documentElement?.getAttribute('dir') ?? document.body?.getAttribute('dir') ?? null,
    url: m('meta[property="og:url"]') ?? (document.querySelector('link[rel="canonical"]')?.getAttribute('href') || null),
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data = JSON.parse(script.textContent ?? '') as unknown;
      for (const item of flattenLd(data)) {
        const type = String(item['@type'] ?? '');
        if (!/Article|NewsArticle|BlogPosting|Report/i.test(type)) continue;
        out.title ??= str(item.headline);
        out.published ??= str(item.datePublished);
        const pub = item.publisher as Record<string, unknown> | undefined;
        out.siteName ??= str(pub?.name);
      }
    } catch {
      // broken JSON-LD is common; ignore it
    }
  }
  return out;
}

function flattenLd(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    return [o, ...(Array.isArray(o['@graph']) ? flattenLd(o['@graph']) : [])];
  }
  return [];
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}
