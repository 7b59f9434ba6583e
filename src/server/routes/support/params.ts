// Validation at the edge: each route declares the query parameters it takes, and these parsers turn
// them into typed values or throw a 400 that names the parameter and says what would be right.
import type { Request } from 'express';
import { EVENT_TYPES, isEventType, type EventType } from '../../../types/index.js';
import { decodeCursor, type EventFilter, type PageRequest } from '../../../graph/queries/index.js';
import { badParam } from '../../middleware/http-error.js';
import { isUnsafeId } from '../../middleware/safe-ids.js';

/** Parameters of the shared event filter. */
export const FILTER_PARAMS = ['type', 'from', 'to', 'state', 'actor', 'article', 'minConfidence', 'includeContext', 'asOf'] as const;
/** Paging parameters. */
export const PAGE_PARAMS = ['limit', 'cursor'] as const;
/** Default and largest page size. */
export const LIMITS = Object.freeze({ default: 100, max: 1000 });

type Query = Request['query'];

/** Throws a 400 for any parameter not in `allowed` (a typo should not be silently ignored). */
export function onlyParams(query: Query, allowed: readonly string[]): void {
  for (const name of Object.keys(query)) {
    if (!allowed.includes(name)) throw badParam(name, `is not known here; known parameters: ${allowed.join(', ') || 'none'}.`);
  }
}

/** Every value given for `name`, comma lists split. */
function values(query: Query, name: string): string[] {
  const raw = query[name];
  if (raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.some((v) => typeof v !== 'string')) throw badParam(name, 'must be a plain value.');
  return (list as string[]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** The single value of `name`, or undefined. */
export function single(query: Query, name: string): string | undefined {
  const list = values(query, name);
  if (list.length > 1) throw badParam(name, 'must be given once.');
  return list[0];
}

/** A required single value. */
export function required(query: Query, name: string): string {
  const v = single(query, name);
  if (v === undefined) throw badParam(name, 'is required.');
  return v;
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD. */
export function dateParam(query: Query, name: string): string | undefined {
  const v = single(query, name);
  if (v !== undefined && !DATE.test(v)) throw badParam(name, `must be a date as YYYY-MM-DD (or YYYY-MM, YYYY), got "${v}".`);
  return v;
}

/** An ISO 8601 timestamp or date, normalized to ISO. */
export function timeParam(query: Query, name: string, req = false): string | undefined {
  const v = req ? required(query, name) : single(query, name);
  if (v === undefined) return undefined;
  const t = Date.parse(v);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(t)) throw badParam(name, `must be an ISO 8601 time such as 2024-05-01T12:00:00Z, got "${v}".`);
  return new Date(t).toISOString();
}

/** true/false/1/0. */
export function boolParam(query: Query, name: string): boolean | undefined {
  const v = single(query, name);
  if (v === undefined) return undefined;
  if (/^(true|1)$/i.test(v)) return true;
  if (/^(false|0)$/i.test(v)) return false;
  throw badParam(name, `must be true or false, got "${v}".`);
}

/** An integer within [min, max]. */
export function intParam(query: Query, name: string, min: number, max: number): number | undefined {
  const v = single(query, name);
  if (v === undefined) return undefined;
  if (!/^-?\d+$/.test(v) || Number(v) < min || Number(v) > max) throw badParam(name, `must be an integer from ${min} to ${max}, got "${v}".`);
  return Number(v);
}

/** An actor, article or other id: non-empty, at most 300 characters, no path tricks. */
export function checkId(value: string, name: string): string {
  if (!value || value.length > 300 || isUnsafeId(value)) throw badParam(name, 'must be an id without "..", slashes or control characters (at most 300 characters).');
  return value;
}

/** An ISO 3166-1 alpha-3 code, upper-cased. */
export function checkIso3(value: string, name: string): string {
  if (!/^[A-Za-z]{3}$/.test(value)) throw badParam(name, `must be an ISO 3166-1 alpha-3 code such as ARM, got "${value}".`);
  return value.toUpperCase();
}

/** The event types asked for. */
export function typesParam(query: Query): EventType[] | undefined {
  const list = values(query, 'type');
  for (const t of list) if (!isEventType(t)) throw badParam('type', `must be one or more of ${EVENT_TYPES.join(', ')}; got "${t}".`);
  return list.length ? (list as EventType[]) : undefined;
}

/** The shared event filter (asOf is returned apart: resolving it may need the store). */
export function filterParams(query: Query): { filter: EventFilter; asOf?: string } {
  const filter: EventFilter = {};
  const types = typesParam(query);
  if (types) filter.types = types;
  const from = dateParam(query, 'from');
  const to = dateParam(query, 'to');
  if (from && to && from > to) throw badParam('from', `must not be after "to" (${from} > ${to}).`);
  if (from) filter.from = from;
  if (to) filter.to = to;
  const state = single(query, 'state');
  if (state) filter.state = checkIso3(state, 'state');
  const actor = single(query, 'actor');
  if (actor) filter.actor = checkId(actor, 'actor');
  const article = single(query, 'article');
  if (article) filter.article = checkId(article, 'article');
  const minConfidence = single(query, 'minConfidence');
  if (minConfidence !== undefined) {
    const n = Number(minConfidence);
    if (!/^\d*\.?\d+$/.test(minConfidence) || n < 0 || n > 1) throw badParam('minConfidence', `must be a number from 0 to 1, got "${minConfidence}".`);
    filter.minConfidence = n;
  }
  const includeContext = boolParam(query, 'includeContext');
  if (includeContext) filter.includeContext = true;
  return { filter, asOf: dateParam(query, 'asOf') };
}

/** `limit` (1–1000, default 100) and `cursor`. */
export function pageParams(query: Query): PageRequest {
  const limit = intParam(query, 'limit', 1, LIMITS.max) ?? LIMITS.default;
  const cursor = single(query, 'cursor');
  if (cursor === undefined) return { limit };
  const after = decodeCursor(cursor);
  if (after === null) throw badParam('cursor', 'is not a cursor this API gave out; start again without it.');
  return { limit, after };
}
