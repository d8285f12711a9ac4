/**
 * DOM building without HTML strings: every piece of article data goes in through text nodes
 * (article text and titles are untrusted). There is deliberately no innerHTML in the UI.
 */

type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Attributes that could carry script are refused outright. */
const UNSAFE_ATTRIBUTE = /^(on|srcdoc$|formaction$)/i;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (typeof value === 'function') {
        el.addEventListener(name, value);
        continue;
      }
      if (UNSAFE_ATTRIBUTE.test(name)) throw new Error(`refusing attribute ${name}`);
      if (name === 'href' && !String(value).startsWith('#')) throw new Error('only in-app links (#/...) are built');
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, c);
    else if (typeof c === 'string' || typeof c === 'number') parent.appendChild(document.createTextNode(String(c)));
    else parent.appendChild(c);
  }
}

/** An in-app link: `#/kind/id` with the id encoded. */
export function link(kind: string, id: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href: `#/${kind}/${encodeURIComponent(id)}` }, ...children);
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

const ARABIC_DIGITS_DATE = new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2024-03-07" → "٧ مارس ٢٠٢٤"; other TIMEX values are shown as they are. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return ARABIC_DIGITS_DATE.format(new Date(value + 'T00:00:00Z'));
  return value;
}

export function formatRange(from: string | null, to: string | null): string {
  if (!from && !to) return 'تاريخ غير معروف';
  if (!to || from === to) return formatDate(from ?? to);
  return `${formatDate(from)} — ${formatDate(to)}`;
}

export const ENTITY_TYPE_LABEL: Record<string, string> = { PER: 'شخص', ORG: 'منظمة', LOC: 'مكان', MISC: 'أخرى' };

/** "name (file-01.txt)": the parenthesised part isolated so Latin and digits keep their order in RTL. */
const WITH_PARENTHESIS = /^(.*?)\s*\(([^()]*)\)$/;

export function labelNodes(text: string): Child[] {
  const m = WITH_PARENTHESIS.exec(text);
  return m ? [m[1], ' (', h('bdi', null, m[2]), ')'] : [h('bdi', null, text)];
}

export function chip(text: string, className = 'chip'): HTMLSpanElement {
  return h('span', { class: className }, labelNodes(text));
}

export function empty(message: string): HTMLParagraphElement {
  return h('p', { class: 'empty' }, message);
}

/**
 * Shows the first `limit` items and a button that reveals the rest: long stories have
 * hundreds of timeline entries and facts, and the page must stay readable.
 */
export function collapsible<T extends Node>(container: HTMLElement, items: T[], limit: number): HTMLElement {
  items.slice(0, limit).forEach((i) => container.appendChild(i));
  if (items.length <= limit) return container;
  const rest = items.slice(limit);
  const more = h('button', { type: 'button', class: 'show-more' }, `عرض الكل (${items.length})`);
  more.addEventListener('click', () => {
    rest.forEach((i) => container.appendChild(i));
    more.remove();
  });
  return h('div', { class: 'collapsible' }, container, more);
}
