// Plain-text tables for the terminal: a title, a header row and right-aligned cells.

/** Formats a number for a table: 3 significant digits, thousands kept whole; null as "—". */
export function num(x, digits = 3) {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  if (typeof x !== 'number') return String(x);
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en-US');
  return Number(x.toPrecision(digits)).toString();
}

/** The lines of a table with `title`, `head` (column names) and `rows` (arrays of cells). */
export function table(title, head, rows) {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'string' ? c : num(c))));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const fmt = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [``, `## ${title}`, fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(fmt)].join('\n');
}
