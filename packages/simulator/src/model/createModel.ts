import { DEFAULT_SEED, type Seed } from '../seed';
import { resolveTimings, type Timings, type TimingsInput } from '../timings';
import { runAutoDial } from './autoDial';
import { createContext } from './context';
import * as control from './control';
import { directory, type DirectoryAnswer, type DirectoryList } from './directory';
import { handleCommand, reportBug } from './dispatch';
import { distribute } from './distribution';
import { applyPhoneReport, connectPhones, DESK_PHONES, type PhoneReporter, type Phones, type PhoneSystem } from './phones';
import { defaultScheduler, type Scheduler } from './scheduler';
import { disconnect, openConnection, startHeartbeat, type ModelConnection } from './sessions';
import { snapshot, type Snapshot } from './snapshot';
import type { Peer } from './types';
import { buildWorld } from './world';

export interface ModelOptions {
  seed?: Seed;
  /** A preset name, or a partial override merged onto INSTANT; default HUMAN. */
  timings?: TimingsInput;
  /** Clock and timers; default the global setTimeout / clearTimeout / Date.now. */
  scheduler?: Scheduler;
  /**
   * The agents' phones; default desk phones. With a `browser` system only the agent's browser
   * answers: `autoAnswer` and `ownLegAnswer` are forced to `null` (never).
   */
  phones?: PhoneSystem;
}

/**
 * The simulated call center: pure TypeScript, no I/O. The socket.io server drives it in Node,
 * and it is a `MemoryServer` (`connect(peer)`) for running the core client in a browser.
 */
export interface SimulatorModel {
  readonly timings: Readonly<Timings>;
  /** A client connects: `peer.deliver` gets `toAgent` payloads, `peer.dropped` the server's hang-ups. */
  connect(peer: Peer): ModelConnection;

  placeCall(input: control.PlaceCallInput): control.Outcome<{ callId: string }>;
  customerHangup(callId: string): control.Outcome;
  setIvrDigits(callId: string, digits?: string): control.Outcome;
  phoneAnswer(extension: string, tenant?: string): control.Outcome;
  phoneHangup(extension: string, tenant?: string): control.Outcome;
  force(agentNum: string, state: control.ForcedState, tenant?: string): control.Outcome;
  setQueues(agentNum: string, queues: number[], tenant?: string): control.Outcome;
  setCallers(tenant: string, numbers: string[]): control.Outcome;
  fault(kind: control.FaultKind): control.Outcome;

  /** A config HTTP API list for a tenant code. */
  directory(list: DirectoryList, vccCode: string | undefined): DirectoryAnswer;
  snapshot(): Snapshot;
  /** Called after every change of the world; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Back to the seed: every socket is dropped, every call and timer is gone. */
  reset(): void;
  /** Stops every timer; the model answers nothing afterwards. */
  dispose(): void;
}

export function createModel(options: ModelOptions = {}): SimulatorModel {
  const seed = options.seed ?? DEFAULT_SEED;
  const timings = resolveTimings(options.timings);
  const system = options.phones;
  if (system?.kind === 'browser') {
    // A browser phone has no handset that picks itself up: the person (or the browser client,
    // for its own and its monitor legs) answers.
    timings.autoAnswer = null;
    timings.ownLegAnswer = null;
  }
  const listeners = new Set<() => void>();
  // A phone's news arrives on its own (a SIP response), so it is a step of its own.
  const report: PhoneReporter = (legId, what) => {
    if (ctx.disposed) return;
    try {
      ctx.step(() => applyPhoneReport(ctx, legId, what));
    } catch (error) {
      reportBug(error);
    }
  };
  const phones: Phones = system ? connectPhones(system, report) : DESK_PHONES;
  const ctx = createContext({
    world: buildWorld(seed),
    timings,
    phones,
    scheduler: options.scheduler ?? defaultScheduler,
    settle: (c) => {
      distribute(c);
      runAutoDial(c);
    },
    changed: () => {
      for (const listener of [...listeners]) {
        try {
          listener();
        } catch (error) {
          reportBug(error);
        }
      }
    },
    failed: reportBug,
  });
  startHeartbeat(ctx);
  const step = <T>(fn: () => T): T => ctx.step(fn);

  return {
    timings,
    connect: (peer) => openConnection(ctx, peer, (connection, payload) => handleCommand(ctx, connection, payload)),
    placeCall: (input) => step(() => control.placeCall(ctx, input)),
    customerHangup: (callId) => step(() => control.customerHangup(ctx, callId)),
    setIvrDigits: (callId, digits) => step(() => control.setIvrDigits(ctx, callId, digits)),
    phoneAnswer: (extension, tenant) => step(() => control.phoneAnswer(ctx, extension, tenant)),
    phoneHangup: (extension, tenant) => step(() => control.phoneHangup(ctx, extension, tenant)),
    force: (agentNum, state, tenant) => step(() => control.force(ctx, agentNum, state, tenant)),
    setQueues: (agentNum, queues, tenant) => step(() => control.setQueues(ctx, agentNum, queues, tenant)),
    setCallers: (tenant, numbers) => step(() => control.setCallers(ctx, tenant, numbers)),
    fault: (kind) => step(() => control.fault(ctx, kind)),
    directory: (list, vccCode) => directory(ctx, list, vccCode),
    snapshot: () => snapshot(ctx),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      if (ctx.disposed) return;
      step(() => {
        for (const connection of [...ctx.connections]) disconnect(ctx, connection);
        // The old world's calls vanish without ending one by one: their phones hang up here.
        for (const agent of ctx.world.agents.values()) {
          const leg = agent.session?.leg;
          if (leg) ctx.phones.release(leg.id);
        }
        // The old world's timers (rings, wrap-ups, grace periods) must not fire into the new one.
        ctx.timers.clearAll();
        ctx.world = buildWorld(seed);
        startHeartbeat(ctx);
      });
    },
    dispose() {
      if (ctx.disposed) return;
      for (const agent of ctx.world.agents.values()) {
        const leg = agent.session?.leg;
        if (leg) ctx.phones.release(leg.id);
      }
      for (const connection of ctx.connections) connection.open = false;
      ctx.connections.clear();
      ctx.dispose();
      listeners.clear();
    },
  };
}
