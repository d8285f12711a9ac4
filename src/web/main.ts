import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-naskh-arabic/latin-400.css';
import './style.css';
import { clear, h } from './dom.js';
import { ApiFailure } from './api.js';
import { renderStoryList } from './pages/stories.js';
import { renderStory } from './pages/story.js';
import { renderDocument, renderDocumentList } from './pages/document.js';
import { renderEntity } from './pages/entity.js';
import { renderSearch } from './pages/search.js';
import { renderAnalyze } from './pages/analyze.js';

/**
 * Hash router: #/ (stories), #/story/ID, #/doc/ID, #/entity/ID, #/documents, #/search?q=…,
 * #/analyze. Each page renders into a fresh container; a later navigation wins over a slow one.
 */

type Page = (root: HTMLElement, id: string, params: URLSearchParams) => Promise<void>;

const ROUTES: Record<string, { page: Page; nav: string }> = {
  '': { page: renderStoryList, nav: 'stories' },
  story: { page: renderStory, nav: 'stories' },
  doc: { page: renderDocument, nav: 'documents' },
  documents: { page: renderDocumentList, nav: 'documents' },
  entity: { page: renderEntity, nav: 'stories' },
  search: { page: renderSearch, nav: 'search' },
  analyze: { page: renderAnalyze, nav: 'analyze' },
};

const app = document.getElementById('app')!;
let generation = 0;

async function route(): Promise<void> {
  const hash = location.hash.replace(/^#\/?/, '');
  const [pathPart, query = ''] = hash.split('?');
  const [kind = '', rawId = ''] = pathPart.split('/');
  const target = ROUTES[kind] ?? null;
  const mine = ++generation;
  const page = h('div', { class: 'page', 'data-page': kind || 'stories' });
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) a.classList.toggle('active', a.dataset.nav === target?.nav);
  clear(app);
  app.appendChild(page);
  if (!target) {
    page.appendChild(h('p', { class: 'error' }, 'الصفحة غير موجودة.'));
    return;
  }
  page.appendChild(h('p', { class: 'loading' }, 'جار التحميل…'));
  try {
    const content = h('div');
    await target.page(content, decodeURIComponent(rawId), new URLSearchParams(query));
    if (mine !== generation) return;
    clear(page);
    page.appendChild(content);
    page.dataset.ready = 'true';
    window.scrollTo(0, 0);
  } catch (err) {
    if (mine !== generation) return;
    clear(page);
    const message = err instanceof ApiFailure && err.status === 404 ? 'لم يُعثر على العنصر المطلوب.' : 'حدث خطأ أثناء التحميل.';
    page.appendChild(h('div', { class: 'error', role: 'alert' }, h('strong', null, message), ' ', h('span', { class: 'error-detail', dir: 'auto' }, (err as Error).message)));
    page.dataset.ready = 'true';
  }
}

document.getElementById('quick-search')!.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = new FormData(e.target as HTMLFormElement).get('q');
  if (typeof q === 'string' && q.trim()) location.hash = '#/search?q=' + encodeURIComponent(q.trim());
});

window.addEventListener('hashchange', () => void route());
void route();
