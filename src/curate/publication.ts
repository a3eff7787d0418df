/**
 * The publication date of an added document, with its basis and verbatim evidence: the text's
 * own dateline or page date (found by the extractor, quoted from the document) when it states
 * the day; else the file's metadata (article:published_time, JSON-LD datePublished, <time
 * datetime>, front matter); else unknown. A dateline without a year takes it from the metadata
 * near its day, else from a full date in the text on the same day, else from the file's creation
 * date when that is the same day (a PDF's or Word file's creation date is otherwise only
 * mentioned: it says when the file was made). Every other date that disagrees is named.
 */
import { DateTime } from "luxon";
import { extractDates, type Locale, type Mention } from "../extract/index.ts";
import type { PublishedCandidate } from "../ingest/documents/index.ts";
import type { Source } from "../schema/index.ts";
import { CodePoints, codePointLength } from "../core/code-points.ts";
import { precisionOf, yearOf } from "../core/partial-date.ts";

export type Published = Source["published"];

export interface PublicationChoice {
  published: Published;
  /** What the editor should check, e.g. "published (sources disagree)". */
  confirm: string[];
}

export interface PublicationInput {
  text: string;
  /** The extraction locale; without one the text's dateline is not looked for. */
  locale?: Locale;
  candidates: PublishedCandidate[];
  /** Reference for a yearless dateline when nothing else gives the year (YYYY-MM-DD). */
  fallback: string;
  /** --published: the editor's date. */
  given?: string;
}

interface Found {
  date: string;
  basis: "dateline" | "page-date";
  evidence: string;
  label: string;
  yearImplied: boolean;
  /** Full dates the text states, to find the dateline's year among. */
  stated: Mention[];
}

export function choosePublication(input: PublicationInput): PublicationChoice {
  const strong = input.candidates.filter((c) => !c.weak);
  const weak = input.candidates.filter((c) => c.weak);
  const inText = input.locale ? textDate(input.text, input.locale, strong[0]?.date ?? weak[0]?.date ?? input.fallback) : undefined;
  const confirm: string[] = [];
  const notes: string[] = [];
  let chosen: Published;

  if (input.given) {
    const match = inText?.date === input.given ? inText : undefined;
    const meta = strong.find((c) => c.date === input.given);
    chosen = match
      ? { date: match.date, basis: match.basis, evidence: match.evidence }
      : meta
        ? { date: meta.date, basis: "page-date", evidence: meta.evidence, evidenceFrom: "metadata" }
        : { date: input.given, basis: "unknown" };
    if (!match && !meta) {
      notes.push(`Date given with --published ${input.given}; nothing in the file states it: record its basis and evidence.`);
      confirm.push("published (given, no evidence)");
    }
  } else if (inText && precisionOf(inText.date) === "day") {
    chosen = { date: inText.date, basis: inText.basis, evidence: inText.evidence };
    if (inText.yearImplied) {
      const monthDay = inText.date.slice(5);
      const fromMeta = strong.map((c) => ({ c, year: nearestYear(monthDay, c.date, 45) })).find((x) => x.year !== undefined);
      const fromText = inText.stated.find((m) => m.value.slice(5) === monthDay);
      const fromFile = weak.map((c) => ({ c, year: nearestYear(monthDay, c.date, 1) })).find((x) => x.year !== undefined);
      const year = fromMeta?.year ?? (fromText ? Number(yearOf(fromText.value)) : fromFile?.year);
      const source = fromMeta ? fromMeta.c.evidence : fromText ? `"${fromText.text}" in the text` : fromFile ? `${fromFile.c.evidence}, the same day (weak)` : undefined;
      if (year !== undefined) {
        chosen.date = `${year}-${monthDay}`;
        notes.push(`The ${inText.label} gives day and month; the year ${year} is from ${source}.`);
        if (!fromMeta && !fromText) confirm.push("published (year from the file's date)");
      } else {
        notes.push(`The ${inText.label} gives day and month; the year ${yearOf(inText.date)} is implied by the dates in the text.`);
        confirm.push("published (year implied)");
      }
    }
  } else if (strong[0]) {
    const c = strong[0];
    chosen = { date: c.date, basis: "page-date", evidence: c.evidence, evidenceFrom: "metadata" };
    notes.push(`From the file's ${c.from}${c.from === "front matter date" ? "" : "; a timestamp's date is taken where it was published, not in UTC"}.`);
  } else if (inText) {
    chosen = { date: inText.date, basis: inText.basis, evidence: inText.evidence };
  } else {
    chosen = { basis: "unknown" };
    notes.push("No dateline, page date or publication metadata found.");
    confirm.push("published (no date found)");
  }

  const others = [
    ...(inText && chosen.evidence !== inText.evidence ? [{ date: inText.date, what: `the ${inText.label} "${inText.evidence}"` }] : []),
    ...strong.filter((c) => c.evidence !== chosen.evidence).map((c) => ({ date: c.date, what: c.evidence })),
  ];
  const disagree = chosen.date ? others.filter((o) => !o.date.startsWith(chosen.date!) && !chosen.date!.startsWith(o.date)) : [];
  if (disagree.length) {
    notes.push(`Sources disagree: ${disagree.map((o) => `${o.what} gives ${o.date}`).join("; ")}.`);
    confirm.push("published (sources disagree)");
  }
  if (chosen.basis === "unknown" && !input.given && weak.length) {
    notes.push(`${weak.map((c) => c.evidence).join("; ")}: when the file was made, not necessarily when it was published.`);
  }
  if (notes.length) chosen.note = notes.join(" ").slice(0, 1000);
  return { published: chosen, confirm };
}

