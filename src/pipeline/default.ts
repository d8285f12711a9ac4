import { Pipeline, type Annotator } from './pipeline.js';
import { segmentAnnotator } from '../annotate/text/segment.js';
import { nisbasAnnotator } from '../annotate/entities/nisbas.js';
import { entitiesAnnotator } from '../annotate/entities/entities.js';
import { rolesAnnotator } from '../annotate/entities/roles.js';
import { quotesAnnotator } from '../annotate/quotes/quotes.js';

/**
 * The default per-document pipeline, in order. Each later layer (entities, dates, quotes,
 * events) adds its annotator here; the Pipeline constructor checks requires/assigns.
 */
export function defaultAnnotators(): Annotator[] {
  return [segmentAnnotator, nisbasAnnotator, entitiesAnnotator, rolesAnnotator, quotesAnnotator];
}

export function defaultPipeline(): Pipeline {
  return new Pipeline(defaultAnnotators());
}
