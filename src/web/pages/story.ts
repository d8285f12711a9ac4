import { api } from '../api.js';
import { chip, collapsible, empty, ENTITY_TYPE_LABEL, formatDate, formatRange, h, labelNodes, link } from '../dom.js';
import type { Comparison, QuoteGroup, StoryView, TimelineEntry } from '../../server/views.js';

export async function renderStory(root: HTMLElement, id: string): Promise<void> {
  const story = await api.story(id);
  root.appendChild(h('h1', null, story.title));
  root.appendChild(
    h('p', { class: 'meta' }, h('span', { class: 'dates' }, formatRange(story.from, story.to)), ' · ', `${story.size} مقالة من ${story.outlets.length} مصدر`),
  );
  const outletLabel = (o: string) => story.outletLabels?.[o] ?? o;
  root.appendChild(h('div', { class: 'row' }, story.outlets.map((o) => chip(outletLabel(o), 'chip outlet'))));

  root.appendChild(section('timeline', 'الخط الزمني', timelineSection(story.timeline)));
  root.appendChild(section('comparison', 'مقارنة المصادر', comparisonTable(story.comparison)));
  const labels = new Map(story.actors.map((a) => [a.id, a.label ?? a.name] as const));
  root.appendChild(section('quotes', 'التصريحات حسب المتحدث', quotesSection(story.quotes, labels, outletLabel)));
  root.appendChild(section('actors', 'الفاعلون', actorsSection(story)));
  root.appendChild(
    section(
      'documents',
      'المقالات',
      h(
        'ul',
        { class: 'doc-list' },
        story.documents.map((d) => h('li', null, link('doc', d.id, d.title ?? d.source), ' ', h('span', { class: 'meta' }, `${d.outlet ?? 'مصدر غير معروف'} · ${formatDate(d.published)}`))),
      ),
    ),
  );
}

const TIMELINE_LIST_LIMIT = 15;

/** Event modalities as the corpus stage writes them (English keys), shown in Arabic. */
const MODALITY_AR: Record<string, string> = { asserted: 'وقع', failed: 'فشل', planned: 'مخطط له', denied: 'نُفي', demanded: 'مطالبة', hypothetical: 'افتراضي', negated: 'منفي' };
const MODALITY_WORD = new RegExp(`\\b(${Object.keys(MODALITY_AR).join('|')})\\b`, 'g');
const inArabic = (text: string) => text.replace(MODALITY_WORD, (w) => MODALITY_AR[w] ?? w);
const MATRIX_ROW_LIMIT = 20;
const QUOTE_GROUP_LIMIT = 8;
const QUOTES_PER_SPEAKER = 4;

function section(id: string, title: string, body: Node): HTMLElement {
  return h('section', { class: 'card', id: `section-${id}` }, h('h2', null, title), body);
}

function timelineSection(entries: TimelineEntry[]): Node {
  if (entries.length === 0) return empty('لا أحداث مؤرخة في هذه القصة بعد.');
  const chart = h('div', { class: 'timeline-chart', 'aria-hidden': 'true' });
  // The chart library is loaded on demand so the story list stays light.
  void import('./timeline-chart.js').then(({ renderTimelineChart }) => {
    if (!renderTimelineChart(chart, entries)) chart.remove();
  });
  const row = (e: TimelineEntry) =>
    h(
      'li',
      { class: e.background ? 'background' : null },
      h('time', { datetime: e.date }, formatDate(e.date)),
      h('span', { class: 'tl-text', dir: 'auto' }, e.label),
      e.background ? chip('خلفية', 'chip muted') : null,
      h('span', { class: 'tl-outlets' }, (e.reportedBy ?? []).map((r) => chip(r.label, 'chip outlet small'))),
    );
  // Background (events years before the story) is listed apart, after the story's own period.
  const current = entries.filter((e) => !e.background).map(row);
  const background = entries.filter((e) => e.background).map(row);
  return h(
    'div',
    null,
    chart,
    current.length ? collapsible(h('ol', { class: 'timeline-list' }), current, TIMELINE_LIST_LIMIT) : null,
    background.length ? h('details', { class: 'background-list' }, h('summary', null, `خلفية تاريخية (${background.length})`), h('ol', { class: 'timeline-list' }, background)) : null,
  );
}

