/** The shared HTTP client: fetch with timeouts, retries and readable errors. */
export { basicAuthorization, basicCredentials } from './basic-auth.js';
export {
  type GetJsonOptions,
  HttpClient,
  type HttpClientOptions,
  HttpResponse,
  type JsonAnswer,
  type RequestBody,
  type RequestOptions,
  statusError,
} from './client.js';
export {
  attemptsText,
  displayUrl,
  HttpError,
  type HttpErrorDetails,
  type HttpErrorKind,
  isHttpError,
  secondsText,
} from './error.js';
export { backoffDelay, isIdempotent, isRetryableStatus, parseRetryAfter } from './retry.js';
