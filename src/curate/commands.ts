/** The editor's curate commands, as `datelines` runs them: extract (drafts), promote, review. */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative } from "node:path";
import { DatasetValidationError } from "../validate/index.ts";
import { draftsDir, readDrafts } from "./drafts-store.ts";
import { extractDrafts } from "./extract-drafts.ts";
import { ProgressLine } from "./progress-line.ts";
import { PromoteError, promoteDraft } from "./promote.ts";
import { renderReview } from "./review-page.ts";
import { startReviewServer } from "./review-server.ts";

function paths() {
  const root = process.cwd();
  return { root, data: process.env.DATELINES_DATA ?? join(root, "_data") };
}

/** A path as an editor reads it: relative to the project if inside it. */
function shown(root: string, path: string): string {
  const r = relative(root, path);
  return r && !r.startsWith("..") && !isAbsolute(r) ? r : path;
}

/** `datelines extract [--source ID] [--published YYYY-MM-DD] [--workers N]`: drafts for review, progress on stderr. */
export async function extractDraftsCommand({ source, published, workers }: { source?: string; published?: string; workers?: string }): Promise<number> {
  const threads = workers === undefined ? undefined : Number(workers);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    console.error(`--workers must be a whole number of threads, 1 or more (got "${workers}")`);
    return 2;
  }
  const { root, data } = paths();
  const line = new ProgressLine();
  try {
    const results = await extractDrafts({ root, data, source, published, workers: threads, progress: (text) => line.print(text), finished: (counts) => line.update(counts) });
    line.clear();
    const failed = results.filter((r) => r.error);
    const written = results.filter((r) => r.written).length;
    const drafts = results.reduce((n, r) => n + (r.drafts ?? 0), 0);
    const documents = results.length - failed.length;
    console.error(
      `${drafts} drafts from ${documents} ${documents === 1 ? "document" : "documents"} in ${shown(root, draftsDir(data))}/ ` +
        `(${written} written, ${documents - written} unchanged). Review them with \`npx datelines desk\`.\nDrafts proposed for ${line.summary()}.`,
    );
    return failed.length ? 1 : 0;
  } catch (error) {
    line.clear();
    console.error(error instanceof DatasetValidationError ? error.message : `Cannot extract: ${(error as Error).message}`);
    return 1;
  }
}

/** `datelines promote <draft-id> [--id SLUG] [--to FILE]` */
export async function promoteCommand({ draftId, id, to }: { draftId?: string; id?: string; to?: string }): Promise<number> {
  if (!draftId) {
    console.error("Usage: datelines promote <draft-id> [--id <slug>] [--to <events-file>]");
    return 2;
  }
  const { root, data } = paths();
  try {
    const result = await promoteDraft({ root, data, draftId, id, to });
    const renamed = id !== undefined && id !== result.eventId ? ` (--id "${id}" became "${result.eventId}": ids are lowercase slugs that start with the event's date)` : "";
    console.log(
      `Added event "${result.eventId}"${renamed} (status draft) to ${shown(root, result.file)}${result.created ? " (new file)" : ""}.\n` +
        "Write its headline and summary (they say TODO), add tags, check countries and places, then set status to published.",
    );
    return 0;
  } catch (error) {
    if (error instanceof PromoteError || error instanceof DatasetValidationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

/** `datelines review [--port N] [--output FILE]`: serves the review page, or writes it to a file. */
export async function reviewCommand({ port, output }: { port?: string; output?: string }): Promise<number> {
  const { data } = paths();
  if (output) {
    const { files, unreadable } = await readDrafts(data);
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, renderReview({ files, unreadable }));
    console.log(`Wrote ${output} (${files.reduce((n, f) => n + f.drafts.length, 0)} drafts)`);
    return 0;
  }
  const number = port === undefined ? 8081 : Number(port);
  if (!Number.isInteger(number) || number < 0 || number > 65535) {
    console.error(`--port must be a port number (got "${port}")`);
    return 2;
  }
  const server = await startReviewServer({ data, port: number });
  console.log(`Review the drafts at ${server.url} (on this machine only; Ctrl+C to stop)`);
  process.once("SIGINT", () => void server.close().then(() => process.exit(0)));
  return 0;
}
