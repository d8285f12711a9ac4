import { api } from '../api.js';
import { chip, empty, ENTITY_TYPE_LABEL, formatDate, h, link } from '../dom.js';

/** The mention's context with the mention itself marked. */
function contextWithMark(context: string, mention: string): Node[] {
  const at = context.indexOf(mention);
  if (at < 0) return [document.createTextNode(context)];
  return [document.createTextNode(context.slice(0, at)), h('mark', null, mention), document.createTextNode(context.slice(at + mention.length))];
}

export async function renderEntity(root: HTMLElement, id: string): Promise<void> {
  const e = await api.entity(id);
  root.appendChild(h('h1', null, e.label ?? e.name, ' ', h('span', { class: `ent-badge ent-${e.type}` }, ENTITY_TYPE_LABEL[e.type] ?? e.type)));
  if (e.label && e.label !== e.name) root.appendChild(h('p', { class: 'meta', dir: 'auto' }, e.name));
  root.appendChild(
    h(
      'p',
      { class: 'meta' },
      `${e.mentions.length} ذكر في ${new Set(e.mentions.map((m) => m.document)).size} مقالة · `,
      h('a', { href: `#/?entity=${encodeURIComponent(e.id)}` }, 'قصصه'),
      ' · ',
      h('a', { href: `#/search?entity=${encodeURIComponent(e.id)}&q=${encodeURIComponent(e.label ?? e.name)}` }, 'ابحث عنه'),
    ),
  );
  root.appendChild(h('section', { class: 'card' }, h('h2', null, 'الأسماء البديلة'), e.aliases.length ? h('div', { class: 'row' }, e.aliases.map((a) => h('span', { class: 'chip', dir: 'auto' }, a))) : empty('لا أسماء بديلة.')));
  root.appendChild(
    h(
      'section',
      { class: 'card', id: 'section-stories' },
      h('h2', null, 'القصص'),
      e.stories.length ? h('ul', null, e.stories.map((s) => h('li', null, link('story', s.id, s.title)))) : empty('لا قصص مرتبطة.'),
    ),
  );
  root.appendChild(
    h(
      'section',
      { class: 'card', id: 'section-quotes' },
      h('h2', null, 'تصريحاته'),
      e.quotes.length ? e.quotes.map((q) => h('figure', { class: 'quote' }, h('blockquote', null, q.text), h('figcaption', null, q.cue ?? '', ' ', chip(q.outlet ?? 'مصدر غير معروف', 'chip outlet small'), ' ', link('doc', q.document, 'المقالة')))) : empty('لا تصريحات منسوبة.'),
    ),
  );
  root.appendChild(
    h(
      'section',
      { class: 'card', id: 'section-mentions' },
      h('h2', null, 'الإشارات'),
      e.mentions.length
        ? h('ul', { class: 'mention-list' }, e.mentions.map((m) => h('li', null, h('div', { class: 'context' }, '…', contextWithMark(m.context, m.text), '…'), h('div', { class: 'meta' }, link('doc', m.document, m.title ?? 'مقالة'), ` · ${m.outlet ?? 'مصدر غير معروف'} · ${formatDate(m.published)}`))))
        : empty('لا إشارات.'),
    ),
  );
}
