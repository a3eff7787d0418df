/**
 * The import report: a plain-text table, one block per row of the timeline (row numbers
 * as the spreadsheet shows them; for JSON the slide's index and unique_id), saying what
 * it became, how each part was mapped, and what the editor must still do. Rows that were
 * not imported say which column is wrong and why.
 */
import type { RowProblem } from "./dates.ts";

export interface RowReport {
  /** "row 5", "events[3] (unique_id "x")", "title", "eras[0]". */
  label: string;
  /** "imported as <id> (published)", "title slide → site title and description", "era <id>", "not imported". */
  outcome: string;
  imported: boolean;
  mapped: string[];
  todo: string[];
  problems: RowProblem[];
}

export interface ReportSummary {
  file: string;
  format: string;
  /** Lines about the whole import: what was written where, site title changes, file-level notes. */
  lines: string[];
  /** Notes about the file (unknown columns, ignored sheets, top-level fields). */
  notes: string[];
  rows: RowReport[];
  /** What the editor must do for every imported event (said once, not per row). */
  always: string[];
  dryRun?: boolean;
}

const WIDTH = 24;

export function formatReport(summary: ReportSummary): string {
  const out: string[] = [];
  const imported = summary.rows.filter((r) => r.imported && r.outcome.startsWith("imported")).length;
  const failed = summary.rows.filter((r) => !r.imported);
  out.push(`${summary.dryRun ? "Dry run (nothing written): " : ""}import of ${summary.file} (${summary.format})`);
  out.push(`${imported} ${imported === 1 ? "event" : "events"} imported, ${failed.length} ${failed.length === 1 ? "row" : "rows"} not imported`);
  out.push(...summary.lines.map((l) => `  ${l}`));
  if (summary.notes.length) {
    out.push("", "The file:");
    out.push(...summary.notes.map((n) => `  - ${n}`));
  }
  if (summary.always.length) {
    out.push("", "For every imported event:");
    out.push(...summary.always.map((n) => `  - ${n}`));
  }
  out.push("", `${"ROW".padEnd(WIDTH)}RESULT / MAPPED / TO DO`, "-".repeat(WIDTH + 56));
  for (const row of summary.rows) {
    out.push(`${cell(row.label)}${row.outcome}`);
    for (const p of row.problems) out.push(`${" ".repeat(WIDTH)}problem: ${p.column}: ${p.message}`);
    for (const m of row.mapped) out.push(`${" ".repeat(WIDTH)}mapped:  ${m}`);
    for (const t of row.todo) out.push(`${" ".repeat(WIDTH)}to do:   ${t}`);
  }
  if (failed.length) {
    out.push("", `Not imported (${failed.length}): fix ${failed.length === 1 ? "this row" : "these rows"} in the timeline and import again, or add ${failed.length === 1 ? "it" : "them"} by hand:`);
    for (const row of failed) out.push(`  ${row.label}: ${row.problems.map((p) => `${p.column}: ${p.message}`).join("; ")}`);
  }
  return `${out.join("\n")}\n`;
}

function cell(label: string): string {
  return label.length < WIDTH - 1 ? label.padEnd(WIDTH) : `${label}\n${" ".repeat(WIDTH)}`;
}

/** A cell value for a report line: one line, at most 60 characters. */
export function short(value: string): string {
  const flat = value.replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
