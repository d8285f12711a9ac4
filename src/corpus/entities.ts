import type { EntityRecord as StoredEntityRecord } from '../store/store.js';
import type { Doc } from '../doc/doc.js';
import type { EntityMention, EntityType } from '../doc/types.js';
import { normalize } from '../text/normalize.js';
import { nameLexicon } from '../ner/gazetteer.js';
import { editDistance, nameSlug, skeleton } from '../ner/identity.js';

/**
 * Canonical entity identities across the whole store.
 *
 * `link(doc)` rewrites the document's entity ids (and resolvable role ids) to stable canonical
 * ids. Knowledge-base entities keep their KB id (nato, russia, jens-stoltenberg). Other names
 * (document-local ids from the annotator) are matched, in order:
 *  1. by an exact alias of the same type already in the index;
 *  2. people: by consonant skeleton (identity.ts), which must agree on the first name and be
 *     within one edit on the surname; a bare surname must match exactly one known person and
 *     the document must share at least one other entity with that person's documents;
 *  3. other types: same skeleton and a shared co-occurring entity.
 * Otherwise a new entity is created. Nothing merges on looks alone.
 */
export interface EntityRecord extends StoredEntityRecord {
  type: EntityType;
  /** Title keys seen in apposition with this entity (persisted so roles resolve after a restore). */
  titles?: string[];
}

interface Entry {
  rec: EntityRecord;
  aliasKeys: Set<string>;
  /** Word skeletons of multi-word aliases ([first, last]) and of single-word aliases. */
  skeletons: string[][];
  /** Ids of entities mentioned in the same documents. */
  cooccurring: Set<string>;
  /** True when the display name came from the KB or a pattern (kept), not from the longest alias. */
  canonical?: boolean;
}

/** Skeleton edit distance allowed between two spellings of a surname. */
const SURNAME_DISTANCE = 1;
/** Bare surnames shorter than this (in skeleton letters) never link across documents. */
const MIN_SURNAME_SKELETON = 4;