function comparisonTable(comparison: Comparison): Node {
  if (comparison.facts.length === 0) return empty('لا حقائق للمقارنة بعد.');
  const head = h('tr', null, h('th', { scope: 'col' }, 'الحقيقة'), comparison.outlets.map((o) => h('th', { scope: 'col' }, labelNodes(comparison.outletLabels?.[o] ?? o))));
  // Conflicts first, then facts several outlets share, then single-outlet facts.
  const rank = (f: Comparison['facts'][number]) => (f.conflict ? 0 : f.singleOutlet ? 2 : 1);
  const ordered = comparison.facts.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
  const rows = ordered.map((f) =>
    h(
      'tr',
      { class: [f.conflict ? 'conflict' : '', f.singleOutlet ? 'single' : ''].join(' ').trim() || null },
      h(
        'th',
        { scope: 'row' },
        h('div', { dir: 'auto' }, f.label),
        f.conflict ? h('div', { class: 'conflict-note', dir: 'auto' }, '⚠ ', inArabic(f.conflict)) : null,
        f.singleOutlet ? chip('مصدر واحد', 'chip muted small') : null,
      ),
      comparison.outlets.map((o) => {
        const cell = f.cells[o];
        if (!cell || !cell.reported) return h('td', { class: 'absent', title: 'لم يذكره' }, '—');
        return h('td', { class: 'present', dir: 'auto' }, cell.value ? inArabic(cell.value) : '✓');
      }),
    ),
  );
  const conflicts = comparison.facts.filter((f) => f.conflict).length;
  const singles = comparison.facts.filter((f) => f.singleOutlet).length;
  return h(
    'div',
    null,
    h('p', { class: 'meta' }, `${comparison.facts.length} حقيقة · ${conflicts} تعارض · ${singles} ينفرد بها مصدر واحد`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'matrix' }, h('thead', null, head), h('tbody', null, rows.slice(0, MATRIX_ROW_LIMIT)))),
    rows.length > MATRIX_ROW_LIMIT ? showAllRows(rows) : null,
    accountsSideBySide(comparison),
    participantsByOutlet(comparison),
    framingTable(comparison),
  );
}

const outletName = (comparison: Comparison, o: string) => comparison.outletLabels?.[o] ?? o;

/** Outcome and participant conflicts: each outlet's account in its own words, next to the others. */
function accountsSideBySide(comparison: Comparison): Node | null {
  const shown = (comparison.conflicts ?? []).filter((c) => c.kind === 'outcome' || c.kind === 'participants');
  if (shown.length === 0) return null;
  return h(
    'div',
    { class: 'accounts' },
    h('h3', null, 'روايات مختلفة للحدث نفسه'),
    shown.map((c) =>
      h(
        'div',
        { class: 'account' },
        h('div', { dir: 'auto' }, inArabic(c.fact)),
        h('div', { class: 'conflict-note' }, '⚠ ', c.note),
        h('dl', { class: 'account-list' }, Object.entries(c.byOutlet).flatMap(([o, said]) => [h('dt', null, outletName(comparison, o)), h('dd', { dir: 'auto' }, said)])),
      ),
    ),
  );
}

