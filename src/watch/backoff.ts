// When a failing source is polled again, and what a Retry-After header asks for.
// The wait doubles with each failure in a row, from twice the source's interval, up to a cap.

/** Milliseconds to wait after the `failures`-th failure in a row of a source polled every `everyMs`. */
export function backoffMs(failures: number, everyMs: number, capMs: number): number {
  if (failures <= 0) return everyMs;
  return Math.min(capMs, everyMs * 2 ** Math.min(failures, 30));
}

/** A Retry-After value ("120" or an HTTP date) in milliseconds from `now`, or null when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now: number): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}
