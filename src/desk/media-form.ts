/**
 * An event's media ↔ rows of the edit form: the address, what an image shows (alt, or
 * "decorative"), caption and credit. Each row remembers which item it came from, so fields the
 * form does not show (kind, title, thumbnail) are kept; a row can be removed, one blank row adds an item.
 */
export interface MediaRow {
  /** Position of the item in the event's media as loaded; "" for a new one. */
  index: string;
  src: string;
  alt: string;
  decorative: boolean;
  caption: string;
  credit: string;
  remove: boolean;
}

type Raw = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : "");
/** MediaItem's fields in schema order: new keys are written in this order (a test keeps it in step with the schema). */
export const MEDIA_KEYS = ["src", "kind", "alt", "decorative", "title", "caption", "credit", "thumbnail"];

export function mediaRows(media: unknown): MediaRow[] {
  return (Array.isArray(media) ? (media as Raw[]) : []).map((m, i) => ({
    index: String(i),
    src: str(m.src),
    alt: str(m.alt),
    decorative: m.decorative === true,
    caption: str(m.caption),
    credit: str(m.credit),
    remove: false,
  }));
}

export function mediaRowsFromParams(params: URLSearchParams): MediaRow[] {
  const rows = [...new Set([...params.keys()].flatMap((k) => /^media\.(\d+)\./.exec(k)?.[1] ?? []))].map(Number).sort((a, b) => a - b);
  const get = (i: number, name: string) => (params.get(`media.${i}.${name}`) ?? "").trim();
  return rows.map((i) => ({
    index: get(i, "index"),
    src: get(i, "src"),
    alt: get(i, "alt"),
    decorative: params.has(`media.${i}.decorative`),
    caption: get(i, "caption"),
    credit: get(i, "credit"),
    remove: params.has(`media.${i}.remove`),
  }));
}

/** Rows kept (not removed, with an address), numbered as the saved media will be. */
export function keptRows(rows: MediaRow[]): MediaRow[] {
  return rows.filter((r) => !r.remove && r.src);
}

/** The media list the rows describe, each built on the item it came from. */
export function mediaFromRows(rows: MediaRow[], original: unknown): Raw[] | undefined {
  const before = Array.isArray(original) ? (original as Raw[]) : [];
  const items = keptRows(rows).map((row) => {
    const base = /^\d+$/.test(row.index) ? (before[Number(row.index)] ?? {}) : {};
    const item: Raw = { ...base, src: row.src, alt: row.alt || undefined, decorative: row.decorative || undefined, caption: row.caption || undefined, credit: row.credit || undefined };
    const keys = [...MEDIA_KEYS, ...Object.keys(item).filter((k) => !MEDIA_KEYS.includes(k))];
    return Object.fromEntries(keys.filter((k) => item[k] !== undefined).map((k) => [k, item[k]]));
  });
  return items.length || (Array.isArray(original) && original.length === 0) ? items : undefined;
}
