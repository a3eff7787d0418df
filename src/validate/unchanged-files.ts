/**
 * For a process that loads the same data again after every save (`datelines serve`): each
 * events file's events as the last load parsed and checked them, so that the next load reads
 * only the files that changed. A file's events are reused when its bytes are the same and so
 * is everything they were checked against (site.json, sources.json, the documents, groups.json),
 * and only when it had no problem and no warning: those point into the file's syntax tree,
 * which is not kept.
 */
import { createHash } from "node:crypto";
import type { Event, Group, SiteConfig } from "../schema/index.ts";
import type { LoadedSources } from "./load-sources.ts";

export interface RememberedFile {
  events: Event[];
  /** Each event's id and where it starts in the file, for telling a duplicate id where it was first seen. */
  ids: { id: string; offset: number }[];
}

export class UnchangedFiles {
  #files = new Map<string, RememberedFile & { bytes: Buffer; context: string }>();

  /** A digest of what events are checked against: a file checked against other data is not reused. */
  static context(site: SiteConfig | undefined, sources: LoadedSources, groups: readonly Group[]): string {
    const hash = createHash("sha256").update(JSON.stringify([site, [...sources.sources.values()], [...sources.named], sources.readable, groups]));
    for (const [id, text] of sources.documents) hash.update(`\u0000${id}\u0000`).update(text);
    return hash.digest("base64");
  }

  /** The events of the file at `path` as last loaded, if its bytes and `context` are those of then. */
  reuse(path: string, bytes: Buffer | undefined, context: string): RememberedFile | undefined {
    const known = this.#files.get(path);
    return known && bytes && known.context === context && known.bytes.equals(bytes) ? known : undefined;
  }

  /** Keeps a file that loaded without a problem or warning. */
  remember(path: string, bytes: Buffer, context: string, file: RememberedFile): void {
    this.#files.set(path, { ...file, bytes, context });
  }

  forget(path: string): void {
    this.#files.delete(path);
  }

  clear(): void {
    this.#files.clear();
  }
}
