export { loadDataset, type Dataset, type LoadResult } from "./load-dataset.ts";
export { DatasetValidationError, formatProblem, problemLocation, type Problem } from "./problem.ts";
export { checkCitation } from "./check-citation.ts";
