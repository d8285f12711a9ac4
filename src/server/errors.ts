import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { RasdError, type ErrorCode } from '../errors.js';

/**
 * The API's one error shape, `{error: {code, message}}`, produced only by `onError` below:
 * routes throw `ApiError` (or let a `RasdError` escape) and never build error bodies themselves.
 */

export type ApiErrorCode =
  | 'E_INVALID_JSON'
  | 'E_INVALID_INPUT'
  | 'E_NOT_FOUND'
  | 'E_ROUTE_NOT_FOUND'
  | 'E_BODY_TOO_LARGE'
  | 'E_UNSUPPORTED_MEDIA_TYPE'
  | 'E_INTERNAL'
  | ErrorCode;

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; details?: unknown };
}

/** Messages as named constants so tests and clients can rely on them. */
export const MESSAGES = {
  invalidJson: 'the request body is not valid JSON',
  bodyTooLarge: (limit: number) => `the request body is larger than the limit of ${limit} bytes`,
  routeNotFound: (method: string, path: string) => `no route for ${method} ${path}; see GET /api/openapi.json`,
  notFound: (kind: string, id: string) => `no ${kind} with id "${id}"`,
  unsupportedMediaType: 'send the body as application/json',
  internal: 'internal server error',
} as const;

export class ApiError extends HTTPException {
  readonly code: ApiErrorCode;
  readonly details?: unknown;
  constructor(status: ContentfulStatusCode, code: ApiErrorCode, message: string, details?: unknown) {
    super(status, { message });
    this.code = code;
    this.details = details;
  }
}

export function notFound(kind: string, id: string): ApiError {
  return new ApiError(404, 'E_NOT_FOUND', MESSAGES.notFound(kind, id));
}

/** HTTP status for a RasdError escaping the core: input problems are the client's, the rest is ours. */
function statusForRasdError(code: ErrorCode): ContentfulStatusCode {
  if (code === 'E_NOT_FOUND') return 404;
  if (code === 'E_INPUT_TOO_LARGE') return 413;
  if (code.startsWith('E_INPUT_') || code === 'E_USAGE') return 400;
  return 500;
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: ApiErrorCode, message: string, details?: unknown): Response {
  const body: ApiErrorBody = { error: { code, message, ...(details !== undefined ? { details } : {}) } };
  return c.json(body, status);
}

/** The central error handler (app.onError). */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return errorResponse(c, err.status as ContentfulStatusCode, err.code, err.message, err.details);
  if (err instanceof RasdError) {
    const status = statusForRasdError(err.code);
    if (status === 500) console.error(err);
    return errorResponse(c, status, err.code, err.message);
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const code: ApiErrorCode = status === 413 ? 'E_BODY_TOO_LARGE' : status === 404 ? 'E_NOT_FOUND' : status < 500 ? 'E_INVALID_INPUT' : 'E_INTERNAL';
    return errorResponse(c, status, code, err.message || MESSAGES.internal);
  }
  console.error(err);
  return errorResponse(c, 500, 'E_INTERNAL', MESSAGES.internal);
}
