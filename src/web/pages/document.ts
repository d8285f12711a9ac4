import { api } from '../api.js';
import { chip, empty, formatDate, h, link } from '../dom.js';
import { annotatedText, highlightsOf, LAYER_LABELS, type Highlight } from './annotated-text.js';

export async function renderDocument(root: HTMLElement, id: string): Promise<void> {
  const doc = await api.document(id);
  const meta = (doc.meta ?? {}) as { publishedCertainty?: string | null; credits?: string[]; dateline?: string | null };
  root.appendChild(h('h1', { dir: 'auto' }, doc.title ?? 'مقالة بلا عنوان'));
  root.appendChild(
    h(
      'p',
      { class: 'meta' },
      doc.outlet ?? 'مصدر غير معروف',
      ' · ',
      h('time', { datetime: doc.published ?? '' }, formatDate(doc.published)),
      meta.publishedCertainty ? ` (${meta.publishedCertainty})` : '',
      meta.dateline ? ` · ${meta.dateline}` : '',
      meta.credits?.length ? ` · ${meta.credits.join('، ')}` : '',
      doc.story ? h('span', null, ' · القصة: ', link('story', doc.story, 'عرض القصة')) : null,
    ),
  );

  const highlights = highlightsOf(doc);
  const text = annotatedText(doc.text, highlights);
  const counts = new Map<Highlight['layer'], number>();
  for (const a of highlights) counts.set(a.layer, (counts.get(a.layer) ?? 0) + 1);
  const toggles = h(
    'fieldset',
    { class: 'layer-toggles' },
    h('legend', null, 'الطبقات'),
    (Object.keys(LAYER_LABELS) as Highlight['layer'][]).map((layer) => {
      const box = h('input', { type: 'checkbox', checked: true, 'data-layer': layer });
      box.addEventListener('change', () => text.classList.toggle(`hide-${layer}`, !box.checked));
      return h('label', { class: `toggle toggle-${layer}` }, box, ` ${LAYER_LABELS[layer]} (${counts.get(layer) ?? 0})`);
    }),
  );
  root.appendChild(h('section', { class: 'card article' }, toggles, text));

  if (doc.dates?.length) {
    root.appendChild(
      h(
        'section',
        { class: 'card' },
        h('h2', null, 'التواريخ المحلولة'),
        h('table', { class: 'simple' }, h('thead', null, h('tr', null, h('th', null, 'النص'), h('th', null, 'القيمة'))), h('tbody', null, doc.dates.map((d) => h('tr', null, h('td', null, d.text), h('td', { dir: 'ltr' }, d.value ?? '—'))))),
      ),
    );
  }
  if (doc.quotes?.length) {
    root.appendChild(
      h(
        'section',
        { class: 'card' },
        h('h2', null, 'الاقتباسات'),
        doc.quotes.map((q) => h('figure', { class: 'quote' }, h('blockquote', null, q.text), h('figcaption', null, q.speaker ? (q.speaker.id ? link('entity', q.speaker.id, q.speaker.name) : q.speaker.name) : 'مصدر غير مسمى', q.cue ? h('span', { class: 'cue' }, ` (${q.cue})`) : null))),
      ),
    );
  }
  const diagnostics = (doc.diagnostics ?? []) as { severity: string; code: string; message: string }[];
  if (diagnostics.length) {
    root.appendChild(h('section', { class: 'card diagnostics' }, h('h2', null, 'ملاحظات المعالجة'), h('ul', null, diagnostics.map((d) => h('li', { dir: 'auto' }, chip(d.severity, `chip sev-${d.severity}`), ` ${d.code}: ${d.message}`)))));
  }
}

export async function renderDocumentList(root: HTMLElement, _id: string, params: URLSearchParams): Promise<void> {
  const offset = Number(params.get('offset') ?? 0) || 0;
  const { documents, total } = await api.documents({ offset: String(offset), limit: '50' });
  root.appendChild(h('h1', null, 'المقالات'));
  root.appendChild(h('p', { class: 'lede' }, `${total} مقالة مخزنة.`));
  if (documents.length === 0) {
    root.appendChild(empty('لا مقالات بعد.'));
    return;
  }
  root.appendChild(h('ul', { class: 'doc-list card' }, documents.map((d) => h('li', null, link('doc', d.id, d.title ?? d.source), ' ', h('span', { class: 'meta' }, `${d.outlet ?? 'مصدر غير معروف'} · ${formatDate(d.published)}`)))));
  const nav = h('p', { class: 'pager' });
  if (offset > 0) nav.appendChild(h('a', { href: `#/documents?offset=${Math.max(0, offset - 50)}` }, 'السابق'));
  if (offset + 50 < total) nav.appendChild(h('a', { href: `#/documents?offset=${offset + 50}` }, 'التالي'));
  root.appendChild(nav);
}