export class EntityIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly byAlias = new Map<string, string>();
  /** Entries by every one-deletion variant of their last skeleton word (edit distance ≤ 1 ⇒ a shared key). */
  private readonly byLastKey = new Map<string, Set<Entry>>();
  /** Entries by their reduced skeleton. */
  private readonly bySkeleton = new Map<string, Set<Entry>>();
  /** Title key (head|portfolio|organisation or country) → person id, learned from appositions. */
  private readonly titles = new Map<string, string>();

  link(doc: Doc): void {
    const mentions = doc.layer('entities');
    const docKey = doc.id ?? doc.meta.source;
    const groups = new Map<string, EntityMention[]>();
    for (const m of mentions) {
      const list = groups.get(m.id) ?? [];
      list.push(m);
      groups.set(m.id, list);
    }
    const docIds = new Set<string>();
    for (const id of groups.keys()) if (!id.startsWith('local:')) docIds.add(id);
    const mapping = new Map<string, string>();
    // Longest names first, so a full name is resolved before anything else in the document.
    const locals = [...groups.entries()].filter(([id]) => id.startsWith('local:')).sort((a, b) => longest(b[1]).length - longest(a[1]).length);
    for (const [localId, ms] of locals) {
      const id = this.resolve(ms, docIds) ?? this.newId(longest(ms), ms[0].type);
      mapping.set(localId, id);
      docIds.add(id);
    }
    for (const [oldId, ms] of groups) {
      const id = mapping.get(oldId) ?? oldId;
      const entry = this.entry(id, ms);
      for (const m of ms) this.addAlias(entry, m.text);
      // Outside the KB and patterns, the display name is the longest alias (a full name over a surname).
      if (!entry.canonical) for (const a of entry.rec.aliases) if (a.length > entry.rec.name.length) entry.rec.name = a;
      for (const m of ms) {
        m.id = id;
        m.name = entry.rec.name;
      }
      const r = entry.rec;
      r.mentions += ms.length;
      if (!r.documents.includes(docKey)) r.documents.push(docKey);
      if (doc.meta.outlet && !r.outlets.includes(doc.meta.outlet)) r.outlets.push(doc.meta.outlet);
      const date = doc.meta.published;
      if (date) {
        if (!r.firstSeen || date < r.firstSeen) r.firstSeen = date;
        if (!r.lastSeen || date > r.lastSeen) r.lastSeen = date;
      }
      for (const other of docIds) if (other !== id) entry.cooccurring.add(other);
    }
    this.linkRoles(doc, mapping);
  }

  records(): EntityRecord[] {
    return [...this.entries.values()].map((e) => ({ ...e.rec, aliases: [...e.rec.aliases], documents: [...e.rec.documents], outlets: [...e.rec.outlets], ...(e.rec.titles ? { titles: [...e.rec.titles] } : {}) }));
  }

  get(id: string): EntityRecord | null {
    const e = this.entries.get(id);
    return e ? { ...e.rec } : null;
  }

  /** Restores an index from stored records (the store's type is a plain string; unknown types read as MISC). */
  static fromRecords(records: readonly StoredEntityRecord[]): EntityIndex {
    const index = new EntityIndex();
    for (const r of records) {
      const type: EntityType = r.type === 'PER' || r.type === 'ORG' || r.type === 'LOC' ? r.type : 'MISC';
      // A name that is none of the aliases came from the KB or a pattern: keep it.
      const canonical = nameLexicon().entries.has(r.id) || !r.aliases.includes(r.name);
      const titles = Array.isArray(r.titles) ? (r.titles as string[]) : [];
      const entry: Entry = { rec: { ...r, type, aliases: [], documents: [...r.documents], outlets: [...r.outlets], ...(titles.length ? { titles: [...titles] } : {}) }, aliasKeys: new Set(), skeletons: [], cooccurring: new Set(), canonical };
      index.entries.set(r.id, entry);
      for (const a of r.aliases) index.addAlias(entry, a);
      for (const t of titles) index.titles.set(t, r.id);
    }
    // Co-occurrence is rebuilt from shared documents.
    const byDoc = new Map<string, string[]>();
    for (const r of records) {
      for (const d of r.documents) {
        const ids = byDoc.get(d);
        if (ids) ids.push(r.id);
        else byDoc.set(d, [r.id]);
      }
    }
    for (const ids of byDoc.values()) for (const a of ids) for (const b of ids) if (a !== b) index.entries.get(a)!.cooccurring.add(b);
    return index;
  }

  private entry(id: string, ms: readonly EntityMention[]): Entry {
    let e = this.entries.get(id);
    if (!e) {
      const kb = nameLexicon().entries.get(id);
      // KB and pattern mentions (ministries) carry their canonical name.
      const given = ms.find((m) => m.source === 'kb' || m.source === 'pattern');
      const name = kb?.name ?? given?.name ?? longest(ms);
      e = { rec: { id, name, type: kb?.type ?? ms[0].type, aliases: [], mentions: 0, firstSeen: null, lastSeen: null, documents: [], outlets: [] }, aliasKeys: new Set(), skeletons: [], cooccurring: new Set(), canonical: Boolean(kb ?? given) };
      this.entries.set(id, e);
    }
    return e;
  }

  private addAlias(e: Entry, text: string): void {
    const key = aliasKey(e.rec.type, text);
    if (e.aliasKeys.has(key)) return;
    e.aliasKeys.add(key);
    e.rec.aliases.push(text);
    if (!this.byAlias.has(key)) this.byAlias.set(key, e.rec.id);
    const words = skeleton(text).split(' ').filter(Boolean);
    if (words.length) {
      const reduced = reduce(words);
      e.skeletons.push(reduced);
      // Blocking indexes, so resolving a new name looks at a handful of entries, not all of them.
      for (const k of deletionKeys(reduced[reduced.length - 1])) addTo(this.byLastKey, k, e);
      addTo(this.bySkeleton, reduced.join(' '), e);
    }
  }

  private resolve(ms: readonly EntityMention[], docIds: ReadonlySet<string>): string | null {
    const type = ms[0].type;
    for (const m of ms) {
      const id = this.byAlias.get(aliasKey(type, m.text));
      if (id) return id;
    }
    const full = skeleton(longest(ms)).split(' ').filter(Boolean);
    if (full.length === 0) return null;
    const shares = (e: Entry) => [...docIds].some((d) => e.cooccurring.has(d));
    const candidates: Entry[] = [];
    for (const e of this.blockFor(type, full)) {
      if (e.rec.type !== type) continue;
      if (type === 'PER') {
        if (full.length >= 2) {
          const [first, last] = [full[0], full[full.length - 1]];
          const sameFirst = (f: string) => f === first || (Math.max(f.length, first.length) >= 3 && editDistance(f, first) <= 1);
          if (last.length >= 3 && e.skeletons.some((s) => s.length === 2 && sameFirst(s[0]) && editDistance(s[1], last) <= SURNAME_DISTANCE)) candidates.push(e);
          // An entity known so far only by this surname, seen with the same company.
          else if (last.length >= MIN_SURNAME_SKELETON && e.skeletons.every((s) => s.length === 1) && e.skeletons.some((s) => s[0] === last) && shares(e)) candidates.push(e);
        } else if (full[0].length >= MIN_SURNAME_SKELETON && e.skeletons.some((s) => s[s.length - 1] === full[0]) && shares(e)) candidates.push(e);
      } else if (e.skeletons.some((s) => s.join(' ') === reducedKey(full)) && full.join('').length >= 4 && shares(e)) candidates.push(e);
    }
    return candidates.length === 1 ? candidates[0].rec.id : null;
  }

  /** The only entries that can pass resolve's tests: same last-name skeleton within one edit (PER), or the same skeleton. */
  private blockFor(type: EntityType, full: readonly string[]): ReadonlySet<Entry> {
    if (type !== 'PER') return this.bySkeleton.get(reducedKey(full)) ?? EMPTY;
    const last = full[full.length - 1];
    if (full.length === 1) return this.byLastKey.get(last) ?? EMPTY;
    const out = new Set<Entry>();
    for (const k of deletionKeys(last)) for (const e of this.byLastKey.get(k) ?? EMPTY) out.add(e);
    return out;
  }

  private newId(name: string, type: EntityType): string {
    const base = nameSlug(name) || type.toLowerCase();
    let id = base;
    for (let k = 2; this.entries.has(id) || nameLexicon().entries.has(id); k++) id = `${base}-${k}`;
    return id;
  }

  /** Roles: appositions teach title → person; bare titles take the person when known here or earlier in the store. */
  private linkRoles(doc: Doc, mapping: ReadonlyMap<string, string>): void {
    if (!doc.has('roles')) return;
    const roles = doc.get('roles');
    for (const r of roles) if (r.id && mapping.has(r.id)) r.id = mapping.get(r.id)!;
    for (const r of roles) {
      if (!r.apposition || !r.key || !r.id) continue;
      this.titles.set(r.key, r.id);
      const rec = this.entries.get(r.id)?.rec;
      if (rec && !(rec.titles ??= []).includes(r.key)) rec.titles.push(r.key);
    }
    for (const r of roles) {
      if (r.id || !r.key) continue;
      const id = this.titles.get(r.key);
      if (id) {
        r.id = id;
        r.name = this.entries.get(id)?.rec.name ?? nameLexicon().entries.get(id)?.name ?? null;
      }
    }
    for (const r of roles) if (r.id && !r.name) r.name = this.entries.get(r.id)?.rec.name ?? null;
  }
}

const EMPTY: ReadonlySet<Entry> = new Set();

/** A name's skeleton words reduced to first and last, the form aliases are stored and compared in. */
function reduce(words: readonly string[]): string[] {
  return words.length === 1 ? [...words] : [words[0], words[words.length - 1]];
}

function reducedKey(words: readonly string[]): string {
  return reduce(words).join(' ');
}

function addTo(map: Map<string, Set<Entry>>, key: string, e: Entry): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(e);
}

/** The word and each of its one-character deletions: two words within one edit share one of these. */
function deletionKeys(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

function aliasKey(type: string, text: string): string {
  return type + '|' + normalize(text).replace(/["'«»\-–]/g, ' ').replace(/\s+/g, ' ').trim();
}

function longest(ms: readonly EntityMention[]): string {
  let best = ms[0].text;
  for (const m of ms) if (m.text.length > best.length) best = m.text;
  return best;
}
