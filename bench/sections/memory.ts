/** Memory: heap after forced GC before and after thousands of call cycles through a mounted bar. */
import type { Browser, CDPSession } from 'playwright-core';
import { buildPage, openBenchPage, type BenchWindow } from '../lib/browser';
import { count, kb, mb } from '../lib/format';
import { row, type SectionResult } from '../lib/results';

const TARGET_BYTES = 1024 * 1024;
const WARMUP_CYCLES = 500;
const CHUNK = 1000;

interface Measurement {
  heapBytes: number;
  nodes: number;
  listeners: number;
}

async function measure(cdp: CDPSession): Promise<Measurement> {
  // Several passes: objects freed by one collection (weak maps, finalizers) go in the next.
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heapBytes: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

export async function runMemory(browser: Browser, options: { quick: boolean; log: (line: string) => void }): Promise<SectionResult> {
  const cycles = options.quick ? 2000 : 10_000;
  const page = await openBenchPage(browser, await buildPage({ profiling: false }));
  try {
    const cdp = await page.context().newCDPSession(page);
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.memory.setup());
    await page.evaluate((n) => (window as unknown as BenchWindow).__bench.memory.run(n), WARMUP_CYCLES);
    const before = await measure(cdp);
    let middle: Measurement | null = null;
    let elapsedMs = 0;
    for (let done = 0; done < cycles; done += CHUNK) {
      elapsedMs += await page.evaluate((n) => (window as unknown as BenchWindow).__bench.memory.run(n), Math.min(CHUNK, cycles - done));
      if (done + CHUNK === cycles / 2) middle = await measure(cdp);
      options.log(`memory: ${count(done + CHUNK)} / ${count(cycles)} cycles`);
    }
    const after = await measure(cdp);
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.memory.teardown());
    const growth = after.heapBytes - before.heapBytes;
    const secondHalf = middle ? after.heapBytes - middle.heapBytes : null;
    const sign = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}`;
    const rows = [
      row(
        'memory',
        `${count(cycles)} call cycles (ring → connected → hold → restore → ended), heap after GC`,
        `${sign(growth)} (${mb(before.heapBytes)} → ${mb(after.heapBytes)})` + (secondHalf === null ? '' : `, second half ${sign(secondHalf)}`),
        '≤ +1 MB',
        growth <= TARGET_BYTES,
      ),
      row(
        'memory',
        'DOM nodes / JS event listeners, before → after',
        `${after.nodes === before.nodes ? before.nodes : `${before.nodes} → ${after.nodes}`} / ${after.listeners === before.listeners ? before.listeners : `${before.listeners} → ${after.listeners}`} · ${(elapsedMs / cycles).toFixed(1)} ms per cycle`,
      ),
    ];
    return { rows, data: { cycles, warmupCycles: WARMUP_CYCLES, before, middle, after, growthBytes: growth, msPerCycle: elapsedMs / cycles } };
  } finally {
    await page.context().close();
  }
}
