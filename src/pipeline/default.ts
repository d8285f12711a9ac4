import { Pipeline, type Annotator } from './pipeline.js';
import { segmentAnnotator } from '../annotate/text/segment.js';
import { publishedAnnotator } from '../annotate/time/published.js';
import { timexAnnotator } from '../annotate/time/timex.js';
import { nisbasAnnotator } from '../annotate/entities/nisbas.js';
import { entitiesAnnotator } from '../annotate/entities/entities.js';
import { rolesAnnotator } from '../annotate/entities/roles.js';
import { quotesAnnotator } from '../annotate/quotes/quotes.js';
import { eventsAnnotator } from '../annotate/events/events.js';

/**
 * The default per-document pipeline, in order. Each later layer (entities, dates, quotes,
 * events) adds its annotator here; the Pipeline constructor checks requires/assigns.
 */
export function defaultAnnotators(): Annotator[] {
  // events reads entities, roles, nisbas and dates when present: keep it last.
  return [segmentAnnotator, publishedAnnotator, timexAnnotator, nisbasAnnotator, entitiesAnnotator, rolesAnnotator, quotesAnnotator, eventsAnnotator];
}

export function defaultPipeline(): Pipeline {
  return new Pipeline(defaultAnnotators());
}
