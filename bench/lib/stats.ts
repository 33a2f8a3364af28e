/** Nearest-rank percentile of a sample (`p` in 0…100); `NaN` for an empty sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export interface Summary {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(values: readonly number[]): Summary {
  const count = values.length;
  let max = count === 0 ? Number.NaN : -Infinity;
  let sum = 0;
  for (const v of values) {
    sum += v;
    if (v > max) max = v;
  }
  return { count, p50: percentile(values, 50), p99: percentile(values, 99), max, mean: count === 0 ? Number.NaN : sum / count };
}
