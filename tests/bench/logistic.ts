/**
 * Logistic regression with an L2 penalty on the weights (not the intercept), fitted by
 * Newton's method: small, exact and deterministic — the same data give the same
 * coefficients on every machine, so the committed model can be checked against a refit.
 */

export interface Fitted {
  intercept: number;
  weights: number[];
}

/** Fits P(y = 1 | x) = σ(intercept + weights · x). Rows of `x` are examples; `y` is 0 or 1. */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], l2: number, iterations = 100): Fitted {
  const k = (x[0]?.length ?? 0) + 1; // the intercept is column 0
  const rows = x.map((r) => [1, ...r]);
  let beta = new Array<number>(k).fill(0);
  for (let it = 0; it < iterations; it++) {
    const gradient = new Array<number>(k).fill(0);
    const hessian = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    rows.forEach((r, n) => {
      const p = sigmoid(dot(beta, r));
      const w = p * (1 - p);
      for (let i = 0; i < k; i++) {
        gradient[i]! += (p - y[n]!) * r[i]!;
        for (let j = 0; j < k; j++) hessian[i]![j]! += w * r[i]! * r[j]!;
      }
    });
    for (let i = 1; i < k; i++) {
      gradient[i]! += l2 * beta[i]!;
      hessian[i]![i]! += l2;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((b, i) => b - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return { intercept: beta[0]!, weights: beta.slice(1) };
}

export function predict(model: Fitted, x: readonly number[]): number {
  return sigmoid(model.intercept + dot(model.weights, x));
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Solves A s = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  const s = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let t = m[r]![n]!;
    for (let j = r + 1; j < n; j++) t -= m[r]![j]! * s[j]!;
    s[r] = t / m[r]![r]!;
  }
  return s;
}
