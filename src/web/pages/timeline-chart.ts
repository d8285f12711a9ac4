import { Timeline } from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { TimelineEntry } from '../../server/views.js';
import { h } from '../dom.js';

/** Calendar start of a TIMEX value (YYYY, YYYY-MM, YYYY-MM-DD, with a time); null for weeks, durations, refs. */
export function timexStart(value: string): Date | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m || (value.length > 4 && /^\d{4}-W/.test(value))) return null;
  const d = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1, m[4] ? Number(m[4]) : 0, m[5] ? Number(m[5]) : 0));
  return Number.isNaN(d.getTime()) ? null : d;
}

const DAY_MS = 86_400_000;
const ITEM_LABEL_MAX = 45;

const AR_DAY = new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const AR_MONTH = new Intl.DateTimeFormat('ar', { month: 'long', timeZone: 'UTC' });
const AR_MONTH_YEAR = new Intl.DateTimeFormat('ar', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const AR_YEAR = new Intl.DateTimeFormat('ar', { year: 'numeric', timeZone: 'UTC' });
const AR_TIME = new Intl.DateTimeFormat('ar', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

type MomentLike = { toDate(): Date } | Date;
const asDate = (d: MomentLike): Date => (d instanceof Date ? d : d.toDate());

/** Axis labels in Arabic through Intl (the bundled moment has no Arabic locale). */
function minorLabel(date: MomentLike, scale: string): string {
  const d = asDate(date);
  if (scale === 'year') return AR_YEAR.format(d);
  if (scale === 'month') return AR_MONTH.format(d);
  if (scale === 'day' || scale === 'weekday') return AR_DAY.format(d);
  return AR_TIME.format(d);
}

function majorLabel(date: MomentLike, scale: string): string {
  const d = asDate(date);
  if (scale === 'year' || scale === 'month') return AR_YEAR.format(d);
  if (scale === 'day' || scale === 'weekday') return AR_MONTH_YEAR.format(d);
  return AR_DAY.format(d);
}

/**
 * The visual timeline (vis-timeline, right-to-left). Item contents are built as DOM elements
 * by the template, so no entry text is ever parsed as HTML.
 */
export function renderTimelineChart(container: HTMLElement, entries: TimelineEntry[]): Timeline | null {
  const items = entries
    .map((e) => ({ entry: e, start: timexStart(e.date), end: e.end ? timexStart(e.end) : null }))
    .filter((x): x is { entry: TimelineEntry; start: Date; end: Date | null } => x.start !== null);
  if (items.length === 0) return null;
  const data = items.map(({ entry, start, end }, i) => ({
      id: i,
      start,
      ...(end && end > start ? { end, type: 'range' } : { type: 'box' }),
      className: entry.background ? 'tl-background' : entry.outlets.length > 1 ? 'tl-shared' : 'tl-single',
      content: '',
      entry,
    }));
  // Open on the story's own period; background entries (years earlier) stay a zoom-out away.
  const foreground = items.filter((x) => !x.entry.background);
  const times = (foreground.length ? foreground : items).map((x) => x.start.getTime());
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = Math.max(DAY_MS, (max - min) * 0.1);
  const timeline = new Timeline(container, data, {
    rtl: true,
    locale: 'en',
    format: { minorLabels: minorLabel, majorLabels: majorLabel },
    stack: true,
    showCurrentTime: false,
    zoomable: true,
    horizontalScroll: false,
    start: new Date(min - pad),
    end: new Date(max + pad),
    margin: { item: 8 },
    maxHeight: 420,
    template: (item: { entry?: TimelineEntry } | undefined) => {
      const e = item?.entry;
      if (!e) return h('span');
      const label = e.label.length > ITEM_LABEL_MAX ? e.label.slice(0, ITEM_LABEL_MAX) + '…' : e.label;
      return h('div', { class: 'tl-item', title: e.evidence[0] ?? e.label }, h('div', { class: 'tl-label', dir: 'auto' }, label), h('div', { class: 'tl-outlets' }, (e.reportedBy ?? []).map((r) => r.label).join('، ')));
    },
  });
  return timeline;
}
