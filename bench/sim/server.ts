/**
 * The simulator alone in a process, so its CPU and memory are measured without the load
 * generator: started by bench/sections/simulator.ts (bundled first, run with plain node).
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { startSimulator, type RunningSimulator } from '@wincall/simulator';
import { watchStalls } from '../lib/stalls';
import type { FromServer, ServerStats, ToServer } from './ipc';
import { TENANT, benchSeed } from './seed';

// The parent imports its side of the protocol from here, which also gets this file type-checked.
export type { FromServer, ServerStats, ToServer, WorldOp } from './ipc';

let sim: RunningSimulator | null = null;
let refused = 0;
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
const stalls = watchStalls();

const send = (message: FromServer) => process.send?.(message);

function stats(): ServerStats {
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  const elu = performance.eventLoopUtilization();
  const out: ServerStats = {
    cpuUser: cpu.user,
    cpuSystem: cpu.system,
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    maxRss: process.resourceUsage().maxRSS * 1024,
    at: performance.now(),
    elu: { idle: elu.idle, active: elu.active },
    loopDelayP99: loopDelay.percentile(99) / 1e6,
    loopDelayMax: loopDelay.max / 1e6,
    stalls: stalls.take(),
    refused,
  };
  loopDelay.reset();
  return out;
}

process.on('message', (message: ToServer) => {
  void handle(message).catch((error: unknown) => send({ type: 'error', message: String((error as Error)?.stack ?? error) }));
});

async function handle(message: ToServer): Promise<void> {
  switch (message.type) {
    case 'start':
      // INSTANT timings (nothing rings out or answers by itself, no wrap-up) without heartbeats:
      // the load generator answers handsets itself and is not a KEEP-answering client.
      sim = await startSimulator({ port: 0, seed: benchSeed(message.agents), timings: { heartbeat: null } });
      loopDelay.enable();
      send({ type: 'ready', url: sim.url });
      return;
    case 'ops':
      for (const op of message.ops) {
        const outcome =
          op.op === 'placeCall'
            ? sim?.model.placeCall({ caller: op.caller, queueId: op.queueId, tenant: TENANT })
            : sim?.model.phoneAnswer(op.extension, TENANT);
        if (outcome && !outcome.ok) refused++;
      }
      return;
    case 'stats':
      send({ type: 'stats', id: message.id, stats: stats() });
      return;
    case 'close':
      await sim?.close();
      process.exit(0);
  }
}
