import { api } from '../api.js';
import { empty, formatDate, h, link } from '../dom.js';

export async function renderSearch(root: HTMLElement, _id: string, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const filters = { outlet: params.get('outlet') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '', entity: params.get('entity') ?? '' };
  root.appendChild(h('h1', null, 'البحث'));
  const form = h(
    'form',
    { class: 'card search-form', role: 'search' },
    h('label', null, 'الكلمات ', h('input', { type: 'search', name: 'q', value: q, required: true, placeholder: 'مثال: الاطلسي، وموسكو' })),
    h('label', null, 'المصدر ', h('input', { type: 'text', name: 'outlet', value: filters.outlet })),
    h('label', null, 'من ', h('input', { type: 'date', name: 'from', value: filters.from })),
    h('label', null, 'إلى ', h('input', { type: 'date', name: 'to', value: filters.to })),
    h('label', null, 'كيان ', h('input', { type: 'text', name: 'entity', value: filters.entity, placeholder: 'معرف الكيان' })),
    h('button', { type: 'submit' }, 'ابحث'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const p = new URLSearchParams();
    for (const [k, v] of data) if (typeof v === 'string' && v.trim()) p.set(k, v.trim());
    location.hash = '#/search?' + p.toString();
  });
  root.appendChild(form);
  root.appendChild(h('p', { class: 'hint' }, 'يتجاهل البحث التشكيل وصور الهمزة والألف والتاء المربوطة والسوابق واللواحق.'));
  if (!q) return;
  const { hits } = await api.search({ q, ...filters });
  const results = h('ol', { class: 'search-results' });
  for (const hit of hits) {
    results.appendChild(
      h(
        'li',
        { class: 'card hit' },
        h('h2', null, link('doc', hit.id, hit.title ?? hit.id)),
        h('p', { class: 'meta' }, `${hit.outlet ?? 'مصدر غير معروف'} · ${formatDate(hit.published)}`),
        h('p', { class: 'snippet' }, hit.highlights.map((s) => (s.hit ? h('mark', null, s.text) : s.text))),
      ),
    );
  }
  root.appendChild(h('p', { class: 'lede' }, hits.length ? `${hits.length} نتيجة لـ «${q}»` : ''));
  root.appendChild(hits.length ? results : empty(`لا نتائج لـ «${q}».`));
}
