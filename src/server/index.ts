export { createApp, defaultWebRoot, highlightSegments, DEFAULT_MAX_BODY_BYTES, type AppOptions } from './app.js';
export { serve, DEFAULT_DB, DEFAULT_HOST, DEFAULT_PORT, type RunningServer, type ServeOptions } from './serve.js';
export { isAnalyzer, type Analyzer, type AnalyzeInput } from './analyzer.js';
export { ApiError, MESSAGES, type ApiErrorBody, type ApiErrorCode } from './errors.js';
export { openApiDocument } from './openapi.js';
