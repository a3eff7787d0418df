/**
 * Wire datelines at the start of a line, in the forms Russian-language agencies use:
 * "МОСКВА, 1 апреля. /ТАСС/.", "МОСКВА, 1 апр — РИА Новости.", "Москва. 1 апреля. INTERFAX.RU -",
 * "Пекин, 1 апреля /Синьхуа/ --", "МИНСК, 1 апреля (БЕЛТА) -", "НУР-СУЛТАН. 1 апреля. КАЗИНФОРМ -".
 * The mention is the date; role "dateline".
 */
import { datelineParser } from "../../kit/dateline.ts";
import { byLength } from "../../kit/pieces.ts";
import { P, WORDS } from "../words.ts";

const NAME = "[\\p{Lu}][\\p{L}-]*";
const CITY = `${NAME}(?:[ \\t]+${NAME}){0,2}`;
const MONTH = `(?:${byLength(Object.keys(WORDS.months))})(?![\\p{L}])|(?:${byLength(Object.keys(WORDS.abbreviations))})(?![\\p{L}])\\.?`;
const DATE = `(\\d{1,2})[ \\t]+(${MONTH})(?:[ \\t]+(\\d{4})(?:[ \\t]*г\\.)?)?`;
const AFTER = `(?=\\.?[ \\t]*(?:/[^/\\n]{2,30}/|\\([^()\\n]{2,40}\\)|[-–—]{1,2}[ \\t]|[\\p{Lu}]{3,}))`;

export const dateline = datelineParser("ru.dateline", new RegExp(`^[ \\t]*${CITY}[,.][ \\t]*(${DATE})${AFTER}`, "mu"), P);
