/** Checks that a citation's quote is the document's text at the stated offsets. */
import { CodePoints, codePointIndexOf, codePointLength } from "../core/code-points.ts";
import type { Citation } from "../schema/index.ts";
import { closestPassage } from "./closest-passage.ts";

/** Offsets are in Unicode code points, so a quote means the same thing in every language. */
export function checkCitation(
  citation: Citation,
  text: string,
  points: CodePoints = new CodePoints(text),
): { field: "start" | "quote"; text: string } | undefined {
  const actual = points.slice(citation.start, citation.end);
  if (actual === citation.quote) return undefined;
  const found = codePointIndexOf(text, citation.quote);
  if (found === undefined) {
    const near = closestPassage(citation.quote, text);
    if (!near) return { field: "quote", text: "is not in the document: copy it verbatim from the source text (same script, punctuation and spaces)" };
    const shown = near.passage.length > 160 ? `${near.passage.slice(0, 157)}…` : near.passage;
    return {
      field: "quote",
      text:
        `is not in the document verbatim; the closest passage is at ${near.start}–${near.end} (code points): ${JSON.stringify(shown)}` +
        `${near.differences.length ? `. It differs in ${near.differences.join("; ")}` : ""}. ` +
        `If you meant it, copy it from the document and set "start": ${near.start}, "end": ${near.end}`,
    };
  }
  const end = found + codePointLength(citation.quote);
  return {
    field: "start",
    text: `quote is not at ${citation.start}–${citation.end} (code points); it is at ${found}–${end}: set "start": ${found}, "end": ${end}`,
  };
}
