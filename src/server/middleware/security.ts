// Security headers (helmet) with a Content-Security-Policy the viewer passes: no inline script,
// WebGL canvases and the ForceAtlas2 web worker (blob: workers), images from data: and blob: URLs.
import helmet from 'helmet';
import type { RequestHandler } from 'express';

/** The CSP directives, exported so tests and docs show the same policy. */
export const CSP_DIRECTIVES = Object.freeze({
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  imgSrc: ["'self'", 'data:', 'blob:'],
  styleSrc: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
});

/** helmet with our CSP. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...CSP_DIRECTIVES } },
    crossOriginEmbedderPolicy: false,
  });
}
