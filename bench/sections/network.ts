/**
 * The bar over a slow network: a real simulator 150 ms away (one way, both directions), the bar in
 * headless Chromium. Click → screen should be one round trip (2 × 150 ms) plus a few ms; keypad
 * digits must not wait for each other's answers.
 */
import type { Browser } from 'playwright-core';
import { startSimulator } from '../../packages/simulator/src/index';
import { buildPage, openBenchPage, type BenchWindow } from '../lib/browser';
import { ms } from '../lib/format';
import { row, type SectionResult } from '../lib/results';
import { summarize } from '../lib/stats';

const LATENCY_MS = 150;

export async function runNetwork(browser: Browser, options: { quick: boolean }): Promise<SectionResult> {
  const sim = await startSimulator({ port: 0, timings: 'instant', latency: LATENCY_MS });
  const page = await openBenchPage(browser, await buildPage({ profiling: false }), { at: sim.url });
  try {
    const clicks = options.quick ? 6 : 20;
    const digits = options.quick ? 20 : 60;
    const run = await page.evaluate(
      ({ url, c, d }) => (window as unknown as BenchWindow).__bench.network(url, { clicks: c, digits: d }),
      { url: sim.url, c: clicks, d: digits },
    );
    const click = summarize(run.clickToScreenMs);
    const roundTrip = 2 * LATENCY_MS;
    const rows = [
      row(
        'network',
        `click → screen at ${LATENCY_MS} ms one-way (${clicks} busy/idle clicks)`,
        `p50 ${ms(click.p50)} · p99 ${ms(click.p99)} (round trip ${roundTrip} ms)`,
        `p99 ≤ ${roundTrip} ms + 50 ms`,
        click.p99 <= roundTrip + 50,
      ),
      row(
        'network',
        `keypad digits per second at ${LATENCY_MS} ms one-way (${run.dtmf.digits} clicks, all at once)`,
        `${run.dtmf.digitsPerSecond.toFixed(0)} digits/s · all in ${ms(run.dtmf.ms)}${run.dtmf.receivedInOrder ? ', in order' : ', OUT OF ORDER'}`,
        '≥ 20 digits/s, none lost',
        run.dtmf.digitsPerSecond >= 20 && run.dtmf.receivedInOrder,
      ),
    ];
    return { rows, data: { latencyMs: LATENCY_MS, clickToScreenMs: run.clickToScreenMs, click, dtmf: run.dtmf } };
  } finally {
    await page.context().close();
    await sim.close();
  }
}
