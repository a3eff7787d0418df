/**
 * Publication-date candidates from a file's metadata, each with the verbatim field and value it
 * was read from: a page's article:published_time, JSON-LD datePublished and <time datetime>, a
 * Markdown front matter date, a PDF's CreationDate or a Word file's created date (weak: when the
 * file was made). A timestamp's
 * date is the calendar date where it was published: 2020-03-29T01:00:00+08:00 is 29 March.
 */
import { DateTime } from "luxon";
import type { PublishedCandidate } from "./types.ts";

/** The calendar date a timestamp or date states, as written (no time-zone conversion). */
export function calendarDate(value: string): string | undefined {
  const m = /^\s*(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:$|[T ]\d|\s*$)/.exec(value);
  if (!m) return undefined;
  const date = `${m[1]}-${m[3]!.padStart(2, "0")}-${m[4]!.padStart(2, "0")}`;
  return isRealDate(date) ? date : undefined;
}

function isRealDate(date: string): boolean {
  try {
    return DateTime.fromISO(date, { zone: "utc" }).isValid;
  } catch {
    return false;
  }
}

interface Element {
  getAttribute(name: string): string | null;
  textContent: string | null;
  hasAttribute(name: string): boolean;
}
interface Queryable {
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
}

/** Candidates from a web page, in order of preference. */
export function pageCandidates(document: Queryable): PublishedCandidate[] {
  const out: PublishedCandidate[] = [];
  const add = (from: PublishedCandidate["from"], field: string, value: string | null | undefined) => {
    const raw = value?.trim();
    const date = raw ? calendarDate(raw) : undefined;
    if (raw && date && !out.some((c) => c.from === from)) out.push({ date, from, evidence: `${field}=${raw}` });
  };
  const meta = document.querySelector('meta[property="article:published_time"], meta[name="article:published_time"]');
  add("article:published_time", "article:published_time", meta?.getAttribute("content"));
  add("JSON-LD datePublished", "datePublished", jsonLdDatePublished(document));
  add("time datetime", "datetime", ownTime(document)?.getAttribute("datetime"));
  return out;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage|Posting/;

/** datePublished of the page's article in its JSON-LD (an Article-like object first, else any). */
function jsonLdDatePublished(document: Queryable): string | undefined {
  const found: { article: boolean; value: string }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (typeof record.datePublished === "string") {
      const type = [record["@type"]].flat().join(" ");
      found.push({ article: ARTICLE_TYPES.test(type), value: record.datePublished });
    }
    if (record["@graph"]) visit(record["@graph"]);
    if (record.mainEntity) visit(record.mainEntity);
  };
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const text = (scripts[i]!.textContent ?? "").replace(/^\s*(?:<!--|\/\/<!\[CDATA\[)|(?:-->|\/\/\]\]>)\s*$/g, "");
    try {
      visit(JSON.parse(text));
    } catch {
      // Broken JSON-LD is common on the web; the other candidates remain.
    }
  }
  return (found.find((f) => f.article) ?? found[0])?.value;
}

/**
 * The page's own <time>: marked as the publication time (itemprop, pubdate), else the first
 * inside <article>. A <time> elsewhere (related stories, comments) dates something else.
 */
function ownTime(document: Queryable): Element | undefined {
  return (
    document.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime]') ??
    document.querySelector("article time[datetime]") ??
    undefined
  );
}

/** A Markdown front matter's `date:` line. */
export function frontMatterCandidate(line: string | undefined): PublishedCandidate[] {
  const value = line?.replace(/^date\s*:\s*/i, "").replace(/^["']|["']$/g, "");
  const date = value ? calendarDate(value) : undefined;
  return date ? [{ date, from: "front matter date", evidence: line!.trim() }] : [];
}

/** A PDF's CreationDate (D:YYYYMMDDHHmmSS+HH'mm'): when the file was made, weak evidence only. */
export function pdfCandidate(creationDate: unknown): PublishedCandidate[] {
  if (typeof creationDate !== "string") return [];
  const m = /^D:(\d{4})(\d{2})(\d{2})/.exec(creationDate.trim());
  if (!m) return [];
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return isRealDate(date) ? [{ date, from: "PDF CreationDate", evidence: `CreationDate=${creationDate.trim()}`, weak: true }] : [];
}

/** A Word file's dcterms:created (W3CDTF, usually UTC): when the file was begun, weak evidence only. */
export function docxCandidate(created: string | undefined): PublishedCandidate[] {
  const date = created ? calendarDate(created) : undefined;
  return date ? [{ date, from: "DOCX created", evidence: `dcterms:created=${created!.trim()}`, weak: true }] : [];
}
