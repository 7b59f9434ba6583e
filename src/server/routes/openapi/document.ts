// The OpenAPI 3.1 document of the HTTP API, built from the same constants the routes validate with
// (event types, limits, export formats), so the document cannot drift from them.
import { EVENT_TYPES, ENTITY_KINDS, FACT_DICTIONARIES, FACT_SOURCES } from '../../../types/index.js';
import { EXPORT_FORMATS } from '../../../export/index.js';
import { LIMITS } from '../support/params.js';

type Obj = Record<string, unknown>;

const q = (name: string, description: string, schema: Obj, required = false): Obj => ({ name, in: 'query', required, description, schema });
const p = (name: string, description: string, schema: Obj = { type: 'string' }): Obj => ({ name, in: 'path', required: true, description, schema });
const ref = (name: string): Obj => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Obj, description = 'OK'): Obj => ({ description, content: { 'application/json': { schema } } });
const err = (description: string): Obj => ({ description, content: { 'application/json': { schema: ref('Error') } } });

const DATE = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', examples: ['2024-03-01'] };
const FILTERS: Record<string, Obj> = {
  type: q('type', 'Event types to keep; repeat or comma-separate.', { type: 'array', items: { enum: [...EVENT_TYPES] } }),
  from: q('from', 'Earliest event date (inclusive); undated events are left out when set.', DATE),
  to: q('to', 'Latest event date (inclusive); undated events are left out when set.', DATE),
  state: q('state', 'ISO 3166-1 alpha-3: events with an actor acting for this state.', { type: 'string', pattern: '^[A-Za-z]{3}$' }),
  actor: q('actor', 'Events with this actor at either end.', { type: 'string' }),
  article: q('article', 'Events from this article.', { type: 'string' }),
  minConfidence: q('minConfidence', 'Lowest rule confidence kept, 0–1.', { type: 'number', minimum: 0, maximum: 1 }),
  includeContext: q('includeContext', 'Also keep negated, hypothetical and future events (left out by default).', { type: 'boolean', default: false }),
  asOf: q('asOf', 'Only what was known by this date: events of articles published by then (store), else events dated by then.', DATE),
};
const PAGE = [
  q('limit', 'Page size.', { type: 'integer', minimum: 1, maximum: LIMITS.max, default: LIMITS.default }),
  q('cursor', 'The nextCursor of the previous page.', { type: 'string' }),
];
const filters = (...skip: string[]) => Object.entries(FILTERS).filter(([k]) => !skip.includes(k)).map(([, v]) => v);
const VIEW = q('view', 'actors (default) or states (actors rolled up to their state).', { enum: ['actors', 'states'], default: 'actors' });
const list = (item: Obj): Obj => ({
  type: 'object', required: ['total', 'truncated', 'nextCursor', 'items'],
  properties: { total: { type: 'integer' }, truncated: { type: 'boolean' }, nextCursor: { type: ['string', 'null'] }, items: { type: 'array', items: item } },
});
const BAD = err('A parameter is wrong; the message names it.');
const NOT_FOUND = err('Unknown id.');

const WRITE_RESPONSES: Obj = {
  200: json({ type: 'object' }), 201: json({ type: 'object' }, 'Created'), 400: BAD,
  401: err('DIPLOGRAPH_TOKEN is set and the request lacks "Authorization: Bearer <token>".'),
  403: err('Writes are off: HOST is not loopback and no DIPLOGRAPH_TOKEN is set.'),
  413: err('Body larger than DIPLOGRAPH_MAX_BODY.'),
  429: err('Too many writes; see the Retry-After header.'),
};

const get = (summary: string, description: string, parameters: Obj[], ok: Obj, extra: Obj = {}): Obj => ({
  get: { summary, description, parameters, responses: { 200: ok, 400: BAD, ...extra } },
});

