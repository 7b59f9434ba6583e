// Request timeout: a request not answered within `ms` gets 503 JSON and its work is abandoned.
import type { RequestHandler } from 'express';

/** Answers 503 when a handler takes longer than `ms`. */
export function requestTimeout(ms: number): RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.status(503).set('Retry-After', '5').json({
        error: { code: 'timeout', message: `The request took longer than ${ms} ms and was abandoned.` },
      });
    }, ms);
    timer.unref();
    const clear = () => clearTimeout(timer);
    res.on('finish', clear);
    res.on('close', clear);
    req.on('aborted', clear);
    next();
  };
}
