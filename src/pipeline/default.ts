import { Pipeline, type Annotator } from './pipeline.js';
import { segmentAnnotator } from '../annotate/text/segment.js';
import { publishedAnnotator } from '../annotate/time/published.js';
import { timexAnnotator } from '../annotate/time/timex.js';

/**
 * The default per-document pipeline, in order. Each later layer (entities, dates, quotes,
 * events) adds its annotator here; the Pipeline constructor checks requires/assigns.
 */
export function defaultAnnotators(): Annotator[] {
  return [segmentAnnotator, publishedAnnotator, timexAnnotator];
}

export function defaultPipeline(): Pipeline {
  return new Pipeline(defaultAnnotators());
}
