/** The clock and timers the model runs on; tests or Storybook can hand in their own. */
export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Wall-clock time in ms (durations in the config API, throttling windows). */
  now(): number;
}

export const defaultScheduler: Scheduler = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** Cancels a timer; calling it twice, or after the timer fired, is harmless. */
export type Cancel = () => void;

/**
 * Owns every timer the model starts, so `clearAll()` (on reset and dispose) leaves nothing
 * behind that could keep a test process alive or fire into a rebuilt world.
 */
export class TimerBag {
  private readonly live = new Map<number, unknown>();
  private nextId = 1;

  constructor(private readonly scheduler: Scheduler) {}

  after(ms: number, callback: () => void): Cancel {
    const id = this.nextId++;
    const handle = this.scheduler.setTimeout(() => {
      if (!this.live.delete(id)) return;
      callback();
    }, ms);
    this.live.set(id, handle);
    return () => {
      if (!this.live.has(id)) return;
      const pending = this.live.get(id);
      this.live.delete(id);
      this.scheduler.clearTimeout(pending);
    };
  }

  get size(): number {
    return this.live.size;
  }

  clearAll(): void {
    for (const handle of this.live.values()) this.scheduler.clearTimeout(handle);
    this.live.clear();
  }
}
