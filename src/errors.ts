/**
 * One catalogue of error codes for misuse and unrecoverable input problems.
 * Content problems inside an article are diagnostics on the Doc instead.
 */
export const ERROR_CODES = {
  E_LAYER_MISSING: 'an annotation layer was read before any annotator set it',
  E_PIPELINE_REQUIRES: 'an annotator requires a layer that no earlier annotator assigns',
  E_INPUT_NOT_FOUND: 'an input path does not exist',
  E_INPUT_BINARY: 'an input file is binary, not text',
  E_INPUT_EMPTY: 'an input file is empty or has no article text',
  E_INPUT_TOO_LARGE: 'an input file is larger than the configured limit',
  E_INPUT_PARSE: 'an input file could not be parsed (JSON, HTML)',
  E_INPUT_FETCH: 'a URL could not be fetched',
  E_MODEL_CORRUPT: 'a model file is missing, truncated or of the wrong version',
  E_STORE: 'the store could not be opened or written',
  E_USAGE: 'the command was called with wrong arguments',
  E_NOT_FOUND: 'the requested item does not exist',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class RasdError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RasdError';
    this.code = code;
  }
}
