/**
 * The data problems of the latest build, for the dev server: while the data is invalid it shows
 * them in the browser instead of the last good site, and clears them when a build succeeds.
 */
import type { Problem } from "../validate/index.ts";

export const dataStatus: { problems: readonly Problem[] } = { problems: [] };