/** The OpenAPI 3.1 document. */
export const OPENAPI_DOCUMENT = Object.freeze({
  openapi: '3.1.0',
  info: {
    title: 'diplograph HTTP API',
    version: '0.1.0',
    description: 'A knowledge graph of diplomatic events extracted from news articles. Every event carries its evidence: the sentence, its offsets and the article. Negated, hypothetical and future events are left out unless includeContext=true. Lists are paged with limit and cursor and say total and truncated. Errors are {"error":{"code","message"}}.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'DIPLOGRAPH_TOKEN for writes; DIPLOGRAPH_READ_TOKEN (or the write token) for reads when set.' } },
    schemas: {
      Error: { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
      SerializedGraph: { type: 'object', description: 'graphology serialized graph (Graph.from reads it).', properties: { attributes: { type: 'object' }, options: { type: 'object' }, nodes: { type: 'array' }, edges: { type: 'array' } } },
      Event: {
        type: 'object',
        properties: {
          id: { type: 'string' }, type: { enum: [...EVENT_TYPES] }, source: { type: 'string' }, sourceLabel: { type: 'string' },
          target: { type: 'string' }, targetLabel: { type: 'string' }, date: { type: ['string', 'null'] }, location: { type: ['string', 'null'] },
          confidence: { type: 'number' }, context: { type: ['string', 'null'] }, rule: { type: 'string' },
          cameo: { type: ['string', 'null'] }, plover: { type: ['string', 'null'] }, quadClass: { type: ['string', 'null'] },
          evidence: { type: 'object', properties: { sentence: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, article: { type: 'object', properties: { id: { type: 'string' }, title: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, date: { type: ['string', 'null'] } } } } },
        },
      },
      Actor: {
        type: 'object',
        properties: {
          id: { type: 'string' }, label: { type: 'string' }, kind: { enum: [...ENTITY_KINDS] }, state: { type: ['string', 'null'] }, role: { type: ['string', 'null'] },
          aliases: { type: 'array', items: { type: 'string' } }, articles: { type: 'array', items: { type: 'string' } },
          eventCounts: { type: 'object' }, outgoing: { type: 'object' }, incoming: { type: 'object' }, eventTotal: { type: 'integer' }, counterparts: { type: 'integer' },
          names: { type: ['array', 'null'], description: 'Name forms with the articles that used them (from the store; null without one).' },
          roles: { type: ['array', 'null'] },
          provenance: { ...ref('Provenance'), description: 'Where `state` and `role` came from; absent for a state, and for facts stored before provenance was kept.' },
        },
      },
      Fact: {
        type: 'object',
        required: ['source'],
        properties: {
          source: { enum: [...FACT_SOURCES], description: 'text: the article\'s own words (title, adjective, apposition); dictionary: the dated PETRARCH2 dictionary or the hand list; context: the article around the actor (dateline, home state); merge: a correction in data/lexicon/merges joined the mentions that say it.' },
          dictionary: { enum: [...FACT_DICTIONARIES], description: 'petrarch2 (actors-phoenix.json, bodies-phoenix.json), people (people.json) or organizations (organizations.json).' },
          from: { type: ['string', 'null'], description: 'First day of the dictionary\'s dated role (YYYY-MM-DD); null: open.' },
          to: { type: ['string', 'null'], description: 'Last day of the role; null: open (still in office when the dictionary was made).' },
          office: { type: 'string', description: 'The dictionary\'s own name for the office ("Foreign Minister").' },
        },
      },
      Provenance: { type: 'object', properties: { state: ref('Fact'), role: ref('Fact') } },
      Dyad: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' }, total: { type: 'integer' }, counts: { type: 'object' }, aToB: { type: 'object' }, bToA: { type: 'object' }, first: { type: ['string', 'null'] }, last: { type: ['string', 'null'] }, timeline: { type: 'array', items: { type: 'object', properties: { month: { type: 'string' }, total: { type: 'integer' }, counts: { type: 'object' } } } } } },
    },
  },
  paths: {
    '/api/health': get('Liveness', 'Always {"status":"ok"}; open even when reads need a token.', [], json({ type: 'object', properties: { status: { const: 'ok' } } })),
    '/api/graph': get('The graph', 'graphology serialized JSON, filtered; view=states rolls actors up to states (one edge per from, to and type, with count, first and last). Has an ETag; If-None-Match gives 304.', [...filters(), VIEW], json(ref('SerializedGraph'))),
    '/api/search': get('Find actors', 'By label, alias or any name form the store saw; case- and accent-insensitive; ranked exact, prefix, word prefix, substring.', [q('q', 'Text to find.', { type: 'string', maxLength: 200 }, true), q('kind', 'Actor kind.', { enum: [...ENTITY_KINDS] }), q('state', 'ISO3 of the state the actor acts for.', { type: 'string' }), ...PAGE], json(list({ type: 'object' }))),
    '/api/events': get('Events with evidence', 'Oldest first, undated last. updatedSince keeps events of articles ingested since then (needs the store; 501 without one).', [...filters(), ...PAGE, q('updatedSince', 'ISO 8601 time.', { type: 'string', format: 'date-time' })], json(list(ref('Event'))), { 501: err('updatedSince without a store.') }),
    '/api/events/stream': get('Live graph changes', 'Server-Sent Events (text/event-stream): an `articles` event, data {ids, events, at}, each time articles enter the graph (POST /api/articles or a watched source); a comment every 25 s keeps it open.', [], { description: 'An open event stream.', content: { 'text/event-stream': { schema: { type: 'string' } } } }),
    '/api/sources': get('Watched sources', 'The feeds and sitemaps polled by `diplograph watch` and `serve`: status (new, ok, failing), last ok, last error with its reason, next poll, and counts of links seen, ingested, duplicate, failed and waiting for a retry (501 without a store).', [], json({ type: 'object', properties: { total: { type: 'integer' }, items: { type: 'array', items: { type: 'object', properties: { id: { type: 'integer' }, url: { type: 'string' }, name: { type: ['string', 'null'] }, kind: { type: ['string', 'null'] }, every: { type: 'string' }, status: { enum: ['new', 'ok', 'failing'] }, lastOkAt: { type: ['string', 'null'] }, lastError: { type: ['string', 'null'] }, nextPollAt: { type: 'string' }, items: { type: 'object' } } } } } }), { 501: err('No store behind this server.') }),
    '/api/events/{id}': get('One event', 'With every report of it when the store is present.', [p('id', 'Event (edge) key.')], json(ref('Event')), { 404: NOT_FOUND }),
    '/api/deleted': get('Deleted articles', 'Articles deleted since a time, from the store\'s deletion log (501 when the server runs without a store).', [q('since', 'ISO 8601 time.', { type: 'string', format: 'date-time' }, true)], json(list({ type: 'object' })), { 501: err('No store behind this server.') }),
    '/api/actors/{id}': get('One actor', 'Attributes (state and role with their provenance: source, dictionary dates and office), event counts by type (both ways, out, in) and, with a store, its name forms and the articles that used them.', [p('id', 'Actor id, e.g. person:nikol-pashinyan.'), ...filters('actor')], json(ref('Actor')), { 404: NOT_FOUND }),
    '/api/actors/{id}/meetings': get('Who an actor met', 'Each counterpart with its meetings: date, place, sentence, article.', [p('id', 'Actor id.'), ...filters('actor', 'type')], json({ type: 'object' }), { 404: NOT_FOUND }),
    '/api/actors/{id}/neighbors': get('Ego network', 'Actors within depth kept events, as graphology serialized JSON.', [p('id', 'Actor id.'), q('depth', 'Steps out.', { type: 'integer', minimum: 1, maximum: 3, default: 1 }), ...filters('actor')], json(ref('SerializedGraph')), { 404: NOT_FOUND }),
    '/api/relations': get('Events between two actors', 'Both directions, with evidence.', [q('a', 'Actor id.', { type: 'string' }, true), q('b', 'Actor id.', { type: 'string' }, true), ...filters('actor'), ...PAGE], json(list(ref('Event'))), { 404: NOT_FOUND }),
    '/api/path': get('Shortest chain of events', 'Between two actors, ignoring direction; each step lists its first events by date (eventsPerStep, default 20) with its total and whether it was cut (the rest: /api/relations for the pair). from/to name the actors, so dates are fromDate/toDate. 404 no_path when nothing links them.', [q('from', 'Actor id.', { type: 'string' }, true), q('to', 'Actor id.', { type: 'string' }, true), q('fromDate', 'Earliest event date.', DATE), q('toDate', 'Latest event date.', DATE), q('eventsPerStep', 'Events shown per step, oldest first.', { type: 'integer', minimum: 1, maximum: 1000, default: 20 }), ...filters('from', 'to', 'actor')], json({ type: 'object' }), { 404: NOT_FOUND }),
    '/api/states/{iso}/relations': get('A state\'s relations', 'Persons, organizations and groups rolled up to the state they act for; per counterpart state: counts per type, first/last date, monthly timeline. Actors with no state are left out.', [p('iso', 'ISO3.'), ...filters('state')], json({ type: 'object', properties: { counterparts: { type: 'array', items: ref('Dyad') } } }), { 404: NOT_FOUND }),
    '/api/dyads/{isoA}/{isoB}': get('Two states', 'The rolled-up relation and one page of its events.', [p('isoA', 'ISO3.'), p('isoB', 'ISO3.'), ...filters('state'), ...PAGE], json(ref('Dyad')), { 404: NOT_FOUND }),
    '/api/stats': get('Totals', 'Actors by kind, events by type, context events, articles, date range, top actors; the store\'s row counts when present.', filters(), json({ type: 'object' })),
    '/api/export': get('Export a file', 'json (graphology), gexf (Gephi, event dates as time), graphml, csv (zip of nodes.csv and edges.csv). Has an ETag.', [q('format', 'File format.', { enum: [...EXPORT_FORMATS] }, true), VIEW, ...filters()], { description: 'The file, as an attachment.' }),
    '/api/articles': {
      get: {
        summary: 'Stored articles', description: 'In ingestion order, paged by offset (from the store); answers nextOffset.',
        parameters: [PAGE[0]!, q('offset', 'Items to skip.', { type: 'integer', minimum: 0, default: 0 })],
        responses: { 200: json({ type: 'object' }), 400: BAD, 501: err('The server runs without a store.') },
      },
      post: {
        summary: 'Add an article', description: 'Extracts, stores and adds it to the live graph at once. JSON {title?, date?, url?, source?, text}; text/plain or text/html (with title, date, url, source as query parameters); application/x-ndjson for many. A write route: see security.',
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { type: 'object', required: ['text'], properties: { id: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' }, url: { type: 'string' }, source: { type: 'string' }, text: { type: 'string' } } } },
            'text/plain': { schema: { type: 'string' } }, 'text/html': { schema: { type: 'string' } }, 'application/x-ndjson': { schema: { type: 'string' } },
          },
        },
        responses: WRITE_RESPONSES,
      },
    },
    '/api/articles/{id}': {
      get: { summary: 'One stored article', parameters: [p('id', 'Article id.')], responses: { 200: json({ type: 'object' }), 404: NOT_FOUND } },
      delete: { summary: 'Delete an article', description: 'Removes it, its events and actors no other article mentions.', security: [{ bearer: [] }], parameters: [p('id', 'Article id.')], responses: { ...WRITE_RESPONSES, 404: NOT_FOUND } },
    },
    '/api/openapi.json': get('This document', '', [], json({ type: 'object' })),
    '/api/docs': get('This document as a readable page', 'HTML rendered by a same-origin script; no CDN.', [], { description: 'HTML page.' }),
  },
});
