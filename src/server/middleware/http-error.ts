// Typed HTTP errors: routes and middleware throw these, the error handler maps them to a status
// and `{ "error": { "code", "message" } }`. Anything else becomes a 500 with no details.

/** An error that knows its HTTP status and a stable machine-readable code. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers (Retry-After, WWW-Authenticate …). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** 400: a request parameter is wrong; the message names it. */
export const badParam = (param: string, problem: string): HttpError =>
  new HttpError(400, 'bad_parameter', `Parameter "${param}" ${problem}`);

/** 404: the named thing does not exist. */
export const notFound = (what: string): HttpError => new HttpError(404, 'not_found', `${what} was not found.`);

/** 501: the feature needs data this deployment does not have. */
export const notAvailable = (what: string): HttpError => new HttpError(501, 'not_available', `${what} is not yet available.`);
