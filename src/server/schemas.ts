import { z } from 'zod';

/** Validated request input for every route. Dates are calendar days (YYYY-MM-DD). */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const shortText = z.string().trim().min(1).max(200);

export const storyListQuery = z.object({
  from: isoDay.optional(),
  to: isoDay.optional(),
  outlet: shortText.optional(),
  entity: shortText.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const documentListQuery = z.object({
  story: shortText.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const searchQuery = z.object({
  q: z.string().trim().min(1, 'the query "q" is empty').max(500),
  from: isoDay.optional(),
  to: isoDay.optional(),
  outlet: shortText.optional(),
  entity: shortText.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

export const idParam = z.string().min(1).max(200);

export const analyzeBody = z
  .object({
    text: z.string().min(1).optional(),
    html: z.string().min(1).optional(),
    title: z.string().max(1000).optional(),
    outlet: z.string().max(200).optional(),
    published: isoDay.optional(),
    source: z.string().max(1000).optional(),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.html === undefined), { message: 'give exactly one of "text" or "html"' });

export type AnalyzeBody = z.infer<typeof analyzeBody>;

/** One readable line per zod issue: `field: problem`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
