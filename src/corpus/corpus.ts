import type { Doc } from '../doc/doc.js';
import { docFromRecord } from '../doc/from-record.js';
import type { Store, StoryRecord } from '../store/store.js';
import { EntityIndex } from './entities.js';
import { StoryIndex, storyFeatures, type StoryFeatures } from './stories.js';
import { buildStory, storyRecord } from './story.js';
import { corroborateQuotes, relinkQuoteSpeakers } from './quotes.js';
import { entityIdSnapshot, remapEventIds } from './events.js';
import { adoptPublishedFromRelated } from '../time/reanchor.js';
import { eventsAnnotator } from '../annotate/events/events.js';
import { segmentAnnotator } from '../annotate/text/segment.js';
import { documentRecord } from '../output/jsonl.js';

/**
 * The corpus stage: what needs more than one document. For each new document it links the
 * entities to canonical identities across the store (EntityIndex), refreshes quote speakers
 * to those identities, and assigns the document to a story (StoryIndex, online clustering).
 * `rebuildStories` recomputes the timeline, comparison and corroborated quotes of the stories
 * a batch touched. Index state lives in the store: entity records in the entities table, each
 * document's story features in its record, so a new process continues where the last stopped.
 */
export class Corpus {
  private entities: EntityIndex | null = null;
  private stories: StoryIndex | null = null;
  private dirtyEntities = false;

  constructor(private readonly store: Store) {}

  private async load(): Promise<{ entities: EntityIndex; stories: StoryIndex }> {
    if (!this.entities || !this.stories) {
      this.entities = EntityIndex.fromRecords(await this.store.listEntities({ limit: 10_000_000 }));
      const features: StoryFeatures[] = [];
      for await (const rec of this.store.allDocuments()) {
        const f = rec.storyFeatures as StoryFeatures | undefined;
        if (f) features.push(f);
      }
      this.stories = StoryIndex.fromFeatures(features);
    }
    return { entities: this.entities, stories: this.stories };
  }

  /** Link entities, relink quote speakers and assign a story (sets doc.story). */
  async add(doc: Doc): Promise<StoryFeatures> {
    const { entities, stories } = await this.load();
    const before = entityIdSnapshot(doc);
    entities.link(doc);
    // Events were attributed with the document's own entity ids: carry them over to the canonical ones.
    remapEventIds(doc, before);
    relinkQuoteSpeakers(doc);
    this.dirtyEntities = true;
    const features = storyFeatures(doc);
    const assignment = stories.assignFeatures(features);
    doc.story = assignment.story;
    if (assignment.duplicateOf) doc.message('info', 'I_DUPLICATE', `near-duplicate of ${assignment.duplicateOf}`, undefined, 'corpus');
    return features;
  }

  /** Persist entity records. */
  async flush(): Promise<void> {
    if (this.entities && this.dirtyEntities) {
      await this.store.saveEntities(this.entities.records());
      this.dirtyEntities = false;
    }
  }

  /**
   * An article that gives no date of its own takes the date its weekday references agree with
   * among the other articles of its story (certainty "inferred", with the evidence); its
   * relative dates and events are then resolved again and the stored record updated.
   */
  private async dateFromStory(id: string, docs: Doc[], features: Map<Doc, unknown>): Promise<void> {
    const known = [...new Set(docs.map((d) => d.meta.published).filter((x): x is string => !!x))];
    if (known.length === 0) return;
    for (const doc of docs) {
      if (doc.meta.published || !doc.id) continue;
      if (!adoptPublishedFromRelated(doc, known, `story ${id}`)) continue;
      eventsAnnotator.run(doc);
      const record = documentRecord(doc);
      record.storyFeatures = features.get(doc);
      await this.store.updateDocument(doc.id, record);
    }
  }

  async rebuildStories(ids: Set<string>): Promise<StoryRecord[]> {
    const out: StoryRecord[] = [];
    for (const id of ids) {
      try {
        out.push(await this.rebuildStory(id));
      } catch (err) {
        // A story that cannot be rebuilt keeps its previous record; its documents are safe.
        process.stderr.write(`rasd: could not rebuild story ${id}: ${(err as Error).message}\n`);
      }
    }
    return out;
  }

  private async rebuildStory(id: string): Promise<StoryRecord> {
    const docs: Doc[] = [];
    const features = new Map<Doc, unknown>();
    for (const s of await this.store.listDocuments({ story: id, limit: 100_000 })) {
      const rec = await this.store.getDocument(s.id);
      if (!rec) continue;
      const doc = docFromRecord(rec);
      segmentAnnotator.run(doc); // tokens are not stored; the comparison reads them
      features.set(doc, rec.storyFeatures);
      docs.push(doc);
    }
    await this.dateFromStory(id, docs, features);
    const record = { ...storyRecord(buildStory(id, docs)), quotes: corroborateQuotes(docs) };
    await this.store.saveStory(record);
    return record;
  }
}
