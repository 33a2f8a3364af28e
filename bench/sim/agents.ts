/**
 * N agents as real socket.io clients on loopback: each signs in with raw INIT + LOGIN, then goes
 * busy and idle now and then, and handles the queue calls that ring on its phone (the handset is
 * answered through the model, as the PBX would report it; the agent hangs up with HANGUP). The
 * time from a command's `AgentCmd` to its MT 1 result is what is measured.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from '../bundles';
import type { SimProcess } from '../lib/simServer';
import type { WorldOp } from './ipc';
import { AGENTS_PER_QUEUE, PASSWORD, TENANT, agentNum, extensionOf } from './seed';

/** The part of a socket.io-client 4 socket used here. */
interface ClientSocket {
  on(event: 'toAgent', handler: (payload: string) => void): unknown;
  on(event: 'connect', handler: () => void): unknown;
  on(event: 'connect_error', handler: (error: Error) => void): unknown;
  emit(event: string, payload: unknown): unknown;
  close(): unknown;
}
type Io = (url: string, options: Record<string, unknown>) => ClientSocket;

// socket.io-client is a dependency of the packages, not of the repository root.
const { io } = createRequire(join(REPO_ROOT, 'packages/simulator/package.json'))('socket.io-client') as { io: Io };

/** What each agent does; rates are per agent. */
export interface AgentProfile {
  /** Idle time before going busy, ms (uniform). */
  thinkMs: [number, number];
  /** Time spent busy before going idle again, ms (uniform). */
  busyMs: [number, number];
  /** Queue calls placed per agent per second, spread over the queues. */
  callsPerAgentPerSecond: number;
  /** Talk time before the agent hangs up, ms (uniform). */
  talkMs: [number, number];
}

export const DEFAULT_PROFILE: AgentProfile = {
  thinkMs: [2000, 6000],
  busyMs: [1000, 3000],
  callsPerAgentPerSecond: 0.1,
  talkMs: [1000, 2000],
};

export const ACTION_NAMES: Record<number, string> = { 100: 'INIT', 2: 'LOGIN', 4: 'BUSY', 5: 'UNBUSY', 23: 'HANGUP' };

interface Waiting {
  sentAt: number;
  resolve(ret: number): void;
}

interface Agent {
  index: number;
  extension: string;
  socket: ClientSocket;
  inCall: boolean;
  pending: Map<number, Waiting>;
}

type Message = { MT?: number; Retact?: number; Ret?: number; PhoSta?: number };

const uniform = ([min, max]: [number, number]) => min + Math.random() * (max - min);

export interface LoadResult {
  /** Command → result latencies in the measured window, ms, by action name. */
  latencies: Record<string, number[]>;
  /** Results that said no (Ret ≠ 0), by action name. */
  refusals: Record<string, number>;
  /** Commands still unanswered when the run ended. */
  unanswered: number;
  callsPlaced: number;
  callsAnswered: number;
  /** Time for all N agents to connect and sign in, ms. */
  signInMs: number;
}

/**
 * Drives `agents` agents against the simulator behind `sim`: signs them all in, lets them work
 * for `warmupMs` (not measured) and then `measureMs` (measured), and calls `window(start|end)`
 * at the edges of the measured window so the caller can read the server's counters there.
 */