/** The extractor's dateline or page date, with the start of its line as evidence. */
function textDate(text: string, locale: Locale, fallback: string): Found | undefined {
  const extraction = extractDates(text, locale, { fallbackReference: fallback });
  if (extraction.reference.basis !== "dateline") return undefined;
  const mention = extraction.mentions.find((m) => m.role === "dateline" && (precisionOf(m.value) === "day" || precisionOf(m.value) === "month"));
  if (!mention) return undefined;
  const pageDate = mention.rules.some((r) => r.endsWith(".page-date"));
  return {
    date: mention.value,
    basis: pageDate ? "page-date" : "dateline",
    evidence: evidenceOf(text, mention),
    label: pageDate ? "page date" : "dateline",
    yearImplied: !mention.stated.includes("year"),
    stated: extraction.mentions.filter((m) => m !== mention && m.stated.length === 3 && precisionOf(m.value) === "day"),
  };
}

/** From the start of the mention's line (at most 120 characters back) to its end, with an agency or 电 after it. */
function evidenceOf(text: string, mention: Mention): string {
  const points = new CodePoints(text);
  const end = mention.index + codePointLength(mention.text);
  let start = mention.index;
  while (start > 0 && points.slice(start - 1, start) !== "\n" && mention.index - start < 120) start--;
  const after = /^(?:[ \t]*[电電]|[ \t]*\([^)\n]{1,40}\)|[ \t]*（[^）\n]{1,40}）)?/u.exec(points.slice(end, end + 50))![0];
  return (points.slice(start, end) + after).trim().slice(0, 300);
}

/** The year putting MM-DD nearest to a dated candidate, if within `days` (31 December against 1 January is the year before). */
function nearestYear(monthDay: string, near: string, within: number): number | undefined {
  const target = DateTime.fromISO(near, { zone: "utc" });
  let best: { year: number; days: number } | undefined;
  for (const year of [target.year - 1, target.year, target.year + 1]) {
    const d = DateTime.fromISO(`${year}-${monthDay}`, { zone: "utc" });
    if (!d.isValid) continue;
    const days = Math.abs(d.diff(target, "days").days);
    if (!best || days < best.days) best = { year, days };
  }
  return best && best.days <= within ? best.year : undefined;
}
