/**
 * How fast the simulated world moves. Every value is in milliseconds unless its name says
 * otherwise; `null` means "never" (the event only happens when a person triggers it through
 * the control API).
 */
export interface Timings {
  /** An agent's desk phone answers an incoming ring by itself. */
  autoAnswer: number | null;
  /** The agent's own phone leg, for calls the agent places or monitors, answers by itself. */
  ownLegAnswer: number | null;
  /** An outside party answers. */
  farEndAnswer: number | null;
  /** How long a "no answer" number (ending in 408) rings before the attempt fails. */
  noAnswer: number | null;
  /** An agent who does not answer a ring loses it (a queue call is re-queued, the agent set busy). */
  ringTimeout: number | null;
  /** After-call work, in seconds; 0 = straight back to idle (or busy). */
  afterCallWorkSeconds: number;
  /** Round trip of a transfer to the IVR until the MT 7 result. */
  ivr: number | null;
  /** How often an auto-dial project dials its next customer. */
  autoDialInterval: number | null;
  /** Interval of the MT 2 heartbeat; `null` = no heartbeat. */
  heartbeat: number | null;
  /** Heartbeats a socket may leave unanswered in a row before the server disconnects it. */
  heartbeatMisses: number;
  /** How long the session of a dropped socket is kept for a resume; `null` = forever. */
  sessionGrace: number | null;
  /** Failed INITs for one agent within the window before further INITs are refused unchecked. */
  loginThrottle: { maxFailures: number; windowMs: number } | null;
}

/** For tests: everything that can happen at once does; nothing rings out by itself. */
export const INSTANT: Readonly<Timings> = Object.freeze({
  autoAnswer: null,
  ownLegAnswer: 0,
  farEndAnswer: 0,
  noAnswer: 50,
  ringTimeout: null,
  afterCallWorkSeconds: 0,
  ivr: 10,
  autoDialInterval: 20,
  heartbeat: null,
  heartbeatMisses: 3,
  sessionGrace: 5000,
  loginThrottle: Object.freeze({ maxFailures: 5, windowMs: 60_000 }),
});

/** For demos: roughly what a person sees on a real line. Incoming rings wait for the human. */
export const HUMAN: Readonly<Timings> = Object.freeze({
  autoAnswer: null,
  ownLegAnswer: 800,
  farEndAnswer: 2000,
  noAnswer: 8000,
  ringTimeout: 30_000,
  afterCallWorkSeconds: 15,
  ivr: 3000,
  autoDialInterval: 10_000,
  heartbeat: 15_000,
  heartbeatMisses: 3,
  sessionGrace: 60_000,
  loginThrottle: Object.freeze({ maxFailures: 5, windowMs: 60_000 }),
});

export type TimingsPreset = 'instant' | 'human';

/** A preset name, or a partial override merged onto INSTANT. */
export type TimingsInput = TimingsPreset | Partial<Timings>;

/** Resolves a preset name or an override; `undefined` gives `fallback`. */
export function resolveTimings(input: TimingsInput | undefined, fallback: Readonly<Timings> = HUMAN): Timings {
  if (input === undefined) return { ...fallback };
  if (input === 'instant') return { ...INSTANT };
  if (input === 'human') return { ...HUMAN };
  if (typeof input !== 'object' || input === null) {
    throw new TypeError(`timings must be 'instant', 'human' or an object, got ${String(input)}`);
  }
  const merged: Timings = { ...INSTANT, ...input };
  for (const key of Object.keys(merged) as (keyof Timings)[]) {
    const value = merged[key];
    if (key === 'loginThrottle') continue;
    const nullable = key !== 'afterCallWorkSeconds' && key !== 'heartbeatMisses';
    if (value === null && nullable) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new RangeError(`timings.${key} must be a non-negative number${nullable ? ' or null' : ''}`);
    }
    // Repeating timers at 0 ms would spin; a heartbeat that tolerates no miss would drop everyone.
    if ((key === 'heartbeat' || key === 'autoDialInterval' || key === 'heartbeatMisses') && value === 0) {
      throw new RangeError(`timings.${key} must be greater than 0${nullable ? ' (or null for never)' : ''}`);
    }
  }
  const throttle = merged.loginThrottle;
  if (throttle !== null && (typeof throttle !== 'object' || !(throttle.maxFailures >= 1) || !(throttle.windowMs >= 0))) {
    throw new RangeError('timings.loginThrottle must be { maxFailures >= 1, windowMs >= 0 } or null');
  }
  return merged;
}
