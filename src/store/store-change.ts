// What one process tells the others sharing its database after a commit: an article added or deleted,
// or everything replayed (a changed merges file). Servers apply it to their in-memory graph.

/** One committed change of the store, as other processes see it. */
export type StoreChange =
  | { kind: 'added'; id: string }
  | { kind: 'deleted'; id: string }
  /** Every article was replayed (re-resolution): rebuild from the store. */
  | { kind: 'reset' }
  /** Changes may have been missed (the feed's connection dropped): rebuild from the store. */
  | { kind: 'resync' };

/** Stops listening. */
export type Unsubscribe = () => Promise<void>;
