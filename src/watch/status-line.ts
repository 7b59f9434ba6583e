// The lines `diplograph watch` and `serve` print while watching: one per poll, one per item read.
import type { SourceRecord } from '../store/index.js';
import type { ItemLine, PollReport } from './poll-source.js';

const clock = (iso: string) => iso.slice(11, 16);

/** "World (id 1): 3 listed, 2 ingested, 1 failed; next poll 12:15" */
export function pollLine(report: PollReport, name: string | null): string {
  const who = `${name ?? report.url} (id ${report.sourceId})`;
  const next = `next poll ${clock(report.nextPollAt)} UTC`;
  if (report.status === 'error') return `${who}: error: ${report.error}; ${next}`;
  const counts = new Map<string, number>();
  for (const i of report.items) counts.set(i.outcome, (counts.get(i.outcome) ?? 0) + 1);
  const parts = [...counts].map(([k, n]) => `${n} ${k}`);
  const head = report.status === 'not-modified' ? 'not modified' : `${report.listed} listed`;
  return `${who}: ${[head, ...(parts.length ? parts : ['nothing new'])].join(', ')}; ${next}`;
}

/** "  ingested https://… as wikinews-…" / "  failed https://…: HTTP 404" */
export function itemLine(_source: SourceRecord, line: ItemLine): string {
  if (line.outcome === 'ingested') return `  ingested ${line.link} as ${line.detail}`;
  if (line.outcome === 'duplicate') return `  duplicate ${line.link} (already stored as ${line.detail})`;
  return `  ${line.outcome === 'retry' ? 'will retry' : 'failed'} ${line.link}: ${line.detail}`;
}
