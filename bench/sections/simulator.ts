/**
 * Simulator scale: the simulator alone in a child process, N agents as socket.io clients from
 * this process. Per N: command → result latency, the simulator's CPU and memory.
 */
import { loadavg } from 'node:os';
import type { ServerStats } from '../sim/ipc';
import { DEFAULT_PROFILE, runAgents } from '../sim/agents';
import { mb, ms, percent } from '../lib/format';
import { row, type ResultRow, type SectionResult } from '../lib/results';
import { buildSimServer, startSimProcess } from '../lib/simServer';
import { watchStalls, type StallReport } from '../lib/stalls';
import { summarize, type Summary } from '../lib/stats';

const TARGET_AGENTS = 2000;
const TARGET_P99_MS = 50;
const TARGET_RSS = 500 * 1024 * 1024;

export interface ScaleRun {
  agents: number;
  signInMs: number;
  commands: Summary;
  byCommand: Record<string, Summary>;
  commandsPerSecond: number;
  refusals: Record<string, number>;
  unanswered: number;
  callsPlaced: number;
  callsAnswered: number;
  server: {
    /** Share of one core over the measured window. */
    cpuPercent: number;
    eventLoopUtilization: number;
    loopDelayP99Ms: number;
    loopDelayMaxMs: number;
    rssBytes: number;
    peakRssBytes: number;
    heapUsedBytes: number;
    stalls: StallReport;
  };
  loadGeneratorCpuPercent: number;
  loadGeneratorStalls: StallReport;
  /** 1-minute load average at the start and the end of the measured window. */
  loadAverage: [number, number];
}

const cpuPercent = (a: ServerStats, b: ServerStats) => ((b.cpuUser + b.cpuSystem - a.cpuUser - a.cpuSystem) / 1000 / (b.at - a.at)) * 100;

async function scale(file: string, agents: number, warmupMs: number, measureMs: number): Promise<ScaleRun> {
  const sim = await startSimProcess(file, agents);
  const edges: { server?: ServerStats; cpu?: NodeJS.CpuUsage; at?: number; load?: number; stalls?: StallReport }[] = [{}, {}];
  const stalls = watchStalls();
  try {
    const load = await runAgents({
      sim,
      agents,
      warmupMs,
      measureMs,
      onWindow: async (edge) => {
        const server = await sim.stats();
        edges[edge === 'start' ? 0 : 1] = { server, cpu: process.cpuUsage(), at: performance.now(), load: loadavg()[0] ?? 0, stalls: stalls.take() };
      },
    });
    const [start, end] = edges as [Required<(typeof edges)[0]>, Required<(typeof edges)[0]>];
    const all = Object.values(load.latencies).flat();
    const loadCpu = process.cpuUsage(start.cpu);
    const eluActive = end.server.elu.active - start.server.elu.active;
    const eluIdle = end.server.elu.idle - start.server.elu.idle;
    return {
      agents,
      signInMs: load.signInMs,
      commands: summarize(all),
      byCommand: Object.fromEntries(Object.entries(load.latencies).map(([name, values]) => [name, summarize(values)])),
      commandsPerSecond: all.length / (measureMs / 1000),
      refusals: load.refusals,
      unanswered: load.unanswered,
      callsPlaced: load.callsPlaced,
      callsAnswered: load.callsAnswered,
      server: {
        cpuPercent: cpuPercent(start.server, end.server),
        eventLoopUtilization: eluActive / (eluActive + eluIdle),
        loopDelayP99Ms: end.server.loopDelayP99,
        loopDelayMaxMs: end.server.loopDelayMax,
        rssBytes: end.server.rss,
        peakRssBytes: end.server.maxRss,
        heapUsedBytes: end.server.heapUsed,
        stalls: end.server.stalls,
      },
      loadGeneratorCpuPercent: ((loadCpu.user + loadCpu.system) / 1000 / (end.at - start.at)) * 100,
      loadGeneratorStalls: end.stalls,
      loadAverage: [start.load, end.load],
    };
  } finally {
    stalls.stop();
    await sim.close();
  }
}

/** Why the tail may be long: the event loops stalled on their own work, or for lack of CPU. */
function stallNote(r: ScaleRun): string {
  const starved = r.server.stalls.starved + r.loadGeneratorStalls.starved;
  const long = r.server.stalls.longTasks + r.loadGeneratorStalls.longTasks;
  if (starved + long === 0) return '';
  const worst = Math.max(r.server.stalls.starvedMaxMs, r.loadGeneratorStalls.starvedMaxMs, r.server.stalls.longTaskMaxMs, r.loadGeneratorStalls.longTaskMaxMs);
  return ` · stalls > 30 ms: ${starved} starved of CPU, ${long} long tasks (max ${ms(worst)})`;
}

export async function runSimulator(options: { quick: boolean; log: (line: string) => void }): Promise<SectionResult> {
  const counts = options.quick ? [250, 1000] : [250, 500, 1000, 2000];
  const warmupMs = options.quick ? 2000 : 3000;
  const measureMs = options.quick ? 5000 : 15_000;
  const server = await buildSimServer();
  const runs: ScaleRun[] = [];
  try {
    for (const agents of counts) {
      options.log(`simulator: ${agents} agents…`);
      runs.push(await scale(server.file, agents, warmupMs, measureMs));
    }
  } finally {
    server.dispose();
  }

  const rows: ResultRow[] = runs.map((r) => {
    const atTarget = r.agents === TARGET_AGENTS;
    const met = atTarget ? r.commands.p99 <= TARGET_P99_MS && r.server.peakRssBytes <= TARGET_RSS && r.unanswered === 0 : null;
    return row(
      'simulator',
      `${r.agents} agents (${Math.round(r.commandsPerSecond)} cmd/s, ${(r.callsAnswered / (measureMs / 1000 + warmupMs / 1000)).toFixed(0)} calls/s)`,
      `p50 ${ms(r.commands.p50)} · p99 ${ms(r.commands.p99)} · CPU ${percent(r.server.cpuPercent)} · RSS ${mb(r.server.rssBytes)} (peak ${mb(r.server.peakRssBytes)}) · loop delay p99 ${ms(r.server.loopDelayP99Ms)}` +
        (r.unanswered > 0 ? ` · ${r.unanswered} unanswered` : '') +
        stallNote(r),
      atTarget ? `p99 ≤ ${TARGET_P99_MS} ms, ≤ 500 MB` : undefined,
      met,
    );
  });
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (first && last && last !== first) {
    const factor = last.agents / first.agents;
    const perAgent = (last.server.rssBytes - first.server.rssBytes) / (last.agents - first.agents);
    rows.push(
      row(
        'simulator',
        `growth ${first.agents} → ${last.agents} agents (×${factor})`,
        `CPU ×${(last.server.cpuPercent / first.server.cpuPercent).toFixed(1)} · p99 ×${(last.commands.p99 / first.commands.p99).toFixed(1)} · RSS +${((perAgent / 1024) | 0).toLocaleString('en-US')} KB per agent`,
      ),
    );
  }
  if (!runs.some((r) => r.agents === TARGET_AGENTS)) {
    rows.push(row('simulator', `${TARGET_AGENTS} agents`, 'not run (--quick)', `p99 ≤ ${TARGET_P99_MS} ms, ≤ 500 MB`, null));
  }
  return { rows, data: { profile: DEFAULT_PROFILE, warmupMs, measureMs, runs } };
}
