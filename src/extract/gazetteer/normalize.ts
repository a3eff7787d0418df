/**
 * Folds spelling variants that do not change a name, keeping a map back to the
 * original offsets: Arabic short vowels and tatweel are dropped (عُمان = عمان), alef
 * forms are folded (إيران = ايران), ى → ي and ة → ه.
 */
const DROP = /[\u064B-\u065F\u0670\u0640]/u;
const FOLD: Record<string, string> = { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه" };

export interface Normalized {
  text: string;
  /** UTF-16 index in the original text of each UTF-16 index of `text`, plus its end. */
  map: number[];
}

export function normalize(text: string): Normalized {
  let out = "";
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (DROP.test(c)) continue;
    out += FOLD[c] ?? c;
    map.push(i);
  }
  map.push(text.length);
  return { text: out, map };
}

export function normalizeName(name: string): string {
  return normalize(name.normalize("NFC")).text;
}
