/** Event-to-screen latency in headless Chromium at 10, 50 and 200 frames per second. */
import type { Browser } from 'playwright-core';
import { buildPage, openBenchPage, type BenchWindow } from '../lib/browser';
import { ms } from '../lib/format';
import { row, type SectionResult } from '../lib/results';
import { summarize } from '../lib/stats';

const TARGET_P99_MS = 16;

export async function runLatency(browser: Browser, options: { quick: boolean }): Promise<SectionResult> {
  const seconds = options.quick ? 3 : 10;
  // At least 200 frames per rate, so that p99 is not simply the second-worst frame.
  const runs = [10, 50, 200].map((rate) => ({ rate, frames: Math.max(rate * seconds, options.quick ? 30 : 200) }));
  const page = await openBenchPage(browser, await buildPage({ profiling: false }));
  try {
    const results = await page.evaluate((r) => (window as unknown as BenchWindow).__bench.eventToScreen(r), runs);
    const summaries = results.map((run) => ({ ...run, latenciesMs: undefined, summary: summarize(run.latenciesMs) }));
    const rows = summaries.map((run) =>
      row(
        'latency',
        `frame → DOM at ${run.rate} frames/s (${run.frames} frames, agent busy ↔ idle)`,
        `p50 ${ms(run.summary.p50)} · p99 ${ms(run.summary.p99)} · max ${ms(run.summary.max)}` + (run.missed > 0 ? ` · ${run.missed} missed` : ''),
        `p99 ≤ ${TARGET_P99_MS} ms`,
        run.summary.p99 <= TARGET_P99_MS && run.missed === 0,
      ),
    );
    return { rows, data: { runs: summaries } };
  } finally {
    await page.context().close();
  }
}
