/**
 * CSV as RFC 4180 writes it: fields with a comma, quote or line break are quoted
 * and their quotes doubled; records end in CRLF. With a byte-order mark, so that
 * Excel reads UTF-8 (Chinese, Arabic, Thai) instead of guessing a legacy code page.
 */
const BOM = "\uFEFF";

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

/** A whole file: the header record, then the rows, with a BOM in front. */
export function csvFile(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map(csvRecord).join("");
}
