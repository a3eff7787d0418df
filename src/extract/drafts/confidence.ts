/**
 * How likely a draft is to be right, 0–1, calibrated on labelled documents: of the drafts
 * scored 0.9, about nine in ten were right (`npm run bench:confidence` prints the
 * reliability table per language; tests/bench/confidence.ts fits the model).
 *
 * A draft is **right** when its mention is one the labelled set has — the same text at the
 * same code-point index, with the same value and modifier — and that mention is an event
 * or as-of date, not a dateline or a page date. Page chrome (a byline's "Sat 25th April
 * 2020 | 10:27 PM", a comment's or a related link's timestamp) is labelled as a page date,
 * so a draft made from it is wrong; so is a misread date, a wrong modifier, or a
 * mention the labels do not have at all. Whether the editor will want an event from a
 * right draft is not measured: the labels say what a date is, not what is newsworthy.
 *
 * The model is a logistic regression over the features in confidence-features.ts with
 * coefficients in confidence-model.json. The labelled documents are the extraction dev
 * set (tests/extract/devset/) and a set of web pages with page chrome
 * (tests/extract/drafts/calibration/). One adjustment is a prior, not fitted: when date
 * parts were implied from a reference date that is a guess (not a publication date, an
 * option or a dateline), the probability is multiplied by 0.8 — no labelled document
 * lacks a firm reference, so this cannot be measured yet.
 */
import model from "./confidence-model.json" with { type: "json" };
import { FEATURES, type Features } from "./confidence-features.ts";
import type { ReferenceBasis } from "./schema.ts";

const FIRM_REFERENCE: readonly ReferenceBasis[] = ["published", "option", "dateline"];
const GUESSED_REFERENCE = 0.8;

export interface Coefficients {
  intercept: number;
  weights: Record<string, number>;
}

/** The model's probability that a draft with these features is right (unrounded, no prior). */
export function probability(features: Features, coefficients: Coefficients = model): number {
  let z = coefficients.intercept;
  for (const f of FEATURES) z += (coefficients.weights[f] ?? 0) * features[f];
  return 1 / (1 + Math.exp(-z));
}

/** A draft's confidence: the calibrated probability, times the prior for a guessed reference, to two decimals. */
export function confidenceOf(features: Features, reference: ReferenceBasis, implied: readonly string[]): number {
  let p = probability(features);
  if (implied.length > 0 && !FIRM_REFERENCE.includes(reference)) p *= GUESSED_REFERENCE;
  return Math.round(p * 100) / 100;
}
