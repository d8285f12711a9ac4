import { performance } from 'node:perf_hooks';
import type { Doc } from '../doc/doc.js';
import type { LayerName } from '../doc/types.js';
import { RasdError } from '../errors.js';

/**
 * An annotator: one per file, a function from a document to its annotations.
 * `run` reads the layers in `requires` and sets the layers in `assigns`.
 */
export interface Annotator {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: Doc): void;
}

/** Per-annotator wall time, summed over the documents a pipeline has processed. */
export type Timings = Record<string, { ms: number; docs: number }>;

export class Pipeline {
  readonly annotators: readonly Annotator[];
  readonly timings: Timings = {};
  private timing = false;

  /** Checks, when built, that every required layer is assigned by an earlier annotator. */
  constructor(annotators: readonly Annotator[], options: { given?: readonly LayerName[] } = {}) {
    const available = new Set<LayerName>(options.given ?? []);
    for (const a of annotators) {
      for (const r of a.requires) {
        if (!available.has(r)) {
          throw new RasdError(
            'E_PIPELINE_REQUIRES',
            `annotator "${a.name}" requires layer "${r}", which no earlier annotator assigns; ` +
              `put an annotator assigning "${r}" before it (available: ${[...available].join(', ') || 'none'})`,
          );
        }
      }
      for (const s of a.assigns) available.add(s);
    }
    this.annotators = annotators;
  }

  /** Record per-annotator timings (used by the benchmark). */
  withTimings(on = true): this {
    this.timing = on;
    return this;
  }

  /** Forget the timings recorded so far (e.g. those of a warm-up document). */
  resetTimings(): void {
    for (const name of Object.keys(this.timings)) delete this.timings[name];
  }

  run(doc: Doc): Doc {
    for (const a of this.annotators) {
      const t0 = this.timing ? performance.now() : 0;
      try {
        a.run(doc);
      } catch (err) {
        // One annotator failing on odd content must not lose the document: record and go on.
        doc.message('error', 'E_ANNOTATOR_FAILED', `${a.name}: ${(err as Error).message}`, undefined, a.name);
        for (const layer of a.assigns) if (!doc.has(layer)) doc.set(layer, []);
      }
      if (this.timing) {
        const t = (this.timings[a.name] ??= { ms: 0, docs: 0 });
        t.ms += performance.now() - t0;
        t.docs += 1;
      }
    }
    return doc;
  }
}
