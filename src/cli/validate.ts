/** `datelines validate`: every problem in every data file, at once. */
import { formatProblem, loadDataset, type Dataset } from "../validate/index.ts";

export async function validateCommand({ quiet = false } = {}): Promise<number> {
  return (await validatedData({ quiet })).status;
}

/** The data, checked and its problems listed: exit status 0 with the dataset, or 1. */
export async function validatedData({ quiet = false, warnings = true } = {}): Promise<{ status: number; dataset?: Dataset }> {
  const result = await loadDataset({ root: process.cwd(), data: process.env.DATELINES_DATA });
  // Warnings never fail the command, and show even when the build runs validation quietly.
  const w = result.warnings.length;
  if (w > 0 && warnings) console.warn(`${w} ${w === 1 ? "warning" : "warnings"} (the site builds; worth fixing):\n${result.warnings.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
  if (!result.ok) {
    const n = result.problems.length;
    console.error(`${n} ${n === 1 ? "problem" : "problems"} in the data files:`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
    return { status: 1 };
  }
  const { events, sources } = result.dataset;
  if (!quiet) {
    const published = events.filter((e) => e.status === "published").length;
    console.log(`OK: ${events.length} events (${published} published) citing ${sources.length} sources.`);
  }
  return { status: 0, dataset: result.dataset };
}
