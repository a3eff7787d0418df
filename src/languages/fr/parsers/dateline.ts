/**
 * Wire datelines at the start of a line, in the forms French-language agencies use:
 * "PARIS, 1er avril 2020 (AFP) -", "Dakar, 1er avr (APS) -", "BEIJING, 1er avril (Xinhua) --",
 * "ABIDJAN, 2 avril (Reuters) -", and press releases' "Paris, le 1er avril 2020 –".
 * The mention is the date ("le" left out); role "dateline".
 */
import { datelineParser } from "../../kit/dateline.ts";
import { byLength } from "../../kit/pieces.ts";
import { P, WORDS } from "../words.ts";

const NAME = "[\\p{Lu}][\\p{L}.'’-]*";
const CITY = `${NAME}(?:[ \\t]+(?:de|du|la|le|les|au|aux|sur|${NAME})){0,4}`;
const MONTH = `(?:${byLength([...Object.keys(WORDS.months), ...Object.keys(WORDS.abbreviations)])})(?![\\p{L}])\\.?`;
const DATE = `(\\d{1,2})(?:${WORDS.ordinal})?[ \\t]+(${MONTH})(?:[ \\t]+(\\d{4}))?`;

export const dateline = datelineParser("fr.dateline", new RegExp(`^[ \\t]*${CITY},[ \\t]*(?:le[ \\t]+)?(${DATE})(?=[ \\t]*\\([^()\\n]{2,40}\\)|\\.?[ \\t]*[-–—]{1,2}[ \\t])`, "imu"), P);
