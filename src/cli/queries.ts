import { openStore } from './open-store.js';
import { formatEntities, formatEntity } from './entities.js';
import { formatQuotes } from './quotes.js';
import { formatStory, formatStoryList, outletLabeller } from './stories.js';
import { runTag } from './tag.js';
import type { CorroboratedQuote } from '../corpus/quotes.js';
import type { Store } from '../store/store.js';
import { RasdError } from '../errors.js';
import { eventsCsv } from '../output/export.js';
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
  async stories({ values }) {
    const store = await openExisting(values);
    const stories = await store.listStories();
    await store.close();
    if (values.json) for (const s of stories) out(JSON.stringify(s));
    else out(formatStoryList(stories));
    return 0;
  },

  async story({ args, values }) {
    if (!args[0]) throw new RasdError('E_USAGE', 'story needs an ID (see "rasd stories")');
    const store = await openExisting(values);
    const s = await store.getStory(args[0]);
    await store.close();
    if (!s) throw new RasdError('E_NOT_FOUND', `no story "${args[0]}" (see "rasd stories")`);
    out(values.json ? JSON.stringify(s) : formatStory(s));
    return 0;
  },

  async entities({ values }) {
    const store = await openExisting(values);
    const list = await store.listEntities();
    await store.close();
    process.stdout.write(formatEntities(list, { json: Boolean(values.json) }));
    return 0;
  },

  async entity({ args, values }) {
    if (!args[0]) throw new RasdError('E_USAGE', 'entity needs an ID (see "rasd entities")');
    const store = await openExisting(values);
    const one = await store.getEntity(args[0]);
    const list = one ? [one] : await store.listEntities();
    await store.close();
    process.stdout.write(formatEntity(list, args[0], { json: Boolean(values.json) }));
    return 0;
  },

  /** Corroborated quotes of the stored stories: each quote once, with the outlets carrying it. */
  async quotes({ values }) {
    const store = await openExisting(values);
    const storyId = values.story as string | undefined;
    const stories = storyId ? [await store.getStory(storyId)] : await store.listStories();
    await store.close();
    if (storyId && !stories[0]) throw new RasdError('E_NOT_FOUND', `no story "${storyId}" (see "rasd stories")`);
    // Printed, each quote's outlets read as its story labels them; JSON keeps the keys.
    const quotes = stories.flatMap((s) => {
      if (!s) return [];
      const label = outletLabeller(s);
      return ((s.quotes ?? []) as CorroboratedQuote[]).map((q) => (values.json ? q : { ...q, outlets: q.outlets.map(label) }));
    });
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
      const docs: DocumentRecord[] = [];
      for await (const d of store.allDocuments()) docs.push(d);
      process.stdout.write(eventsCsv(docs));
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

