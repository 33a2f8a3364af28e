import type { Timings } from '../timings';
import { Outbox } from './outbox';
import type { Phones } from './phones';
import { TimerBag, type Cancel, type Scheduler } from './scheduler';
import type { Connection, World } from './types';

/** What every part of the model works with: the world, the clock, timers and the outbox. */
export interface Context {
  world: World;
  readonly connections: Set<Connection>;
  readonly timings: Timings;
  readonly out: Outbox;
  readonly timers: TimerBag;
  /** The agents' phones: desk phones (nothing to do) or browser phones that really ring. */
  readonly phones: Phones;
  now(): number;
  /**
   * Runs `fn` as one step of the world. When the outermost step ends, the world settles (waiting
   * calls are offered, auto-dialling starts or stops) and every connection gets one frame.
   */
  step<T>(fn: () => T): T;
  /** Runs `fn` as a step after `ms`; `null` = never. */
  later(ms: number | null, fn: () => void): Cancel;
  nextCallId(): string;
  nextLegId(): number;
  nextIdleTick(): number;
  nextConnectionId(): number;
  readonly disposed: boolean;
  dispose(): void;
}

const noop: Cancel = () => {};

export function createContext(options: {
  world: World;
  timings: Timings;
  scheduler: Scheduler;
  phones: Phones;
  /** Brings the world to rest after a step; may emit more messages. */
  settle: (ctx: Context) => void;
  /** Told after every step, once its frames went out. */
  changed: () => void;
  /** A bug inside a timer callback; the simulator keeps running. */
  failed: (error: unknown) => void;
}): Context {
  const timers = new TimerBag(options.scheduler);
  const out = new Outbox();
  let depth = 0;
  let disposed = false;
  let callSeq = 0;
  let legSeq = 0;
  let idleTick = 0;
  let connectionSeq = 0;
  // Call ids look like the PBX's own (epoch seconds, a dot, a sequence) and never repeat in a run.
  const callIdBase = Math.floor(options.scheduler.now() / 1000);

  const ctx: Context = {
    world: options.world,
    connections: new Set(),
    timings: options.timings,
    out,
    timers,
    phones: options.phones,
    now: () => options.scheduler.now(),
    step(fn) {
      depth++;
      try {
        const value = fn();
        if (depth === 1 && !disposed) options.settle(ctx);
        return value;
      } finally {
        depth--;
        if (depth === 0) {
          out.flush();
          if (!disposed) options.changed();
        }
      }
    },
    later(ms, fn) {
      if (ms === null || disposed) return noop;
      return timers.after(ms, () => {
        try {
          ctx.step(fn);
        } catch (error) {
          options.failed(error);
        }
      });
    },
    nextCallId: () => `${callIdBase}.${++callSeq}`,
    nextLegId: () => ++legSeq,
    nextIdleTick: () => ++idleTick,
    nextConnectionId: () => ++connectionSeq,
    get disposed() {
      return disposed;
    },
    dispose() {
      disposed = true;
      timers.clearAll();
      out.clear();
    },
  };
  return ctx;
}
