// The readable output of `diplograph extract` without --json: per article its actors and its events
// as "source —type→ target", with the sentence; --explain adds the rule id and trigger words.
import type { ExtractedArticle } from '../types/index.js';

/** A plain-text summary of one extracted article. */
export function articleSummary(a: ExtractedArticle, explain = false): string {
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  const lines = [`${a.id}${a.title ? ` — ${a.title}` : ''}${a.date ? ` (${a.date})` : ''}`];
  lines.push(`  ${a.entities.length} actors, ${a.events.length} events`);
  for (const e of a.entities) {
    lines.push(`  · ${e.name} [${e.kind}${e.state ? `, ${e.state}` : ''}${e.role ? `, ${e.role}` : ''}]`);
  }
  for (const ev of a.events) {
    const src = name.get(ev.source) ?? ev.source;
    const tgt = ev.target ? ` → ${name.get(ev.target) ?? ev.target}` : '';
    const ctx = ev.context ? ` (${ev.context})` : '';
    lines.push(`  ${ev.type}${ctx}: ${src}${tgt}${ev.date ? `, ${ev.date}` : ''}${ev.location ? `, in ${ev.location}` : ''}`);
    lines.push(`      "${ev.sentence.replace(/\s+/g, ' ').trim()}"`);
    if (explain) lines.push(`      rule: ${ev.rule}  trigger: "${ev.trigger}"`);
  }
  return lines.join('\n');
}
