// Tests for the server configuration: defaults, parsing from the environment, validation messages
// that name the variable, and the write policy derived from HOST and DIPLOGRAPH_TOKEN.
import { describe, expect, it } from 'vitest';
import { CONFIG_DEFAULTS, createConfig, isLoopback, loadConfig, parseSize, validateConfig } from '../../src/server/config.js';

describe('loadConfig', () => {
  it('uses the defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3000, dbPath: 'data/diplograph.db', token: null, readToken: null, corsOrigins: [], maxBodyBytes: 2 * 1024 * 1024, cacheBytes: 64 * 1024 * 1024, writesDisabled: false });
  });

  it('reads every variable', () => {
    const c = loadConfig({
      HOST: '0.0.0.0', PORT: '8080', DIPLOGRAPH_DB: '/tmp/x.db', DIPLOGRAPH_TOKEN: 'abcdefgh1', DIPLOGRAPH_READ_TOKEN: 'readread1',
      DIPLOGRAPH_CORS_ORIGINS: 'https://a.example, http://localhost:5173', DIPLOGRAPH_MAX_BODY: '512kb',
      DIPLOGRAPH_CACHE: '16mb',
    });
    expect(c).toMatchObject({ host: '0.0.0.0', port: 8080, dbPath: '/tmp/x.db', token: 'abcdefgh1', readToken: 'readread1', maxBodyBytes: 512 * 1024, cacheBytes: 16 * 1024 * 1024, writesDisabled: false });
    expect(loadConfig({ DIPLOGRAPH_CACHE: '0' }).cacheBytes).toBe(0);
    expect(c.corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
  });

  it('is frozen', () => {
    const c = loadConfig({});
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.corsOrigins)).toBe(true);
    expect(Object.isFrozen(CONFIG_DEFAULTS)).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DIPLOGRAPH_MAX_BODY: 'huge' }, 'DIPLOGRAPH_MAX_BODY'],
    [{ DIPLOGRAPH_CACHE: 'lots' }, 'DIPLOGRAPH_CACHE'],
    [{ DIPLOGRAPH_TOKEN: 'short' }, 'DIPLOGRAPH_TOKEN'],
    [{ DIPLOGRAPH_CORS_ORIGINS: 'https://a.example/path' }, 'DIPLOGRAPH_CORS_ORIGINS'],
    [{ HOST: 'bad host' }, 'HOST'],
  ])('throws naming the variable for %j', (env, name) => {
    expect(() => loadConfig(env)).toThrow(name);
  });
});

describe('the write policy', () => {
  it('turns writes off when HOST is not loopback and there is no token, and says why', () => {
    const c = createConfig({ host: '0.0.0.0' });
    expect(c.writesDisabled).toBe(true);
    expect(c.writesDisabledReason).toContain('DIPLOGRAPH_TOKEN');
  });

  it('keeps writes on when a token is set', () => {
    expect(createConfig({ host: '0.0.0.0', token: 'abcdefgh1' }).writesDisabled).toBe(false);
  });

  it.each(['127.0.0.1', '127.1.2.3', '::1', 'localhost'])('treats %s as loopback', (h) => {
    expect(isLoopback(h)).toBe(true);
  });

  it.each(['0.0.0.0', '192.168.1.2', 'example.org'])('treats %s as exposed', (h) => {
    expect(isLoopback(h)).toBe(false);
  });
});

describe('validateConfig', () => {
  it('returns null for good settings', () => {
    expect(validateConfig({ port: 0, maxBodyBytes: 1 })).toBeNull();
  });
});

describe('parseSize', () => {
  it.each([['2mb', 2097152], ['512kb', 524288], ['1000', 1000], ['1.5k', 1536]])('reads %s as %d bytes', (s, n) => {
    expect(parseSize(s)).toBe(n);
  });
  it('gives NaN for text it cannot read', () => {
    expect(parseSize('lots')).toBeNaN();
  });
});