export async function runAgents(options: {
  sim: SimProcess;
  agents: number;
  warmupMs: number;
  measureMs: number;
  profile?: AgentProfile;
  onWindow: (edge: 'start' | 'end') => Promise<void>;
}): Promise<LoadResult> {
  const { sim, agents: count } = options;
  const profile = options.profile ?? DEFAULT_PROFILE;
  const latencies: Record<string, number[]> = {};
  const refusals: Record<string, number> = {};
  let measuring = false;
  let running = true;
  let callsPlaced = 0;
  let callsAnswered = 0;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };
  const sleep = (ms: number) => new Promise<void>((resolve) => later(ms, resolve));

  // World operations (calls placed, handsets lifted) go to the simulator in one IPC message per tick.
  let ops: WorldOp[] = [];
  const flush = setInterval(() => {
    if (ops.length === 0) return;
    sim.ops(ops);
    ops = [];
  }, 10);

  const command = (agent: Agent, payload: { Action: number } & Record<string, unknown>): Promise<number> =>
    new Promise((resolve) => {
      agent.pending.set(payload.Action, { sentAt: performance.now(), resolve });
      agent.socket.emit('AgentCmd', payload);
    });

  const onFrame = (agent: Agent, payload: string) => {
    const at = performance.now();
    for (const piece of payload.split('\r\n')) {
      const message = JSON.parse(piece) as Message;
      if (message.MT === 1 && message.Retact !== undefined) {
        const waiting = agent.pending.get(message.Retact);
        if (!waiting) continue;
        agent.pending.delete(message.Retact);
        const name = ACTION_NAMES[message.Retact] ?? String(message.Retact);
        if (measuring) (latencies[name] ??= []).push(at - waiting.sentAt);
        if (message.Ret !== 0) refusals[name] = (refusals[name] ?? 0) + 1;
        waiting.resolve(message.Ret ?? -1);
      } else if (message.MT === 3) {
        if (message.PhoSta === 5) {
          agent.inCall = true;
          ops.push({ op: 'answer', extension: agent.extension });
        } else if (message.PhoSta === 6) {
          callsAnswered++;
          later(uniform(profile.talkMs), () => {
            if (running) void command(agent, { Action: 23 });
          });
        } else if (message.PhoSta === 0) {
          agent.inCall = false;
        }
      }
    }
  };

  const connect = (index: number): Promise<Agent> =>
    new Promise((resolve, reject) => {
      // WebSocket from the start: the real client begins with HTTP long-polling and upgrades, but
      // the steady state this measures is the same WebSocket either way.
      const socket = io(sim.url, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: 20_000 });
      const agent: Agent = { index, extension: extensionOf(index), socket, inCall: false, pending: new Map() };
      socket.on('toAgent', (payload) => onFrame(agent, payload));
      socket.on('connect', () => resolve(agent));
      socket.on('connect_error', reject);
    });

  const signIn = async (agent: Agent) => {
    const init = await command(agent, { Action: 100, VccCode: TENANT, AgNum: agentNum(agent.index), AgPass: PASSWORD, AgPhoneNum: agent.extension });
    if (init !== 0) throw new Error(`agent ${agent.index}: INIT answered Ret ${init}`);
    const login = await command(agent, { Action: 2, State: 1 });
    if (login !== 0) throw new Error(`agent ${agent.index}: LOGIN answered Ret ${login}`);
  };

  const agents: Agent[] = [];
  let caller: ReturnType<typeof setInterval> | undefined;
  try {
    const signInStarted = performance.now();
    // Connecting in batches keeps the listen backlog and the handshakes from piling up.
    for (let first = 1; first <= count; first += 100) {
      const batch = await Promise.all(Array.from({ length: Math.min(100, count - first + 1) }, (_, k) => connect(first + k)));
      agents.push(...batch);
      await Promise.all(batch.map(signIn));
    }
    const signInMs = performance.now() - signInStarted;

    const presence = async (agent: Agent) => {
      // Spread the first moves so the agents do not act in lockstep.
      await sleep(Math.random() * profile.thinkMs[1]);
      while (running) {
        if (!agent.inCall) {
          await command(agent, { Action: 4, Reason: 100 });
          await sleep(uniform(profile.busyMs));
          if (!running) break;
          await command(agent, { Action: 5 });
        }
        await sleep(uniform(profile.thinkMs));
      }
    };
    for (const agent of agents) void presence(agent);

    const queues = Math.max(1, Math.ceil(count / AGENTS_PER_QUEUE));
    let due = 0;
    caller = setInterval(() => {
      due += (count * profile.callsPerAgentPerSecond) / 10;
      for (; due >= 1; due--) {
        callsPlaced++;
        ops.push({ op: 'placeCall', caller: `139${String(callsPlaced).padStart(8, '0')}`, queueId: 1000 + (callsPlaced % queues) });
      }
    }, 100);

    await new Promise((resolve) => setTimeout(resolve, options.warmupMs));
    await options.onWindow('start');
    measuring = true;
    await new Promise((resolve) => setTimeout(resolve, options.measureMs));
    measuring = false;
    await options.onWindow('end');

    running = false;
    clearInterval(caller);
    // Let the commands in flight come back before counting the ones that never did.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const unanswered = agents.reduce((sum, a) => sum + a.pending.size, 0);
    return { latencies, refusals, unanswered, callsPlaced, callsAnswered, signInMs };
  } finally {
    running = false;
    clearInterval(caller);
    clearInterval(flush);
    for (const timer of timers) clearTimeout(timer);
    for (const agent of agents) agent.socket.close();
  }
}
