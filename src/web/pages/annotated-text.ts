import { h } from '../dom.js';
import { ENTITY_TYPE_LABEL } from '../dom.js';
import type { DocumentView } from '../api.js';

/** One highlighted span of the article text, from any layer. */
export interface Highlight {
  start: number;
  end: number;
  layer: 'entities' | 'roles' | 'nisbas' | 'dates' | 'quotes' | 'events';
  className: string;
  tip: string;
  entity?: string;
}

export const LAYER_LABELS: Record<Highlight['layer'], string> = {
  entities: 'الكيانات',
  roles: 'الألقاب والصفات',
  nisbas: 'النسب',
  dates: 'التواريخ',
  quotes: 'الاقتباسات',
  events: 'الأحداث',
};

interface EventLike {
  type?: string;
  trigger?: { start: number; end: number; text: string };
  date?: string | null;
  negated?: boolean;
}

export function highlightsOf(doc: DocumentView): Highlight[] {
  const out: Highlight[] = [];
  for (const e of doc.entities ?? []) out.push({ start: e.start, end: e.end, layer: 'entities', className: `ent ent-${e.type}`, tip: `${e.name} · ${ENTITY_TYPE_LABEL[e.type] ?? e.type}`, entity: e.id });
  for (const r of doc.roles ?? []) out.push({ start: r.start, end: r.end, layer: 'roles', className: 'role', tip: r.name ? `← ${r.name}` : 'لقب غير محدد', ...(r.id ? { entity: r.id } : {}) });
  for (const n of doc.nisbas ?? []) out.push({ start: n.start, end: n.end, layer: 'nisbas', className: 'nisba', tip: `نسبة إلى ${n.name}`, entity: n.id });
  for (const d of doc.dates ?? []) out.push({ start: d.start, end: d.end, layer: 'dates', className: 'timex', tip: d.value ? `${d.value}` : 'تاريخ غير محدد القيمة' });
  for (const q of doc.quotes ?? []) out.push({ start: q.start, end: q.end, layer: 'quotes', className: 'quote-span', tip: q.speaker ? `قول: ${q.speaker.name}` : 'قول لمصدر غير مسمى' });
  for (const ev of (doc.events ?? []) as EventLike[]) {
    if (ev.trigger && typeof ev.trigger.start === 'number') out.push({ start: ev.trigger.start, end: ev.trigger.end, layer: 'events', className: 'event-trigger', tip: `${ev.type ?? ''}${ev.negated ? ' (منفي)' : ''}${ev.date ? ' · ' + ev.date : ''}` });
  }
  return out.filter((a) => a.start >= 0 && a.end <= doc.text.length && a.start < a.end);
}

/**
 * The article text cut at every annotation boundary; each piece carries the classes and tips
 * of the annotations covering it (quotes contain names and dates, so layers overlap).
 * Text always goes in as text nodes.
 */
export function annotatedText(text: string, highlights: Highlight[]): HTMLElement {
  const container = h('div', { class: 'article-text', dir: 'auto' });
  const cuts = new Set<number>([0, text.length]);
  for (const a of highlights) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const byStart = [...highlights].sort((x, y) => x.start - y.start);
  let active: Highlight[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    while (next < byStart.length && byStart[next].start <= from) active.push(byStart[next++]);
    active = active.filter((a) => a.end > from);
    const piece = text.slice(from, to);
    if (active.length === 0) {
      container.appendChild(document.createTextNode(piece));
      continue;
    }
    const entity = active.find((a) => a.entity);
    const attrs = {
      class: active.map((a) => a.className).join(' '),
      'data-tip': active.map((a) => a.tip).join(' | '),
      title: active.map((a) => a.tip).join(' | '),
      'data-layers': [...new Set(active.map((a) => a.layer))].join(' '),
    };
    container.appendChild(entity ? h('a', { ...attrs, href: `#/entity/${encodeURIComponent(entity.entity!)}` }, piece) : h('span', attrs, piece));
  }
  return container;
}
