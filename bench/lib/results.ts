/**
 * One line of the results table. A target is a goal printed next to the result, never an
 * assertion: `met` is `null` when a row has no target (a reference or context number).
 */
export interface ResultRow {
  section: string;
  measure: string;
  result: string;
  target?: string;
  met?: boolean | null;
}

/** What a benchmark section hands back: its table rows and its raw numbers for bench-results.json. */
export interface SectionResult {
  rows: ResultRow[];
  data: unknown;
}

export function row(section: string, measure: string, result: string, target?: string, met?: boolean | null): ResultRow {
  return { section, measure, result, ...(target === undefined ? {} : { target }), met: met ?? null };
}

const status = (met: boolean | null | undefined) => (met === true ? 'met' : met === false ? 'NOT MET' : '');

/** A plain-text table, one column per field, widths fitted to the content. */
export function formatTable(rows: readonly ResultRow[]): string {
  const header = ['Section', 'Measure', 'Result', 'Target', 'Status'];
  const cells = rows.map((r) => [r.section, r.measure, r.result, r.target ?? '', status(r.met)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...cells.map(line)].join('\n');
}

/** The same rows as a Markdown table, for docs/benchmarks.md. */
export function formatMarkdown(rows: readonly ResultRow[]): string {
  const escape = (v: string) => v.replace(/\|/g, '\\|');
  const lines = ['| Section | Measure | Result | Target | Status |', '|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(`| ${[r.section, r.measure, r.result, r.target ?? '', status(r.met)].map(escape).join(' | ')} |`);
  }
  return lines.join('\n');
}