/** Who took part by each outlet's account; a name only some outlets give is marked, not flagged. */
function participantsByOutlet(comparison: Comparison): Node | null {
  const rows = comparison.participants ?? [];
  if (rows.length === 0) return null;
  return h(
    'div',
    { class: 'participants' },
    h('h3', null, 'المشاركون حسب كل مصدر'),
    rows.map((p) => {
      const some = new Set(p.namedBySome.map((x) => x.id));
      return h(
        'div',
        { class: 'account' },
        h('div', { dir: 'auto' }, p.date ? `${formatDate(p.date)} — ` : '', inArabic(p.fact)),
        h(
          'dl',
          { class: 'account-list' },
          Object.entries(p.byOutlet).flatMap(([o, people]) => [
            h('dt', null, outletName(comparison, o)),
            h('dd', null, people.map((x) => chip(`${x.name}${x.role ? ' · ' + x.role : ''}`, some.has(x.id) ? 'chip small named-by-some' : 'chip small'))),
          ]),
        ),
        p.namedBySome.length ? h('p', { class: 'hint' }, 'ذكرتهم بعض المصادر فقط: ', p.namedBySome.map((x) => `${x.name} (${x.outlets.map((o) => outletName(comparison, o)).join('، ')})`).join('؛ ')) : null,
      );
    }),
  );
}

/** The matrix keeps its rows in one tbody, so its "show all" button sits under the table. */
function showAllRows(rows: HTMLElement[]): HTMLElement {
  const more = h('button', { type: 'button', class: 'show-more' }, `عرض كل الحقائق (${rows.length})`);
  more.addEventListener('click', () => {
    const tbody = rows[0].parentElement!;
    rows.slice(MATRIX_ROW_LIMIT).forEach((r) => tbody.appendChild(r));
    more.remove();
  });
  return more;
}

/** Each outlet's loaded terms side by side, as counts, without judging them. */
function framingTable(comparison: Comparison): Node | null {
  const outlets = Object.keys(comparison.framing ?? {}).filter((o) => comparison.framing[o].length);
  if (outlets.length === 0) return null;
  return h(
    'div',
    { class: 'framing' },
    h('h3', null, 'مفردات التأطير لدى كل مصدر'),
    h(
      'div',
      { class: 'framing-grid' },
      outlets.map((o) =>
        h('div', { class: 'framing-outlet' }, h('strong', null, comparison.outletLabels?.[o] ?? o), h('div', { class: 'row' }, comparison.framing[o].map((c) => chip(`${c.cue}${c.gloss ? ' · ' + c.gloss : ''} ×${c.count}`, 'chip small')))),
      ),
    ),
  );
}

function quotesSection(groups: QuoteGroup[], labels: Map<string, string>, outletLabel: (o: string) => string): Node {
  if (groups.length === 0) return empty('لا تصريحات منسوبة في هذه القصة.');
  const blocks = groups.map((g) =>
      h(
        'div',
        { class: 'quote-group' },
        h('h3', null, g.speaker ? (g.speaker.id ? link('entity', g.speaker.id, labels.get(g.speaker.id) ?? g.speaker.name) : g.speaker.name) : 'مصدر غير مسمى', ' ', h('span', { class: 'meta' }, `(${g.quotes.length})`)),
        collapsible(h('div'), g.quotes.map((q) =>
          h(
            'figure',
            { class: 'quote' },
            h('blockquote', { dir: 'auto' }, q.text),
            h('figcaption', null, q.cue ? h('span', { class: 'cue' }, q.cue) : null, ' ', q.outlets.map((o) => chip(outletLabel(o), 'chip outlet small')), q.outlets.length > 1 ? chip(`تنقله ${q.outlets.length} مصادر`, 'chip corroborated small') : null),
          ),
        ), QUOTES_PER_SPEAKER),
      ),
  );
  return collapsible(h('div', { class: 'quote-groups' }), blocks, QUOTE_GROUP_LIMIT);
}

function actorsSection(story: StoryView): Node {
  if (story.actors.length === 0) return empty('لم تُستخرج كيانات بعد.');
  return h(
    'ul',
    { class: 'actor-list' },
    story.actors.map((a) =>
      h(
        'li',
        null,
        link('entity', a.id, h('span', { class: `ent-badge ent-${a.type ?? 'MISC'}` }, ENTITY_TYPE_LABEL[a.type ?? 'MISC'] ?? a.type ?? ''), ' ', h('strong', { title: a.name }, a.label ?? a.name)),
        h('span', { class: 'meta' }, ` ${a.mentions} ذكر · ${a.outlets.length} مصدر`),
      ),
    ),
  );
}
