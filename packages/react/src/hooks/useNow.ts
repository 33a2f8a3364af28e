import { useSyncExternalStore } from 'react';

interface Clock {
  now: number;
  listeners: Set<() => void>;
  timer: ReturnType<typeof setInterval> | undefined;
}

/** One shared clock per interval: every timer on the page ticks in the same commit. */
const clocks = new Map<number, Clock>();

function clockFor(intervalMs: number): Clock {
  let clock = clocks.get(intervalMs);
  if (!clock) {
    clock = { now: Date.now(), listeners: new Set(), timer: undefined };
    clocks.set(intervalMs, clock);
  }
  return clock;
}

/** Two reads this close together are the same instant (React reads a snapshot twice per render). */
const FRESH_MS = 20;

const isStale = (clock: Clock) => Math.abs(Date.now() - clock.now) > FRESH_MS;

function start(clock: Clock, intervalMs: number) {
  clock.now = Date.now();
  clock.timer = setInterval(() => {
    clock.now = Date.now();
    for (const notify of [...clock.listeners]) notify();
  }, intervalMs);
}

function subscribeTo(intervalMs: number) {
  return (listener: () => void) => {
    const clock = clockFor(intervalMs);
    clock.listeners.add(listener);
    if (clock.timer === undefined) {
      start(clock, intervalMs);
    } else if (isStale(clock)) {
      // A timer joining mid-interval would show a time up to one interval old (a countdown one
      // second too long): restart the shared clock now, so every timer shows the same, true time.
      clearInterval(clock.timer);
      start(clock, intervalMs);
      for (const notify of [...clock.listeners]) if (notify !== listener) notify();
    }
    return () => {
      clock.listeners.delete(listener);
      if (clock.listeners.size === 0) {
        clearInterval(clock.timer);
        clock.timer = undefined;
      }
    };
  };
}

interface ClockApi {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => number;
}

const apis = new Map<number, ClockApi>();

/** Stable `subscribe`/`getSnapshot` functions per interval, as `useSyncExternalStore` wants them. */
function clockApi(intervalMs: number): ClockApi {
  let api = apis.get(intervalMs);
  if (!api) {
    api = {
      subscribe: subscribeTo(intervalMs),
      getSnapshot: () => {
        const clock = clockFor(intervalMs);
        // Not ticking (nobody subscribed yet): the time of this render.
        if (clock.timer === undefined && isStale(clock)) clock.now = Date.now();
        return clock.now;
      },
    };
    apis.set(intervalMs, api);
  }
  return api;
}

const noSubscription = () => () => undefined;

/**
 * The current time, re-rendering the calling component every `intervalMs`. Only components that
 * call it tick: keep it in small leaf components (timers), never in a whole toolbar. With
 * `enabled` false it returns the time of the render and does not tick.
 */
export function useNow(intervalMs = 1000, enabled = true): number {
  if (!(intervalMs > 0)) throw new RangeError(`useNow: intervalMs must be positive, got ${intervalMs}`);
  const { subscribe, getSnapshot } = clockApi(intervalMs);
  return useSyncExternalStore(enabled ? subscribe : noSubscription, getSnapshot, getSnapshot);
}
