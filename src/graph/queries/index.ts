// Pure reads on the diplomatic graph: the public surface the server, the CLI and exports use.
// No HTTP and no store here; lookups into the store come in as plain functions.
export * from './filters.js';
export * from './paging.js';
export * from './evidence.js';
export * from './events.js';
export { eventOrder, type OrderedEvents } from './event-order.js';
export * from './actor.js';
export * from './meetings.js';
export * from './search.js';
export * from './subgraph.js';
export * from './neighbors.js';
export * from './path.js';
export * from './states.js';
export * from './stats.js';
