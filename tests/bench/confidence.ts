/**
 * Draft confidence: fits the model and reports how well calibrated it is, per language.
 *
 *   npm run bench:confidence                # reliability tables (cross-validated), coefficients, chrome example
 *   npm run bench:confidence -- --write     # refit and write src/extract/drafts/confidence-model.json
 *   npm run bench:confidence -- --verbose   # plus every wrong draft with its confidence
 *
 * Labelled drafts come from the extraction dev set and the page-chrome set
 * (confidence-data.ts); "right" is defined in src/extract/drafts/confidence.ts. The tables
 * use cross-validation by document: each document's drafts are scored by a model fitted
 * on the other documents. Prints Markdown.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import committed from "../../src/extract/drafts/confidence-model.json" with { type: "json" };
import { FEATURES } from "../../src/extract/drafts/confidence-features.ts";
import { labelledDrafts, ROOT, type Example } from "./confidence-data.ts";
import { crossValidated, fitModel, reliability, scores } from "./confidence-fit.ts";
import { previousScore } from "./confidence-previous.ts";

const { values: args } = parseArgs({ options: { write: { type: "boolean", default: false }, verbose: { type: "boolean", short: "v", default: false } } });
const MODEL_PATH = join(ROOT, "src/extract/drafts/confidence-model.json");
const round2 = (p: number) => Math.round(p * 100) / 100;
const f2 = (n: number) => (Number.isNaN(n) ? "–" : n.toFixed(2));
const f3 = (n: number) => n.toFixed(3);

const examples = await labelledDrafts();
/** Every language the labelled sets have, named in English ("es" → "Spanish"). */
const names = new Intl.DisplayNames(["en"], { type: "language" });
const LANGUAGES: Record<string, string> = Object.fromEntries([...new Set(examples.map((e) => e.lang))].sort().map((l) => [l, names.of(l) ?? l]));
const model = fitModel(examples);
const cv = crossValidated(examples).map(round2);
const groups = [...Object.keys(LANGUAGES).filter((l) => examples.some((e) => e.lang === l)), "all"];
const pick = (lang: string) => examples.flatMap((e, i) => (lang === "all" || e.lang === lang ? [i] : []));

const out: string[] = [];
out.push("# Draft confidence\n");
out.push("A draft is right when the labels have its mention (same text, index, value and modifier) as an event or as-of date, not a dateline or page date (src/extract/drafts/confidence.ts).\n");
out.push("| language | documents | drafts | right |\n| --- | ---: | ---: | ---: |");
for (const lang of groups) {
  const idx = pick(lang);
  const right = idx.filter((i) => examples[i]!.right).length;
  out.push(`| ${LANGUAGES[lang] ?? lang} | ${new Set(idx.map((i) => examples[i]!.doc)).size} | ${idx.length} | ${right} (${((100 * right) / idx.length).toFixed(1)}%) |`);
}

out.push("\n## Reliability, cross-validated by document\n");
out.push("Each document's drafts are scored by a model fitted without that document (confidence rounded to two decimals, as drafts carry it).\n");
for (const lang of groups) {
  const idx = pick(lang);
  const c = idx.map((i) => cv[i]!);
  const r = idx.map((i) => examples[i]!.right);
  const s = scores(c, r);
  out.push(`### ${LANGUAGES[lang] ?? "All languages"}\n`);
  out.push("| confidence | drafts | mean confidence | share right |\n| --- | ---: | ---: | ---: |");
  for (const b of reliability(c, r)) out.push(`| ${b.label} | ${b.count} | ${f2(b.meanConfidence)} | ${f2(b.accuracy)} |`);
  out.push(`\nBrier ${f3(s.brier)}, expected calibration error ${f3(s.ece)}.\n`);
}

out.push("## Against the previous hand-set scores\n");
out.push("| language | previous Brier / ECE | model, cross-validated | model, fitted on all |\n| --- | --- | --- | --- |");
const inSample = examples.map((e) => round2(probabilityOf(e)));
for (const lang of groups) {
  const idx = pick(lang);
  const r = idx.map((i) => examples[i]!.right);
  const cell = (c: number[]) => {
    const s = scores(c, r);
    return `${f3(s.brier)} / ${f3(s.ece)}`;
  };
  out.push(`| ${LANGUAGES[lang] ?? "all"} | ${cell(idx.map((i) => previousScore(examples[i]!)))} | ${cell(idx.map((i) => cv[i]!))} | ${cell(idx.map((i) => inSample[i]!))} |`);
}

out.push("\n## Coefficients (logistic regression, L2 = " + model.l2 + ", " + model.fittedOn.drafts + " drafts from " + model.fittedOn.documents + " documents)\n");
out.push("| feature | weight |\n| --- | ---: |");
out.push(`| (intercept) | ${model.intercept.toFixed(3)} |`);
for (const f of FEATURES) out.push(`| ${f} | ${model.weights[f]!.toFixed(3)} |`);

out.push("\n## Page chrome: the byline example\n");
out.push("tests/extract/drafts/calibration/en/en-c1-nurses-kit.txt, every draft (previous score → now):\n");
out.push("| mention | right | previous | now |\n| --- | --- | ---: | ---: |");
for (const e of examples.filter((x) => x.doc.endsWith("en-c1-nurses-kit.txt"))) {
  out.push(`| ${e.draft.mention.text} | ${e.right ? "yes" : "no"} | ${f2(previousScore(e))} | ${f2(e.draft.confidence)} |`);
}

if (args.verbose) {
  out.push("\n## Wrong drafts (cross-validated confidence)\n");
  examples.forEach((e, i) => {
    if (!e.right) out.push(`- ${cv[i]!.toFixed(2)} ${e.doc}: “${e.draft.mention.text}” → ${e.mention.value}${e.mention.mod ? ` ${e.mention.mod}` : ""}`);
  });
}

const drift = FEATURES.some((f) => Math.abs((committed.weights as Record<string, number>)[f]! - model.weights[f]!) > 1e-4) || Math.abs(committed.intercept - model.intercept) > 1e-4;
if (args.write) {
  writeFileSync(MODEL_PATH, `${JSON.stringify(model, null, 2)}\n`);
  out.push(`\nWrote ${MODEL_PATH.slice(ROOT.length + 1)}.`);
} else if (drift) {
  out.push("\n**The committed model differs from this fit: run `npm run bench:confidence -- --write` (the drafts above were scored with the committed one).**");
}
console.log(out.join("\n"));

function probabilityOf(e: Example): number {
  let z = model.intercept;
  for (const f of FEATURES) z += model.weights[f]! * e.features[f];
  return 1 / (1 + Math.exp(-z));
}
