import { api, ApiFailure } from '../api.js';
import { h } from '../dom.js';

export async function renderAnalyze(root: HTMLElement): Promise<void> {
  root.appendChild(h('h1', null, 'تحليل خبر'));
  root.appendChild(h('p', { class: 'lede' }, 'الصق نص مقالة (أو صفحة HTML) لاستخراج الكيانات والتواريخ والاقتباسات وحفظها.'));
  const status = h('p', { class: 'status', role: 'status' });
  const form = h(
    'form',
    { class: 'card analyze-form' },
    h('label', null, 'العنوان', h('input', { type: 'text', name: 'title' })),
    h('label', null, 'المصدر', h('input', { type: 'text', name: 'outlet' })),
    h('label', null, 'تاريخ النشر', h('input', { type: 'date', name: 'published' })),
    h('label', null, 'النص', h('textarea', { name: 'text', rows: 14, required: true, dir: 'auto' })),
    h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: 'isHtml' }), ' النص صفحة HTML'),
    h('button', { type: 'submit' }, 'حلّل'),
    status,
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const get = (k: string) => {
      const v = data.get(k);
      return typeof v === 'string' && v.trim() ? v : undefined;
    };
    const body = data.get('isHtml') ? { html: get('text') } : { text: get('text') };
    status.textContent = 'جار التحليل…';
    try {
      const doc = await api.analyze({ ...body, title: get('title'), outlet: get('outlet'), published: get('published') });
      location.hash = `#/doc/${encodeURIComponent(doc.id)}`;
    } catch (err) {
      status.textContent = err instanceof ApiFailure ? `تعذر التحليل: ${err.message}` : 'تعذر التحليل.';
      status.className = 'status error';
    }
  });
  root.appendChild(form);
}
