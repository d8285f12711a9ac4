import type { Doc } from '../doc/doc.js';
import type { Store, StoryRecord } from '../store/store.js';

/**
 * The corpus stage: what needs more than one document. It links each new document's
 * entities to canonical identities across the store and assigns the document to a story;
 * `rebuildStories` recomputes the timeline and comparison of the stories a batch touched.
 * Index state is persisted in the store so a new process continues where the last stopped.
 */
export class Corpus {
  constructor(private readonly store: Store) {}

  /** Link entities and assign a story (sets doc.story). */
  async add(_doc: Doc): Promise<void> {}

  /** Persist index state (entities, story features). */
  async flush(): Promise<void> {}

  async rebuildStories(_ids: Set<string>): Promise<StoryRecord[]> {
    return [];
  }
}
