/**
 * A simulated network between the simulator and its agents: a one-way delay for every wintel
 * frame in both directions, with jitter, and stalls (traffic held without closing the socket, as
 * when a NAT entry or a Wi-Fi link dies: no FIN, no RST). Frames keep their order, as on TCP.
 * socket.io's own ping/pong is not delayed: only `AgentCmd` and `toAgent` frames are.
 */
export interface NetworkConditions {
  /** One-way delay in ms, each direction. Default 0. */
  latency: number;
  /** Each frame's delay varies by up to ± this many ms (never below 0, never reordering). Default 0. */
  jitter: number;
}

export interface NetworkState extends NetworkConditions {
  /** Until when (ms since epoch) traffic is held; 0 when not stalled. */
  stalledUntil: number;
}

export interface Lane {
  /** Runs `deliver` after the network's delay, after every frame pushed before it. */
  push(deliver: () => void): void;
  /** Drops whatever is still in flight. */
  clear(): void;
}

export interface Network {
  readonly state: NetworkState;
  /** Changes latency and/or jitter for the frames sent from now on. */
  set(conditions: Partial<NetworkConditions>): NetworkState;
  /** Holds all traffic for `ms` (frames already in flight too); 0 ends a stall at once. */
  stall(ms: number): NetworkState;
  lane(): Lane;
  dispose(): void;
}

function checkConditions(conditions: Partial<NetworkConditions>): void {
  for (const key of ['latency', 'jitter'] as const) {
    const value = conditions[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 60_000) {
      throw new RangeError(`${key} must be a number of ms between 0 and 60000, got ${String(value)}`);
    }
  }
}

export function createNetwork(initial: Partial<NetworkConditions> = {}, random: () => number = Math.random): Network {
  checkConditions(initial);
  const state: NetworkState = { latency: initial.latency ?? 0, jitter: initial.jitter ?? 0, stalledUntil: 0 };
  const lanes = new Set<Lane>();
  /** Lanes wake up when a stall ends early. */
  const wakers = new Set<() => void>();

  const delay = () => {
    const spread = state.jitter > 0 ? (random() * 2 - 1) * state.jitter : 0;
    return Math.max(0, Math.round(state.latency + spread));
  };

  function lane(): Lane {
    const queue: { at: number; deliver: () => void }[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;

    const flush = () => {
      timer = null;
      const now = Date.now();
      if (now < state.stalledUntil) return arm();
      while (queue.length > 0 && queue[0]!.at <= now) queue.shift()!.deliver();
      arm();
    };
    function arm() {
      if (timer || queue.length === 0) return;
      const now = Date.now();
      const at = Math.max(queue[0]!.at, state.stalledUntil);
      timer = setTimeout(flush, Math.max(0, at - now));
    }
    const wake = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      arm();
    };

    const self: Lane = {
      push(deliver) {
        const now = Date.now();
        const at = Math.max(now + delay(), last);
        last = at;
        // No delay, no stall, nothing ahead: deliver now, exactly as without a network.
        if (at <= now && queue.length === 0 && now >= state.stalledUntil) {
          deliver();
          return;
        }
        queue.push({ at, deliver });
        arm();
      },
      clear() {
        queue.length = 0;
        if (timer) clearTimeout(timer);
        timer = null;
        lanes.delete(self);
        wakers.delete(wake);
      },
    };
    lanes.add(self);
    wakers.add(wake);
    return self;
  }

  return {
    state,
    set(conditions) {
      checkConditions(conditions);
      if (conditions.latency !== undefined) state.latency = conditions.latency;
      if (conditions.jitter !== undefined) state.jitter = conditions.jitter;
      return { ...state };
    },
    stall(ms) {
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > 600_000) {
        throw new RangeError(`a stall lasts 0-600000 ms, got ${String(ms)}`);
      }
      state.stalledUntil = ms === 0 ? 0 : Date.now() + ms;
      for (const wake of [...wakers]) wake();
      return { ...state };
    },
    lane,
    dispose() {
      for (const l of [...lanes]) l.clear();
    },
  };
}
