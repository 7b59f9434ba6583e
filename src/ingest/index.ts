// The ingest layer's public surface: reading inputs (files, folders, HTML pages), ingesting them into
// the store with actor resolution and event clustering, and keeping a running graph in step.
export { idFromFileName, idFromContent } from './article-id.js';
export { htmlArticle } from './html-article.js';
export { dropBoilerplate } from './boilerplate.js';
export { READERS, readerFor, validateArticleObject, type InputReader, type ReadOptions, type ReadResult } from './readers.js';
export { listInputFiles, readInputFile, isInputFile, type FileInput } from './read-inputs.js';
export { ingestArticle, type IngestOptions, type IngestOutcome } from './ingest-article.js';
export { prepareArticle, type PreparedArticle, type Extractor } from './prepare-article.js';
export { commitArticle } from './commit-article.js';
export { ingestPaths, StorageStopped, type IngestPathsOptions, type IngestProgress, type IngestSummary } from './ingest-paths.js';
export { loadMergeRules, parseMergeRules, DEFAULT_MERGES_PATH, NO_RULES, type MergeRules } from './merge-rules.js';
export { applyMergeRules, reresolve } from './reresolve.js';
export { resolveActors, type ActorLookup } from './resolve-actors.js';
export { clusterEvents, eventKey, datesAgree } from './cluster-events.js';
export { graphFromStore, addToGraph, refreshGraph } from './graph-sync.js';
export { followStore, type FollowOptions } from './follow-store.js';
export { addArticles } from './add-articles.js';
export { GraphChanges, type ArticlesAdded } from './graph-changes.js';
