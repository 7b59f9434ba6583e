// Server configuration: read once from the environment, typed, validated and frozen.
// Defaults live in one object; `validateConfig` returns a message or null and `loadConfig` (the
// boundary) throws it, so a bad environment stops the start with a message naming the variable.

/** The server's settings after parsing. */
export interface ServerConfig {
  host: string;
  port: number;
  /** Path of the SQLite database file. */
  dbPath: string;
  /** Bearer token that write routes require, or null. */
  token: string | null;
  /** Bearer token that read routes require, or null (reads are open). */
  readToken: string | null;
  /** Origins allowed by CORS; empty means CORS is off. */
  corsOrigins: readonly string[];
  /** Largest request body in bytes. */
  maxBodyBytes: number;
  /** Write requests allowed per client per minute. */
  writeRateLimit: number;
  /** Milliseconds before a request is answered 503. */
  requestTimeoutMs: number;
  /** Bytes of read answers kept until the graph changes (0: none kept). */
  cacheBytes: number;
  /** True when HOST is not loopback and no token is set: write routes answer 403. */
  writesDisabled: boolean;
  /** Why writes are off, for main.ts to print, or null. */
  writesDisabledReason: string | null;
}

/** Every default in one place. */
export const CONFIG_DEFAULTS = Object.freeze({
  host: '127.0.0.1',
  port: 3000,
  dbPath: 'data/diplograph.db',
  token: null,
  readToken: null,
  corsOrigins: [] as readonly string[],
  maxBodyBytes: 2 * 1024 * 1024,
  writeRateLimit: 60,
  requestTimeoutMs: 30_000,
  cacheBytes: 64 * 1024 * 1024,
});

/** The environment variables read, for messages and docs. */
export const CONFIG_ENV = {
  host: 'HOST', port: 'PORT', dbPath: 'DIPLOGRAPH_DB', token: 'DIPLOGRAPH_TOKEN',
  readToken: 'DIPLOGRAPH_READ_TOKEN', corsOrigins: 'DIPLOGRAPH_CORS_ORIGINS', maxBodyBytes: 'DIPLOGRAPH_MAX_BODY',
  writeRateLimit: 'DIPLOGRAPH_WRITE_RATE_LIMIT', requestTimeoutMs: 'DIPLOGRAPH_REQUEST_TIMEOUT_MS',
  cacheBytes: 'DIPLOGRAPH_CACHE',
} as const;

/** Settings a caller may give instead of the environment (tests, the CLI). */
export type ConfigOptions = Partial<Omit<ServerConfig, 'writesDisabled' | 'writesDisabledReason'>>;

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '[::1]']);

/** Is `host` reachable only from this machine? */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3 };

/** Parses "2mb", "512kb" or "1048576" into bytes; NaN when it cannot. */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  return m && unit ? Math.floor(Number(m[1]) * unit) : NaN;
}

/** Returns what is wrong with `c`, or null. */
export function validateConfig(c: ConfigOptions): string | null {
  if (c.host !== undefined && !/^[\w.:[\]-]+$/.test(c.host)) return `HOST "${c.host}" is not a host name or address.`;
  if (c.port !== undefined && (!Number.isInteger(c.port) || c.port < 0 || c.port > 65535)) {
    return `PORT must be an integer from 0 to 65535, got "${c.port}".`;
  }
  if (c.dbPath !== undefined && c.dbPath.trim() === '') return 'DIPLOGRAPH_DB must not be empty.';
  for (const [key, name] of [['token', 'DIPLOGRAPH_TOKEN'], ['readToken', 'DIPLOGRAPH_READ_TOKEN']] as const) {
    const t = c[key];
    if (t != null && t.length < 8) return `${name} must be at least 8 characters long.`;
  }
  for (const o of c.corsOrigins ?? []) {
    if (!/^https?:\/\/[^/\s]+$/.test(o)) return `DIPLOGRAPH_CORS_ORIGINS: "${o}" is not an origin like https://example.org (no path, no slash).`;
  }
  if (c.maxBodyBytes !== undefined && !(Number.isFinite(c.maxBodyBytes) && c.maxBodyBytes > 0)) {
    return 'DIPLOGRAPH_MAX_BODY must be a size such as 2mb, 512kb or a number of bytes.';
  }
  if (c.writeRateLimit !== undefined && !(Number.isInteger(c.writeRateLimit) && c.writeRateLimit > 0)) {
    return 'DIPLOGRAPH_WRITE_RATE_LIMIT must be a positive integer (requests per minute).';
  }
  if (c.requestTimeoutMs !== undefined && !(Number.isInteger(c.requestTimeoutMs) && c.requestTimeoutMs > 0)) {
    return 'DIPLOGRAPH_REQUEST_TIMEOUT_MS must be a positive integer (milliseconds).';
  }
  if (c.cacheBytes !== undefined && !(Number.isFinite(c.cacheBytes) && c.cacheBytes >= 0)) {
    return 'DIPLOGRAPH_CACHE must be a size such as 64mb, 512kb, a number of bytes, or 0 to keep no answers.';
  }
  return null;
}

/** Merges `options` over the defaults, validates, derives the write policy and freezes. Throws on bad input. */
export function createConfig(options: ConfigOptions = {}): Readonly<ServerConfig> {
  const problem = validateConfig(options);
  if (problem) throw new Error(`Invalid configuration: ${problem}`);
  const merged = { ...CONFIG_DEFAULTS, ...stripUndefined(options) };
  const writesDisabled = !isLoopback(merged.host) && !merged.token;
  return Object.freeze({
    ...merged,
    corsOrigins: Object.freeze([...merged.corsOrigins]),
    writesDisabled,
    writesDisabledReason: writesDisabled
      ? `Write routes are off: HOST is ${merged.host} (not loopback) and DIPLOGRAPH_TOKEN is not set. Set DIPLOGRAPH_TOKEN to enable them.`
      : null,
  });
}

/** Reads the configuration from `env` (process.env by default). Throws with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<ServerConfig> {
  const text = (name: string) => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const int = (name: string) => {
    const v = text(name);
    return v === undefined ? undefined : /^-?\d+$/.test(v) ? Number(v) : NaN;
  };
  const body = text(CONFIG_ENV.maxBodyBytes);
  const cors = text(CONFIG_ENV.corsOrigins);
  const cache = text(CONFIG_ENV.cacheBytes);
  return createConfig({
    host: text(CONFIG_ENV.host),
    port: int(CONFIG_ENV.port),
    dbPath: text(CONFIG_ENV.dbPath),
    token: text(CONFIG_ENV.token),
    readToken: text(CONFIG_ENV.readToken),
    corsOrigins: cors === undefined ? undefined : cors.split(',').map((s) => s.trim()).filter(Boolean),
    maxBodyBytes: body === undefined ? undefined : parseSize(body),
    writeRateLimit: int(CONFIG_ENV.writeRateLimit),
    requestTimeoutMs: int(CONFIG_ENV.requestTimeoutMs),
    cacheBytes: cache === undefined ? undefined : parseSize(cache),
  });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
