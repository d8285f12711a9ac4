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
  add(_doc: Doc): void {}

  /** Persist index state (entities, story features). */
  flush(): void {}

  rebuildStories(_ids: Set<string>): StoryRecord[] {
    return [];
  }
}
