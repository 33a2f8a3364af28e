/** Messages between the benchmark and the simulator child process (Node IPC). */
import type { StallReport } from '../lib/stalls';

/** What the load generator asks of the world: the PBX side, not the agents' sockets. */
export type WorldOp = { op: 'placeCall'; caller: string; queueId: number } | { op: 'answer'; extension: string };

export type ToServer =
  | { type: 'start'; agents: number }
  | { type: 'ops'; ops: WorldOp[] }
  | { type: 'stats'; id: number }
  | { type: 'close' };

export interface ServerStats {
  /** process.cpuUsage(), µs. */
  cpuUser: number;
  cpuSystem: number;
  rss: number;
  heapUsed: number;
  /** Largest RSS of the process so far (bytes). */
  maxRss: number;
  /** performance.now() in the child, ms. */
  at: number;
  /** Event-loop utilisation since the child started (0…1, cumulative counters). */
  elu: { idle: number; active: number };
  /** Event-loop delay percentiles since the last stats request, ms. */
  loopDelayP99: number;
  loopDelayMax: number;
  /** Event-loop stalls since the last stats request, by cause. */
  stalls: StallReport;
  /** Control operations the model refused since the start (e.g. a call placed with nobody free). */
  refused: number;
}

export type FromServer =
  | { type: 'ready'; url: string }
  | { type: 'stats'; id: number; stats: ServerStats }
  | { type: 'error'; message: string };
