/**
 * `datelines pdf`: a chronology as a PDF, of the whole timeline or of a slice (--country, --tag,
 * --group, --source, --from/--to), in any language of the site (--lang). The chronology is built
 * afresh from _data/ into a temporary folder, so the PDF never prints a stale site; its title page
 * says what the slice is, when the PDF was made, and when the data was last updated.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderPdf } from "../print/pdf.ts";
import { sliceDateProblem, writePrintSlice, type PrintSlice } from "../site/print-slice.ts";

/** 2, having said what is wrong, when the slice's dates are written wrongly; else 0. */
export function sliceUsageProblem(slice: PrintSlice): number {
  const problem = sliceDateProblem(slice);
  if (problem) console.error(problem);
  return problem ? 2 : 0;
}

export async function pdfCommand({ output = "chronology.pdf", lang, slice }: { output?: string; lang?: string; slice: PrintSlice }): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "datelines-pdf-"));
  process.env.DATELINES_GENERATED ??= new Date().toISOString();
  try {
    const path = await writePrintSlice(process.cwd(), dir, { lang, slice });
    const { foreignRequests } = await renderPdf(dir, output, path);
    console.log(`Wrote ${output}${foreignRequests.length ? ` (blocked ${foreignRequests.length} requests to other origins)` : ""}`);
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
