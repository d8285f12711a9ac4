import type { EntityView, StorySummaryView, StoryView } from '../server/views.js';
import type { DocumentRecord } from '../output/jsonl.js';
import type { DocumentSummary } from '../store/store.js';

/** Typed client for the JSON API; errors carry the server's `{error: {code, message}}`. */

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => null)) as (T & { error?: { code: string; message: string } }) | null;
  if (!res.ok || body === null) throw new ApiFailure(res.status, body?.error?.code ?? 'E_HTTP', body?.error?.message ?? `HTTP ${res.status}`);
  return body;
}

const qs = (params: Record<string, string | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? '?' + s : '';
};

export interface SearchHitView {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  score: number;
  highlights: { text: string; hit: boolean }[];
}

export type DocumentView = DocumentRecord & {
  id: string;
  roles?: { start: number; end: number; text: string; id: string | null; name: string | null }[];
  nisbas?: { start: number; end: number; text: string; id: string; name: string }[];
};

export const api = {
  stories: (filter: Record<string, string | undefined> = {}) => call<{ total: number; stories: StorySummaryView[] }>('api/stories' + qs(filter)),
  story: (id: string) => call<StoryView>('api/stories/' + encodeURIComponent(id)),
  documents: (filter: Record<string, string | undefined> = {}) => call<{ total: number; documents: DocumentSummary[] }>('api/documents' + qs(filter)),
  document: (id: string) => call<DocumentView>('api/documents/' + encodeURIComponent(id)),
  entity: (id: string) => call<EntityView>('api/entities/' + encodeURIComponent(id)),
  search: (params: Record<string, string | undefined>) => call<{ query: string; hits: SearchHitView[] }>('api/search' + qs(params)),
  analyze: (body: Record<string, string | undefined>) =>
    call<DocumentView>('api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(Object.fromEntries(Object.entries(body).filter(([, v]) => v))) }),
};
