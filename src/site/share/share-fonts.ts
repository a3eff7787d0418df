/**
 * The fonts share images are drawn with: Noto Sans for Latin, Noto Sans SC for Chinese,
 * Noto Sans Thai and Noto Sans Arabic, as TTF files from npm packages (@expo-google-fonts,
 * OFL), never the machine's own fonts, so that a card looks the same wherever it is built.
 * A card loads only the families its text needs: Noto Sans SC is 10 MB a weight.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

interface Family {
  name: string;
  /** The npm package and its file stem (NotoSansSC → NotoSansSC_700Bold.ttf). */
  pkg: string;
  stem: string;
  /** Characters this family is loaded for (every family also draws Latin letters and digits). */
  script?: RegExp;
}

const FAMILIES: Family[] = [
  { name: "Noto Sans", pkg: "@expo-google-fonts/noto-sans", stem: "NotoSans" },
  { name: "Noto Sans Arabic", pkg: "@expo-google-fonts/noto-sans-arabic", stem: "NotoSansArabic", script: /\p{Script=Arabic}/u },
  { name: "Noto Sans Thai", pkg: "@expo-google-fonts/noto-sans-thai", stem: "NotoSansThai", script: /\p{Script=Thai}/u },
  {
    name: "Noto Sans SC",
    pkg: "@expo-google-fonts/noto-sans-sc",
    stem: "NotoSansSC",
    script: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u,
  },
];

const require = createRequire(import.meta.url);

function packageDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}

function files(family: Family): string[] {
  const dir = packageDir(family.pkg);
  return ["400Regular", "700Bold"].map((weight) => join(dir, weight, `${family.stem}_${weight}.ttf`));
}

/** What the cache key includes about the fonts: their packages' versions. */
export function fontVersions(): string {
  return FAMILIES.map((f) => `${f.pkg}@${(require(`${f.pkg}/package.json`) as { version: string }).version}`).join(" ");
}

/** A letter of each script with its own family, to find the family of a page's language. */
const SAMPLE: Record<string, string> = { Hans: "中", Hant: "中", Jpan: "中", Arab: "ع", Thai: "ก" };

export interface FontChoice {
  /** TTF files to load (regular and bold of each family). */
  files: string[];
  /** The CSS font-family list: the family of the page's script first, then the others loaded. */
  family: string;
}

/** The fonts for a card whose text is `text`, in a page of language `lang`. */
export function fontsFor(text: string, lang: string): FontChoice {
  const needed = FAMILIES.filter((f) => !f.script || f.script.test(text));
  const sample = SAMPLE[new Intl.Locale(lang).maximize().script ?? ""] ?? "";
  const first = needed.find((f) => f.script?.test(sample));
  const ordered = first ? [first, ...needed.filter((f) => f !== first)] : needed;
  return { files: ordered.flatMap(files), family: ordered.map((f) => `'${f.name}'`).join(", ") };
}

/** Every shipped font file (for tests). */
export function allFontFiles(): string[] {
  return FAMILIES.flatMap(files);
}
