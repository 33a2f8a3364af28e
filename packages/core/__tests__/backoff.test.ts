import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSocketTransport } from '../src/transport/socketTransport';
import type { Transport } from '../src/transport/types';

// The core's own socket.io connection retries on timers of its own; these tests play the network
// with an engine that refuses (or never answers) every connection, and the clock with fake timers,
// so that every wait between two attempts can be read exactly.

type Listener = (...args: unknown[]) => void;

const engines = vi.hoisted(() => ({
  /** Each connection attempt: when it started (fake clock) and how it ends. */
  attempts: [] as { at: number }[],
  behaviour: 'refuse' as 'refuse' | 'hang' | 'accept',
}));

vi.mock('engine.io-client', () => ({
  Socket: class FakeEngine {
    private readonly listeners = new Map<string, Set<Listener>>();
    constructor() {
      engines.attempts.push({ at: Date.now() });
      // A refused connection fails a moment later, never inside the constructor (as a real one).
      if (engines.behaviour === 'refuse') queueMicrotask(() => this.fire('error', new Error('xhr poll error')));
      if (engines.behaviour === 'accept') {
        queueMicrotask(() => {
          this.fire('open');
          // The server's answer to the namespace CONNECT packet.
          this.fire('data', '0{"sid":"s1"}');
        });
      }
    }
    on(event: string, listener: Listener) {
      const set = this.listeners.get(event) ?? new Set();
      set.add(listener);
      this.listeners.set(event, set);
    }
    off(event: string, listener: Listener) {
      this.listeners.get(event)?.delete(listener);
    }
    write() {}
    close() {
      this.fire('close', 'forced close');
    }
    private fire(event: string, ...args: unknown[]) {
      for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
    }
  },
}));

const transports: Transport[] = [];
beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
  engines.attempts.length = 0;
  engines.behaviour = 'refuse';
});
afterEach(() => {
  for (const transport of transports.splice(0)) transport.close();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** The transport a client creates by default (no reconnection options): its defaults are under test. */
function open(): Transport {
  const transport = createSocketTransport({ url: 'http://127.0.0.1:1' });
  transports.push(transport);
  transport.open();
  return transport;
}

/** Runs the clock to each next attempt; the waits between attempts, in ms. */
async function waitsBetween(attempts: number): Promise<number[]> {
  while (engines.attempts.length < attempts) await vi.advanceTimersToNextTimerAsync();
  return engines.attempts.slice(1).map((attempt, i) => attempt.at - engines.attempts[i]!.at);
}

describe('reconnection backoff of an agent page', () => {
  it('never waits longer than 2 s between two attempts, however long the outage', async () => {
    open();
    const waits = await waitsBetween(40);
    expect(waits).toHaveLength(39);
    for (const wait of waits) expect(wait).toBeLessThanOrEqual(2_000);
    // The first retry comes within a second of the drop (half to all of the first delay).
    expect(waits[0]).toBeGreaterThanOrEqual(500);
    expect(waits[0]).toBeLessThanOrEqual(1_000);
  });

  it('keeps the waits of many agents spread out at the cap, not on one beat', async () => {
    open();
    const atCap = (await waitsBetween(40)).slice(5);
    // socket.io's own ± jitter is cut off by the cap: most waits there would be exactly the cap.
    const distinct = new Set(atCap.map((wait) => Math.round(wait / 10)));
    expect(distinct.size).toBeGreaterThan(10);
    for (const wait of atCap) expect(wait).toBeGreaterThanOrEqual(1_000);
  });

  it('takes the jitter off the delay: the longest wait is the delay, the shortest half of it', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const longest = open();
    expect(await waitsBetween(6)).toEqual([1_000, 2_000, 2_000, 2_000, 2_000]);
    longest.close();
    vi.spyOn(Math, 'random').mockReturnValue(0.999_999);
    engines.attempts.length = 0;
    open();
    const shortest = await waitsBetween(4);
    expect(shortest.map(Math.round)).toEqual([500, 1_000, 1_000]);
  });

  it('gives up an attempt that hangs after 5 s, then allows the next ones longer, up to four times', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    engines.behaviour = 'hang';
    open();
    const waits = await waitsBetween(6);
    // Attempt n starts after attempt n − 1 timed out and the backoff waited: 5 s + 1 s, 10 s + 2 s, 20 s + 2 s, …
    expect(waits).toEqual([6_000, 12_000, 22_000, 22_000, 22_000]);
  });

  it('goes back to the short connect timeout once a connection has worked', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    engines.behaviour = 'hang';
    const transport = open();
    await waitsBetween(3); // two attempts timed out: the third has 20 s
    engines.behaviour = 'accept';
    // "Reconnect now": the hanging attempt is dropped and a fresh one, which the network answers, made.
    transport.reconnect();
    await vi.advanceTimersByTimeAsync(0);
    expect(transport.status).toBe('connected');

    // The connection drops; the network hangs again. Retry after 1 s, given up 5 s later, the next 2 s after.
    engines.behaviour = 'hang';
    transport.reconnect();
    const attempts = engines.attempts.length;
    await vi.advanceTimersByTimeAsync(1_000 + 5_000 + 2_000);
    expect(engines.attempts).toHaveLength(attempts + 2);
  });

  it('starts a fresh attempt on reconnect() while a retry timer is pending, with the backoff started over', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const transport = open();
    await waitsBetween(4); // the next wait is 2 s
    const before = engines.attempts.length;
    await vi.advanceTimersByTimeAsync(100);
    transport.reconnect();
    expect(engines.attempts).toHaveLength(before + 1);
    expect(transport.status).toBe('reconnecting');
    // The backoff starts over: the next retry waits the first delay again.
    const waits = await waitsBetween(before + 2);
    expect(waits.at(-1)).toBe(1_000);
  });
});
