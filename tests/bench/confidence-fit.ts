/**
 * Fitting the confidence model and checking it: the fit on all labelled drafts (what
 * confidence-model.json holds), cross-validation that holds out one whole document at a
 * time (a document's drafts share its style, so holding out single drafts would flatter
 * the model), and reliability tables (predicted confidence in bins against observed accuracy).
 */
import { FEATURES } from "../../src/extract/drafts/confidence-features.ts";
import type { Example } from "./confidence-data.ts";
import { fitLogistic, predict, type Fitted } from "./logistic.ts";

/** Penalty on the weights. Fixed beforehand (not tuned on the reported cross-validation). */
export const L2 = 1;

export interface Model {
  note: string;
  l2: number;
  intercept: number;
  weights: Record<string, number>;
  fittedOn: { documents: number; drafts: number; right: number };
}

const row = (e: Example) => FEATURES.map((f) => e.features[f]);

export function fitModel(examples: readonly Example[]): Model {
  const fitted = fitLogistic(examples.map(row), examples.map((e) => (e.right ? 1 : 0)), L2);
  return {
    note: "Fitted by `npm run bench:confidence -- --write` (tests/bench/confidence.ts); do not edit by hand.",
    l2: L2,
    intercept: round(fitted.intercept),
    weights: Object.fromEntries(FEATURES.map((f, i) => [f, round(fitted.weights[i]!)])),
    fittedOn: { documents: new Set(examples.map((e) => e.doc)).size, drafts: examples.length, right: examples.filter((e) => e.right).length },
  };
}

/** Each example's probability from a model fitted without its document. */
export function crossValidated(examples: readonly Example[]): number[] {
  const docs = [...new Set(examples.map((e) => e.doc))];
  const out = new Array<number>(examples.length);
  for (const doc of docs) {
    const train = examples.filter((e) => e.doc !== doc);
    const fitted: Fitted = fitLogistic(train.map(row), train.map((e) => (e.right ? 1 : 0)), L2);
    examples.forEach((e, i) => {
      if (e.doc === doc) out[i] = predict(fitted, row(e));
    });
  }
  return out;
}

export const BINS = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1] as const;

export interface Bin {
  label: string;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

/** Confidence (rounded to two decimals, as drafts carry it) in bins against the share right. */
export function reliability(confidence: readonly number[], right: readonly boolean[]): Bin[] {
  return BINS.slice(0, -1).map((lo, b) => {
    const hi = BINS[b + 1]!;
    const last = b === BINS.length - 2;
    const inBin = confidence.flatMap((c, i) => (c >= lo && (c < hi || (last && c <= hi)) ? [i] : []));
    return {
      label: `${lo.toFixed(2)}–${hi.toFixed(2)}`,
      count: inBin.length,
      meanConfidence: mean(inBin.map((i) => confidence[i]!)),
      accuracy: mean(inBin.map((i) => (right[i] ? 1 : 0))),
    };
  });
}

/** Brier score and expected calibration error (count-weighted |confidence − accuracy| over the bins). */
export function scores(confidence: readonly number[], right: readonly boolean[]): { brier: number; ece: number } {
  const brier = mean(confidence.map((c, i) => (c - (right[i] ? 1 : 0)) ** 2));
  const ece = reliability(confidence, right).reduce((s, b) => s + (b.count ? (b.count / confidence.length) * Math.abs(b.meanConfidence - b.accuracy) : 0), 0);
  return { brier, ece };
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
