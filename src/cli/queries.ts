import { openStore } from './open-store.js';
import { formatEntities, formatEntity } from './entities.js';
import { formatQuotes } from './quotes.js';
import { runTag } from './tag.js';
import type { CorroboratedQuote } from '../corpus/quotes.js';
import type { Store } from '../store/store.js';
import { RasdError } from '../errors.js';
import { toCsv } from '../output/csv.js';
import type { DocumentRecord } from '../output/jsonl.js';

/** Read-only commands over an existing store. */

export interface QueryContext {
  args: string[];
  db: string;
  values: Record<string, unknown>;
}

type Handler = (ctx: QueryContext) => Promise<number> | number;

function openExisting(values: Record<string, unknown>): Promise<Store> {
  return openStore(values, { mustExist: true });
}

const out = (s: string) => process.stdout.write(s + '\n');

export const queryCommands: Record<string, Handler> = {
  async stories({ db, values }) {
    const store = await openExisting(values);
    const stories = await store.listStories();
    if (values.json) for (const s of stories) out(JSON.stringify(s));
    else {
      if (stories.length === 0) out('No stories yet.');
      for (const s of stories) {
        const dates = (s.dates as { from?: string; to?: string } | undefined) ?? {};
        const outlets = (s.outlets as string[] | undefined) ?? [];
        out(`${s.id}  ${s.title}  [${s.documents.length} doc${outlets.length ? ', ' + outlets.join('، ') : ''}${dates.from ? ', ' + dates.from + (dates.to && dates.to !== dates.from ? '→' + dates.to : '') : ''}]`);
      }
    }
    await store.close();
    return 0;
  },

  async story({ args, db, values }) {
    if (!args[0]) throw new RasdError('E_USAGE', 'story needs an ID (see "rasd stories")');
    const store = await openExisting(values);
    const s = await store.getStory(args[0]);
    await store.close();
    if (!s) throw new RasdError('E_NOT_FOUND', `no story "${args[0]}"`);
    if (values.json) out(JSON.stringify(s));
    else {
      out(`${s.title}  (${s.id})`);
      out(`documents: ${s.documents.join(', ')}`);
      for (const t of s.timeline as { date: string; summary: string; documents?: string[]; background?: boolean }[]) {
        out(`  ${t.date.padEnd(12)} ${t.background ? '(background) ' : ''}${t.summary}${t.documents ? `  [${t.documents.length}]` : ''}`);
      }
      const comparison = s.comparison as { facts?: { label: string; outlets: Record<string, boolean>; conflict?: string | null }[] } | undefined;
      if (comparison?.facts?.length) {
        out('comparison (fact × outlet):');
        for (const f of comparison.facts) {
          out(`  ${f.label}: ${Object.entries(f.outlets).map(([o, has]) => `${o} ${has ? '✓' : '·'}`).join('  ')}${f.conflict ? `  ⚠ ${f.conflict}` : ''}`);
        }
      }
    }
    return 0;
  },

  async entities({ values }) {
    const store = await openExisting(values);
    const list = await store.listEntities();
    await store.close();
    process.stdout.write(formatEntities(list as never, { json: Boolean(values.json) }));
    return 0;
  },

  async entity({ args, values }) {
    if (!args[0]) throw new RasdError('E_USAGE', 'entity needs an ID (see "rasd entities")');
    const store = await openExisting(values);
    const one = await store.getEntity(args[0]);
    const list = one ? [one] : await store.listEntities();
    await store.close();
    process.stdout.write(formatEntity(list as never, args[0], { json: Boolean(values.json) }));
    return 0;
  },

  /** Corroborated quotes of the stored stories: each quote once, with the outlets carrying it. */
  async quotes({ values }) {
    const store = await openExisting(values);
    const storyId = values.story as string | undefined;
    const stories = storyId ? [await store.getStory(storyId)] : await store.listStories();
    await store.close();
    if (storyId && !stories[0]) throw new RasdError('E_NOT_FOUND', `no story "${storyId}" (see "rasd stories")`);
    const quotes = stories.flatMap((s) => ((s?.quotes ?? []) as CorroboratedQuote[]));
    for (const line of formatQuotes(quotes, { json: Boolean(values.json), speaker: values.speaker as string | undefined })) out(line);
    return 0;
  },

  tag({ values }) {
    const file = values.conll as string | undefined;
    runTag(file ? ['--conll', file] : []);
    return 0;
  },

  async export({ db, values }) {
    const format = (values.format as string | undefined) ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'csv') throw new RasdError('E_USAGE', `--format must be jsonl or csv, not "${format}"`);
    const store = await openExisting(values);
    if (format === 'jsonl') {
      for await (const d of store.allDocuments()) out(JSON.stringify(d));
      for (const s of await store.listStories()) out(JSON.stringify(s));
    } else {
      const rows: string[][] = [];
      for await (const d of store.allDocuments()) rows.push(...eventRows(d));
      process.stdout.write(toCsv(EVENT_COLUMNS, rows));
    }
    await store.close();
    return 0;
  },

  async search({ args, db, values }) {
    const q = args.join(' ').trim();
    if (!q) throw new RasdError('E_USAGE', 'search needs a QUERY');
    const store = await openExisting(values);
    const hits = await store.search(q, { limit: 20 });
    await store.close();
    if (values.json) for (const h of hits) out(JSON.stringify(h));
    else {
      if (hits.length === 0) out('No results.');
      for (const h of hits) out(`${h.published ?? '          '}  ${h.outlet ?? '—'}  ${h.title ?? h.source}\n    ${h.snippet}`);
    }
    return 0;
  },
};

const EVENT_COLUMNS = ['date', 'actor1', 'actor2', 'event_type', 'mode', 'location', 'source_url', 'outlet', 'evidence'];

/** One row per event mention, GDELT-like columns. */
function eventRows(d: DocumentRecord): string[][] {
  const rows: string[][] = [];
  {
    for (const e of d.events as { type: string; mode?: string | null; actors: string[]; targets: string[]; date: string | null; location: string | null; sentence: { start: number; end: number } }[]) {
      rows.push([e.date ?? d.published ?? '', e.actors.join(';'), e.targets.join(';'), e.type, e.mode ?? '', e.location ?? '', d.source, d.outlet ?? '', d.text.slice(e.sentence.start, e.sentence.end)]);
    }
  }
  return rows;
}
