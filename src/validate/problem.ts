/** A problem in the data files, located precisely enough for an editor to fix it. */
export interface Problem {
  /** Path relative to the project root, e.g. _data/events/2020-03.json */
  file: string;
  /** 1-based line and column, when the problem has a place in the file. */
  line?: number;
  column?: number;
  /** JSON path of the field, e.g. events[3].date.start */
  field?: string;
  message: string;
}

/** file:line:column and the field, e.g. "events/2020-03.json:12:9 events[3].date.start". */
export function problemLocation(p: Problem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(":");
  return `${where}${p.field ? ` ${p.field}` : ""}`;
}

export function formatProblem(p: Problem): string {
  return `${problemLocation(p)}: ${p.message}`;
}

/** Thrown at build start when the data files are not valid; lists every problem. */
export class DatasetValidationError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(
      `The timeline data has ${count}; fix ${problems.length === 1 ? "it" : "them"} and build again:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
    this.name = "DatasetValidationError";
    // The message lists every problem; a stack trace would only bury it (Eleventy reads this flag).
    Object.assign(this, { skipOriginalStack: true });
  }
}

/** Formats a JSON path like ["events", 3, "date", "start"] as events[3].date.start */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}
