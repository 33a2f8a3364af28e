type Timer = ReturnType<typeof setTimeout>;

export interface StallWatch {
  /** A frame arrived from the server: every expectation set before it is met. */
  frame(): void;
  /** The server owes a frame within `within` ms from now (an unanswered command, a heartbeat due). */
  expect(within: number): void;
  /** Forgets every expectation (the connection changed). */
  reset(): void;
}

interface Expectation {
  since: number;
  due: number;
  within: number;
  /** Frames seen when it was set: any later frame meets it. */
  mark: number;
}

/**
 * Notices a stalled network (no FIN, no RST: packets just stop), which leaves a socket looking
 * open: when a frame the server owed has not come by its deadline, `onStall(since, within)` runs.
 * One timer, for the earliest deadline still open; every expectation is kept until a frame meets
 * it, so a later command's deadline is not lost behind an earlier one's.
 */
export function createStallWatch(deps: {
  now(): number;
  schedule(fn: () => void, ms: number): Timer;
  cancel(timer: Timer): void;
  onStall(since: number, within: number): void;
}): StallWatch {
  let frames = 0;
  let open: Expectation[] = [];
  let timer: Timer | null = null;

  function arm() {
    if (timer) deps.cancel(timer);
    timer = null;
    open = open.filter((e) => e.mark === frames);
    if (open.length === 0) return;
    const next = Math.min(...open.map((e) => e.due));
    timer = deps.schedule(check, Math.max(0, next - deps.now()));
  }

  function check() {
    timer = null;
    const at = deps.now();
    const unmet = open.filter((e) => e.mark === frames);
    const overdue = unmet.filter((e) => e.due <= at).sort((a, b) => a.since - b.since)[0];
    open = unmet.filter((e) => e.due > at);
    if (overdue) deps.onStall(overdue.since, overdue.within);
    arm();
  }

  return {
    frame() {
      frames++;
    },
    expect(within) {
      const since = deps.now();
      open.push({ since, due: since + within, within, mark: frames });
      arm();
    },
    reset() {
      open = [];
      if (timer) deps.cancel(timer);
      timer = null;
    },
  };
}
