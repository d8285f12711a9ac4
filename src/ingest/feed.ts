import { DOMParser } from 'linkedom';
import type { RawArticle } from './sources.js';
import { blockText } from './html.js';

/**
 * RSS 2.0 and Atom feeds → articles from the items' own content (content:encoded,
 * description, summary). Items whose content is only a teaser keep the link as source so a
 * later fetch of the page can replace them.
 */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return /<rss[\s>]/i.test(head) || /<feed[\s>][^]*xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/i.test(head) || /<rdf:RDF/i.test(head);
}

export function parseFeed(xml: string, name: string): RawArticle[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const channelTitle = doc.querySelector('channel > title, feed > title')?.textContent?.trim() || null;
  const items = Array.from(doc.querySelectorAll('item, entry') as unknown as ArrayLike<Element>);
  const out: RawArticle[] = [];
  items.forEach((item, i) => {
    const get = (sel: string): string | null => {
      for (const child of Array.from(item.children as unknown as ArrayLike<Element>)) if (child.tagName.toLowerCase() === sel) return child.textContent?.trim() || null;
      return null;
    };
    const link = get('link') ?? item.querySelector('link')?.getAttribute('href') ?? null;
    const html = get('content:encoded') ?? get('content') ?? get('description') ?? get('summary');
    if (!html) return;
    const { document } = parseHtmlFragment(html);
    const text = blockText(document);
    if (!text.trim()) return;
    out.push({
      source: link ?? `${name}#${i}`,
      text,
      title: get('title'),
      outlet: channelTitle,
      outletEvidence: channelTitle,
      published: toIso(get('pubdate') ?? get('published') ?? get('updated') ?? get('dc:date')),
      publishedEvidence: 'feed item date',
      url: link,
    });
  });
  return out;
}

function parseHtmlFragment(html: string): { document: Element } {
  const d = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  return { document: d.body as unknown as Element };
}

function toIso(s: string | null): string | null {
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? s : new Date(t).toISOString();
}
