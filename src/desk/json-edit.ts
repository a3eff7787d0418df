/**
 * Minimal edits to a JSON data file: only the values that differ are rewritten, in the
 * file's own indentation, so formatting, key order and every untouched line stay as they were
 * (a git diff shows what the editor changed and nothing else). New keys go where the
 * value being written puts them, not at the end.
 */
import { applyEdits, modify, type FormattingOptions, type JSONPath } from "jsonc-parser";

/** The indentation the file already uses (two spaces when it cannot tell). */
export function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)["{[]/.exec(text)?.[1] ?? "  ";
  return indent.startsWith("\t") ? { insertSpaces: false, tabSize: 1, eol: "\n" } : { insertSpaces: true, tabSize: indent.length, eol: "\n" };
}

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameJson(a[k], b[k]));
  }
  return false;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `text` with the value at `path` (currently `before`) changed to `after`, by the smallest edits. */
export function editJson(text: string, path: JSONPath, before: unknown, after: unknown): string {
  const format = formattingOf(text);
  const set = (t: string, p: JSONPath, value: unknown, extra: { isArrayInsertion?: boolean; getInsertionIndex?: (keys: string[]) => number } = {}) =>
    applyEdits(t, modify(t, p, value, { formattingOptions: format, ...extra }));

  const update = (t: string, p: JSONPath, old: unknown, value: unknown): string => {
    if (sameJson(old, value)) return t;
    if (isObject(old) && isObject(value)) {
      for (const key of Object.keys(old)) if (!(key in value)) t = set(t, [...p, key], undefined);
      const order = Object.keys(value);
      for (const key of order) {
        if (key in old) t = update(t, [...p, key], old[key], value[key]);
        else t = set(t, [...p, key], value[key], { getInsertionIndex: (existing) => insertionIndex(existing, key, order) });
      }
      return t;
    }
    if (Array.isArray(old) && Array.isArray(value)) {
      const removed = removedIndices(old, value);
      if (removed) {
        for (const i of removed.reverse()) t = set(t, [...p, i], undefined);
        return t;
      }
      const common = Math.min(old.length, value.length);
      for (let i = 0; i < common; i++) t = update(t, [...p, i], old[i], value[i]);
      for (let i = old.length - 1; i >= common; i--) t = set(t, [...p, i], undefined);
      for (let i = common; i < value.length; i++) t = set(t, [...p, i], value[i], { isArrayInsertion: true });
      return t;
    }
    return set(t, p, value);
  };
  return update(text, path, before, after);
}

/** Where a new key goes among the existing ones: before the first key that follows it in `order`. */
function insertionIndex(existing: string[], key: string, order: string[]): number {
  const rank = order.indexOf(key);
  const next = existing.findIndex((k) => {
    const r = order.indexOf(k);
    return r > rank;
  });
  return next === -1 ? existing.length : next;
}

/** If `after` is `before` with some items taken out (and nothing else changed), their indices. */
function removedIndices(before: unknown[], after: unknown[]): number[] | undefined {
  if (after.length >= before.length) return undefined;
  const removed: number[] = [];
  let j = 0;
  for (let i = 0; i < before.length; i++) {
    if (j < after.length && sameJson(before[i], after[j])) j++;
    else removed.push(i);
  }
  return j === after.length ? removed : undefined;
}
