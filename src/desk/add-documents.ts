/**
 * Adding documents from the desk: the files an editor chose in the browser go through the same
 * `addDocuments` as `datelines add` (text read, source entry written, drafts proposed), and the
 * page that answers says, for each file, what became of it: added (a link to read its drafts),
 * already there, or not added with why and what to do.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { addDocuments } from "../curate/add.ts";
import { DatasetValidationError } from "../validate/index.ts";
import { addResultPage } from "./pages/add-page.ts";
import type { DeskRequest, DeskResponse } from "./routes.ts";

export async function addDocumentsRoute({ ws, files = [] }: DeskRequest): Promise<DeskResponse> {
  const chosen = files.filter((f) => f.name && f.size > 0);
  if (chosen.length === 0) return { status: 422, html: addResultPage([], "Choose one or more files to add (saved web pages, PDFs, Word files, Markdown or text).") };
  // Each file keeps its own name (a report names the file), in a folder of its own.
  const folder = await mkdtemp(join(tmpdir(), "datelines-desk-add-"));
  try {
    const paths = await Promise.all(
      chosen.map(async (file, i) => {
        const dir = join(folder, String(i)); // two files of the same name, from two folders, stay two
        await mkdir(dir);
        const path = join(dir, basename(file.name.replace(/\\/g, "/")) || "document");
        await writeFile(path, Buffer.from(await file.arrayBuffer()));
        return path;
      }),
    );
    const results = await addDocuments({ root: ws.root, data: ws.data, paths });
    const named = results.map((r) => ({ ...r, file: basename(r.file) }));
    return { status: results.some((r) => r.status === "failed") ? 422 : 200, html: addResultPage(named) };
  } catch (error) {
    if (error instanceof DatasetValidationError) return { status: 422, html: addResultPage([], `Nothing was added: the data has problems that stop the build (datelines validate lists them). ${error.message}`) };
    throw error;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
