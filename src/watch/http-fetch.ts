// One HTTP GET with the limits a crawler needs: a timeout over the whole exchange (AbortController),
// redirects followed by hand up to a cap (a loop is named as one), and the body streamed up to a size
// cap and aborted past it. Failures are `FetchFailure`s with a reason a person can read.

/** Limits and extras of one request. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Extra request headers (If-None-Match, If-Modified-Since). */
  headers?: Record<string, string>;
  /** The fetch to use; the global one by default. */
  fetch?: typeof fetch;
  /** Aborts the request (a watcher stopping). */
  signal?: AbortSignal;
}

/** A finished exchange: the final URL after redirects, the status, headers and the whole body. */
export interface Fetched {
  url: string;
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

/** Why a request gave nothing usable; `transient` faults (timeouts, refused connections) are worth a retry. */
export class FetchFailure extends Error {
  constructor(message: string, readonly transient: boolean) {
    super(message);
    this.name = 'FetchFailure';
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** GETs `url`; bodies of non-2xx answers are not read. Throws FetchFailure, never anything else. */
export async function fetchLimited(url: string, limits: FetchLimits): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const stop = () => controller.abort();
  limits.signal?.addEventListener('abort', stop, { once: true });
  const doFetch = limits.fetch ?? fetch;
  const seen = new Set<string>();
  let current = url;
  try {
    for (let hops = 0; ; hops++) {
      seen.add(current);
      const res = await doFetch(current, {
        redirect: 'manual', signal: controller.signal,
        headers: { 'user-agent': limits.userAgent, accept: '*/*', ...limits.headers },
      });
      const location = res.headers.get('location');
      if (REDIRECTS.has(res.status) && location) {
        await res.body?.cancel().catch(() => {});
        const next = new URL(location, current).href;
        if (seen.has(next)) throw new FetchFailure(`redirect loop (${next} again after ${hops + 1} redirects)`, false);
        if (hops + 1 > limits.maxRedirects) throw new FetchFailure(`more than ${limits.maxRedirects} redirects`, false);
        if (!/^https?:$/.test(new URL(next).protocol)) throw new FetchFailure(`redirect to a non-HTTP address (${next})`, false);
        current = next;
        continue;
      }
      if (res.status < 200 || res.status > 299) {
        await res.body?.cancel().catch(() => {});
        return { url: current, status: res.status, headers: res.headers, bytes: new Uint8Array() };
      }
      return { url: current, status: res.status, headers: res.headers, bytes: await readCapped(res, limits.maxBytes, controller) };
    }
  } catch (err) {
    if (err instanceof FetchFailure) throw err;
    if (limits.signal?.aborted) throw new FetchFailure('stopped', true);
    if (controller.signal.aborted) throw new FetchFailure(`no complete answer within ${limits.timeoutMs / 1000} s`, true);
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchFailure(`cannot connect (${cause?.code ?? cause?.message ?? (err as Error).message})`, true);
  } finally {
    clearTimeout(timer);
    limits.signal?.removeEventListener('abort', stop);
  }
}

async function readCapped(res: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    controller.abort();
    throw new FetchFailure(`larger than ${maxBytes} bytes (Content-Length ${declared})`, false);
  }
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      controller.abort();
      throw new FetchFailure(`larger than ${maxBytes} bytes (stopped reading)`, false);
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.byteLength; }
  return out;
}
