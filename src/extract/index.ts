export { extractDates, type Extraction, type ExtractOptions } from "./engine/extract.ts";
export type { Candidate, Locale, Mention, Mod, Parser, Role } from "./engine/types.ts";
export { loadLocales, pickLocale, UnknownLanguageError } from "../languages/registry.ts";
export { readDocument, UnreadableDocumentError } from "./read-document.ts";
