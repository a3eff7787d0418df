/** What reading one file gives: the normalized text and what the file says about itself. */

/** Where a publication date came from in the file (outside the text itself). */
export type PublishedFrom =
  | "article:published_time"
  | "JSON-LD datePublished"
  | "time datetime"
  | "front matter date"
  | "PDF CreationDate"
  | "DOCX created";

export interface PublishedCandidate {
  /** Calendar date where it was published: YYYY-MM-DD (the timestamp's own local date, never converted to UTC). */
  date: string;
  from: PublishedFrom;
  /** Verbatim: the field and its value as written, e.g. `article:published_time=2020-03-29T08:00:00+08:00`. */
  evidence: string;
  /** Weak: says when the file was made, not necessarily when it was published (PDF metadata). */
  weak?: boolean;
}

/** How the language was found: declared by the file, detected from the text, or not at all. */
export type LangBasis = "declared" | "detected" | "none";

export type DocumentFormat = "html" | "pdf" | "docx" | "markdown" | "text";

export interface ReadResult {
  format: DocumentFormat;
  /** Normalized text: NFC, \n line ends, paragraphs separated by one blank line, ending with \n. */
  text: string;
  title?: string;
  /** Where the title came from, when it is a guess the editor should confirm ("first line", "PDF metadata"). */
  titleFrom?: string;
  publisher?: string;
  author?: string;
  url?: string;
  /** Canonical BCP 47 tag (zh-Hans, en, ar, th) or undefined when neither declared nor detectable. */
  lang?: string;
  langBasis: LangBasis;
  /** What the detector weighed, e.g. "script Thai", "franc: eng". */
  langEvidence?: string;
  /** Publication dates from the file's metadata, best first. */
  published: PublishedCandidate[];
  /** Things the editor should know: dropped URL, OCR not done on some pages, metadata that disagrees… */
  warnings: string[];
  /** For readers of the source: what of the file is not in the text (scanned pages of a PDF). */
  incomplete?: string;
}

/** A file that cannot be added: names the file, what is wrong and how to fix it. */
export class DocumentError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file}: ${problem}. ${fix}`);
    this.name = "DocumentError";
  }
}
