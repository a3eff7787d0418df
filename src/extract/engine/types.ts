/**
 * The engine's vocabulary: what a locale gives it (defined with the language packs, in
 * src/languages/extraction.ts) and the mentions it resolves.
 */
import type { Parts, Mod, Role } from "../../languages/extraction.ts";

export type { Candidate, DateSpec, Locale, LocaleData, Mod, Parser, ParserContext, Parts, Relative, Role } from "../../languages/extraction.ts";

/** A resolved mention, as `datelines extract --json` prints it. Offsets in code points. */
export interface Mention {
  text: string;
  index: number;
  value: string;
  mod?: Mod;
  role?: Role;
  /** Which parts of the start were stated in the text; the rest were implied. */
  stated: (keyof Parts)[];
  implied: (keyof Parts)[];
  rules: string[];
}
