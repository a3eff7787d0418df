/**
 * Faster scanning for parser patterns that look behind. V8 finds where a pattern can start by
 * checking its first characters quickly, but a pattern that opens with a lookbehind
 * ("(?<=^|[^\p{L}\p{M}\d])…", "(?<![\d.])…") must run that lookbehind at every position of the
 * text first: Arabic parsers scanned about 30 MB/s each, a tenth of the speed without it.
 *
 * `withQuickScan` puts a lookahead in front: the same pattern without its lookbehinds and capture
 * groups. Wherever the pattern matches, that lookahead matches too (it only asks less), so the
 * matches, their groups and their order are unchanged; V8 now finds candidate positions from the
 * lookahead's first characters and runs the lookbehinds only there.
 *
 * Only lookbehinds that test Unicode properties (\p{L}) are slow enough to gain: for a short one
 * such as (?<![\d.]) the extra lookahead costs more than it saves, so such patterns are left as
 * they are (measured per parser on the dev set, 5 MB per language).
 */

/** The pattern, with a quick-scan lookahead when it has a costly lookbehind; otherwise the pattern itself. */
export function withQuickScan(pattern: RegExp): RegExp {
  if (!hasCostlyLookbehind(pattern.source)) return pattern;
  const loose = withoutLookbehinds(pattern.source, pattern.flags);
  return loose === undefined ? pattern : new RegExp(`(?=${loose})${pattern.source}`, pattern.flags);
}

/** Whether one of the pattern's lookbehinds tests a Unicode property (\p{…}). */
export function hasCostlyLookbehind(source: string): boolean {
  for (let i = source.indexOf("(?<"); i >= 0; i = source.indexOf("(?<", i + 1)) {
    if ((source[i + 3] === "=" || source[i + 3] === "!") && source.slice(i, groupEnd(source, i)).includes("\\p{")) return true;
  }
  return false;
}

/**
 * The source with every lookbehind removed and every group made non-capturing, or undefined
 * when it cannot be done safely (backreferences, or the `v` flag's nested classes).
 */
export function withoutLookbehinds(source: string, flags: string): string | undefined {
  if (flags.includes("v")) return undefined;
  let out = "";
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (/[1-9k]/.test(next)) return undefined; // a backreference needs its group
      out += c + next;
      i += 2;
    } else if (c === "[") {
      const end = classEnd(source, i);
      out += source.slice(i, end);
      i = end;
    } else if (source.startsWith("(?<=", i) || source.startsWith("(?<!", i)) {
      i = groupEnd(source, i);
    } else if (source.startsWith("(?<", i)) {
      out += "(?:"; // a named group
      i = source.indexOf(">", i) + 1;
    } else if (c === "(" && source[i + 1] !== "?") {
      out += "(?:";
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index just past the character class that opens at `start`. */
function classEnd(source: string, start: number): number {
  let i = start + 1;
  while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
  return i + 1;
}

/** Index just past the group that opens at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\") i += 2;
    else if (c === "[") i = classEnd(source, i);
    else {
      if (c === "(") depth++;
      else if (c === ")" && --depth === 0) return i + 1;
      i++;
    }
  }
  return i;
}
