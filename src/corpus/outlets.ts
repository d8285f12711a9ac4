/**
 * Who reports a story, and how a reader sees them named. A document counts under its outlet
 * when the outlet is known; otherwise it stands for itself, keyed by its source (path or URL),
 * so two unattributed articles stay two columns, and every report is counted once per outlet.
 * One label rule serves the CLI, the API and the web: the outlet's name, else the article's
 * title (clipped, in «»), else its file name without the path.
 */

/** What the rule reads of a document (a Doc's meta or a stored record). */
export interface ReporterSource {
  source: string;
  outlet?: string | null;
  title?: string | null;
}

/** Words of a title kept in a label: enough to recognise the article, short enough for a column head. */
const TITLE_WORDS = 6;

/** The key a document reports under: its outlet, else the document itself (its source). */
export function reporterKey(doc: ReporterSource): string {
  return doc.outlet ?? doc.source;
}

/** The last part of a path or URL, without query or fragment ("a/b/04-levant.txt" → "04-levant.txt"). */
export function fileName(source: string): string {
  const parts = source.replace(/[?#].*$/, '').split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? source;
}

/** A reporter key shown without its record's labels (an older record): a path or URL by its file name. */
export function keyLabel(key: string): string {
  return /[\\/]/.test(key) ? fileName(key) : key;
}

/** The readable label of one document's reporter, before telling apart documents that read the same. */
export function reporterLabel(doc: ReporterSource): string {
  if (doc.outlet) return doc.outlet;
  const words = (doc.title ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return fileName(doc.source);
  return `«${words.slice(0, TITLE_WORDS).join(' ')}${words.length > TITLE_WORDS ? ' …' : ''}»`;
}

/**
 * Key → label for every reporter of these documents. Two unattributed documents whose labels
 * read the same (one headline, syndicated) get their file names, then their sources, beside it.
 */
export function reporterLabels(docs: readonly ReporterSource[]): Record<string, string> {
  const first = new Map<string, ReporterSource>();
  for (const d of docs) if (!first.has(reporterKey(d))) first.set(reporterKey(d), d);
  const labels = new Map([...first].map(([key, d]) => [key, reporterLabel(d)] as const));
  const widen = [(d: ReporterSource) => `${reporterLabel(d)} (${fileName(d.source)})`, (d: ReporterSource) => `${reporterLabel(d)} (${d.source})`];
  for (const wider of widen) {
    const count = new Map<string, number>();
    for (const l of labels.values()) count.set(l, (count.get(l) ?? 0) + 1);
    for (const [key, d] of first) if (!d.outlet && count.get(labels.get(key)!)! > 1) labels.set(key, wider(d));
  }
  return Object.fromEntries(labels);
}
