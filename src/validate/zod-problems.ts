/** Turns zod issues into editor-facing problems with a file, line and field. */
import type { z } from "zod";
import { problemAt, type JsonFile } from "./json-file.ts";
import type { Problem } from "./problem.ts";

/** `prefix`: where the parsed value sits in the file, when only part of it was parsed. */
export function zodProblems(json: JsonFile, error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })).flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) =>
        problemAt(json, [...issue.path, key], `unknown field "${key}"; remove it or check its spelling`),
      );
    }
    return [problemAt(json, issue.path, describe(issue, json))];
  });
}

function describe(issue: z.core.$ZodIssue, json: JsonFile): string {
  const value = valueAt(json.value, issue.path);
  if (issue.code === "invalid_type" && value === undefined) return `is required (expected ${issue.expected})`;
  if (issue.code === "invalid_type" && issue.expected === "boolean") return `must be true or false${value === "true" || value === "false" ? ", without quotes" : ""} (found ${found(value)})`;
  if (issue.code === "invalid_type") return `must be ${article(issue.expected)} (found ${found(value)})`;
  if (issue.code === "invalid_value") return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")} (found ${found(value)})`;
  const shown = typeof value === "string" && value.length <= 60 ? `${JSON.stringify(value)} ` : "";
  return `${shown}${issue.message}`.trim();
}

/** The value as JSON, cut short: a whole object or list found where a word was expected would fill the screen. */
function found(value: unknown): string {
  const text = [...(JSON.stringify(value) ?? String(value))];
  return text.length > 60 ? `${text.slice(0, 59).join("")}…` : text.join("");
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
