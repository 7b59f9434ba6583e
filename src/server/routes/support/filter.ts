// Turns a request's query into the event filter, resolving asOf through the store when it has
// article dates and through event dates otherwise.
import type { Request } from 'express';
import type { EventFilter } from '../../../graph/queries/index.js';
import type { AppContext } from './context.js';
import { filterParams } from './params.js';
import { articlesAsOf } from './store-reads.js';

/** The validated filter of `req`, with asOf resolved. */
export function requestFilter(req: Request, ctx: AppContext): EventFilter {
  const { filter, asOf } = filterParams(req.query);
  if (!asOf) return filter;
  const known = articlesAsOf(ctx, asOf);
  if (known) return { ...filter, articles: intersect(filter.articles, known) };
  // Without article dates, "as of" falls back to the events' own dates.
  return { ...filter, to: filter.to && filter.to < asOf ? filter.to : asOf };
}

function intersect(a: ReadonlySet<string> | undefined, b: Set<string>): Set<string> {
  return a ? new Set([...b].filter((x) => a.has(x))) : b;
}
