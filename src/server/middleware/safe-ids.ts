// Rejects path segments that try to leave their route: "../", encoded slashes or control characters.
import type { RequestHandler } from 'express';
import { HttpError } from './http-error.js';

/** True when an id holds a control character, a path traversal or a slash or backslash. */
export function isUnsafeId(id: string): boolean {
  return /[\u0000-\u001f\u007f]/.test(id) || /(^|[/\\])\.\.([/\\]|$)/.test(id) || /[/\\]/.test(id);
}

/** 400 when the raw URL path holds "..", encoded dots or slashes, or control characters. */
export function safeIds(): RequestHandler {
  return (req, _res, next) => {
    const raw = req.originalUrl.split('?')[0]!;
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return next(new HttpError(400, 'bad_path', 'The request path is not valid percent-encoding.'));
    }
    const segments = decoded.split('/');
    const bad = segments.some((s) => s === '..' || s === '.' || /[\u0000-\u001f\u007f\\]/.test(s))
      || /%2f|%5c/i.test(raw);
    next(bad ? new HttpError(400, 'bad_path', 'The request path holds "..", a slash inside an id or a control character.') : undefined);
  };
}
