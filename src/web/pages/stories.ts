import { api } from '../api.js';
import { chip, empty, formatRange, h, link } from '../dom.js';

export async function renderStoryList(root: HTMLElement, _id: string, params: URLSearchParams): Promise<void> {
  const filter = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined, outlet: params.get('outlet') ?? undefined, entity: params.get('entity') ?? undefined };
  const { stories, total } = await api.stories(filter);
  root.appendChild(h('h1', null, 'القصص الإخبارية'));
  const form = h(
    'form',
    { class: 'card search-form story-filter' },
    h('label', null, 'من ', h('input', { type: 'date', name: 'from', value: filter.from ?? '' })),
    h('label', null, 'إلى ', h('input', { type: 'date', name: 'to', value: filter.to ?? '' })),
    h('label', null, 'المصدر ', h('input', { type: 'text', name: 'outlet', value: filter.outlet ?? '' })),
    h('label', null, 'كيان ', h('input', { type: 'text', name: 'entity', value: filter.entity ?? '', placeholder: 'معرف الكيان' })),
    h('button', { type: 'submit' }, 'تصفية'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) p.set(k, v.trim());
    location.hash = '#/?' + p.toString();
  });
  root.appendChild(form);
  root.appendChild(h('p', { class: 'lede' }, `${total} قصة، مرتبة حسب عدد المقالات.`));
  if (stories.length === 0) {
    root.appendChild(empty('لا توجد قصص بعد. حلل مقالات عبر «تحليل خبر» أو بالأمر rasd analyze.'));
    root.appendChild(h('p', null, h('a', { href: '#/documents' }, 'عرض المقالات المخزنة')));
    return;
  }
  const list = h('ol', { class: 'story-list' });
  for (const s of stories) {
    list.appendChild(
      h(
        'li',
        { class: 'card story-card' },
        h('h2', null, link('story', s.id, s.title)),
        h('p', { class: 'meta' }, h('span', { class: 'dates' }, formatRange(s.from, s.to)), ' · ', `${s.size} مقالة`),
        h('div', { class: 'row' }, h('span', { class: 'label' }, 'المصادر:'), s.outlets.map((o) => chip(s.outletLabels?.[o] ?? o, 'chip outlet'))),
        s.actors.length ? h('div', { class: 'row' }, h('span', { class: 'label' }, 'أبرز الفاعلين:'), s.actors.map((a) => link('entity', a.id, chip(a.label ?? a.name, 'chip actor')))) : null,
      ),
    );
  }
  root.appendChild(list);
}
