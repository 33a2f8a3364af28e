import type { Parameters } from 'fast-check';

/**
 * Fixed seed and a modest number of runs in the test command (deterministic, quick);
 * `pnpm fuzz` raises the runs and picks a fresh seed (printed on failure for replay).
 */
export function fuzzParameters<T>(): Parameters<T> {
  const runs = Number(process.env.FUZZ_RUNS ?? 200);
  const seed = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261125);
  return { numRuns: runs, seed, verbose: 1 };
}
