/**
 * `pnpm bench`: what users feel, in one table — bundle sizes, render discipline, event-to-screen
 * latency, core throughput, simulator scale, memory over many calls and the browser phone
 * (ring, answer, CPU against real SIP servers). Targets are goals
 * printed next to each result, never assertions: the command fails only when a benchmark could
 * not run. Also writes bench-results.json (gitignored) with the raw numbers and the machine.
 * See docs/benchmarks.md.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { REPO_ROOT } from '../bench/bundles';
import { USAGE, parseArgs, type Section } from '../bench/lib/args';
import { launchChromium } from '../bench/lib/browser';
import { describeMachine, machineLine } from '../bench/lib/machine';
import { formatMarkdown, formatTable, row, type ResultRow, type SectionResult } from '../bench/lib/results';
import { runBundle } from '../bench/sections/bundle';
import { runCore } from '../bench/sections/core';
import { runLatency } from '../bench/sections/latency';
import { runMemory } from '../bench/sections/memory';
import { runNetwork } from '../bench/sections/network';
import { runOutage } from '../bench/sections/outage';
import { runPhone } from '../bench/sections/phone';
import { runRender } from '../bench/sections/render';
import { runSimulator } from '../bench/sections/simulator';

const BROWSER_SECTIONS: readonly Section[] = ['render', 'latency', 'network', 'outage', 'memory'];

const log = (line: string) => console.error(`  ${line}`);

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  let browser: Browser | null = null;
  const needsBrowser = args.sections.some((s) => BROWSER_SECTIONS.includes(s));
  if (needsBrowser) browser = await launchChromium();
  const machine = describeMachine(browser?.version());
  console.error(`wincall-kit bench${args.quick ? ' (quick)' : ''}: ${args.sections.join(', ')}\n${machineLine(machine)}\n`);
  if (machine.loadAverage > machine.cpuCount / 2) {
    console.error(`note: the machine is busy (load ${machine.loadAverage.toFixed(1)} on ${machine.cpuCount} CPUs): expect noisy numbers\n`);
  }

  const runners: Record<Section, () => Promise<SectionResult>> = {
    bundle: () => runBundle(),
    render: () => runRender(browser!),
    latency: () => runLatency(browser!, args),
    network: () => runNetwork(browser!, args),
    outage: () => runOutage(browser!, args),
    core: () => runCore(args),
    simulator: () => runSimulator({ ...args, log }),
    memory: () => runMemory(browser!, { ...args, log }),
    // Launches a Chromium of its own: fake-microphone flags, and no other page while its CPU is measured.
    phone: () => runPhone({ ...args, log }),
  };

  const sections: Record<string, SectionResult & { seconds: number; loadAverage: [number, number]; error?: string }> = {};
  const rows: ResultRow[] = [];
  let failed = false;
  try {
    for (const section of args.sections) {
      const t0 = performance.now();
      const load = loadavg()[0] ?? 0;
      const timing = () => ({ seconds: (performance.now() - t0) / 1000, loadAverage: [load, loadavg()[0] ?? 0] as [number, number] });
      console.error(`▶ ${section}`);
      try {
        const result = await runners[section]();
        sections[section] = { ...result, ...timing() };
        rows.push(...result.rows);
      } catch (error) {
        failed = true;
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        console.error(error);
        sections[section] = { rows: [], data: null, ...timing(), error: message };
        rows.push(row(section, 'FAILED', message));
      }
      console.error(`  ${section} done in ${sections[section]!.seconds.toFixed(1)}s`);
    }
  } finally {
    await browser?.close();
  }

  const seconds = (performance.now() - started) / 1000;
  machine.loadAverageEnd = loadavg()[0] ?? 0;
  console.log(`\n${machineLine(machine)}\n`);
  console.log(formatTable(rows));
  const unmet = rows.filter((r) => r.met === false).length;
  console.log(`\n${rows.filter((r) => r.met === true).length} targets met, ${unmet} not met · ${seconds.toFixed(0)}s`);
  if (args.markdown) console.log(`\n${formatMarkdown(rows)}`);

  const file = join(REPO_ROOT, 'bench-results.json');
  writeFileSync(file, `${JSON.stringify({ machine, quick: args.quick, sections: args.sections, seconds, rows, results: sections }, null, 2)}\n`);
  console.log(`raw results: ${file}`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof RangeError ? `${error.message}\n\n${USAGE}` : error);
    process.exit(2);
  },
);
