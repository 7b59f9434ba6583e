// Row shapes of the SQLite tables and their mapping to the store's records.
// Kept apart so every query file maps rows the same way.
import type { EntityKind, EventContext, EventType, Provenance, QuadClass } from '../../types/index.js';
import type { ArticleRecord, ResolvedEntity, ResolvedReport } from '../records.js';

/** A row of `articles`. */
export interface ArticleRow {
  seq: number; id: string; url: string | null; title: string | null; source: string | null;
  published: string | null; text: string; content_hash: string; ingested_at: string;
}
/** A row of `mentions`. */
export interface MentionRow {
  article_id: string; entity_id: string; actor_id: string; kind: string; name: string;
  state: string | null; role: string | null; aliases: string;
  /** JSON of the entity's Provenance, or null (stored before migration 4, or none). */
  provenance: string | null;
  /** 1 when a merges correction joined the mention to its actor. */
  via_merge: number;
}
/** A row of `event_reports`. */
export interface ReportRow {
  article_id: string; local_id: string; ord: number; event_id: string; type: string; source: string;
  target: string | null; date: string | null; location: string | null; sentence: string; start: number;
  end: number; confidence: number; context: string | null; rule: string; trigger: string; cameo: string;
  plover: string; quad_class: string; responds_to: string | null;
}

/** The article record of a row. */
export function toArticle(r: ArticleRow): ArticleRecord {
  return {
    id: r.id, url: r.url, title: r.title, source: r.source, date: r.published, text: r.text,
    contentHash: r.content_hash, ingestedAt: r.ingested_at,
  };
}

/** The resolved entity of a mention row (ids as the article had them). */
export function toEntity(r: MentionRow): ResolvedEntity {
  const e: ResolvedEntity = {
    id: r.entity_id, kind: r.kind as EntityKind, name: r.name, state: r.state, role: r.role,
    aliases: JSON.parse(r.aliases) as string[], actorId: r.actor_id,
  };
  if (r.provenance) e.provenance = JSON.parse(r.provenance) as Provenance;
  return e;
}

/** The resolved report of a row (ids as the article had them). */
export function toReport(r: ReportRow): ResolvedReport {
  const out: ResolvedReport = {
    id: r.local_id, type: r.type as EventType, source: r.source, target: r.target, date: r.date, location: r.location,
    sentence: r.sentence, start: r.start, end: r.end, confidence: r.confidence, rule: r.rule, trigger: r.trigger,
    cameo: r.cameo, plover: r.plover, quadClass: r.quad_class as QuadClass, eventId: r.event_id,
  };
  if (r.context) out.context = r.context as EventContext;
  if (r.responds_to) out.respondsTo = r.responds_to;
  return out;
}
