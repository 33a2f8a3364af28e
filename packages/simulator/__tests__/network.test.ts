import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNetwork } from '../src/server/network';

afterEach(() => {
  vi.useRealTimers();
});

describe('the simulated network', () => {
  it('delivers at once with no latency, as if there were no network', () => {
    const network = createNetwork();
    const seen: number[] = [];
    network.lane().push(() => seen.push(1));
    expect(seen).toEqual([1]);
  });

  it('delays every frame by the latency and keeps their order under heavy jitter', async () => {
    vi.useFakeTimers();
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const network = createNetwork({ latency: 100, jitter: 90 }, random);
    const lane = network.lane();
    const seen: number[] = [];
    for (let i = 0; i < 50; i++) {
      lane.push(() => seen.push(i));
      await vi.advanceTimersByTimeAsync(3);
    }
    expect(seen.length).toBeLessThan(50);
    await vi.advanceTimersByTimeAsync(200);
    expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('holds traffic during a stall, frames already on their way too, and delivers them in order after it', async () => {
    vi.useFakeTimers();
    const network = createNetwork({ latency: 50 });
    const lane = network.lane();
    const seen: string[] = [];
    lane.push(() => seen.push('before'));
    network.stall(1_000);
    lane.push(() => seen.push('during'));
    await vi.advanceTimersByTimeAsync(999);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(60);
    expect(seen).toEqual(['before', 'during']);
  });

  it('ends a stall early when asked, and changes latency live', async () => {
    vi.useFakeTimers();
    const network = createNetwork({ latency: 10 });
    const lane = network.lane();
    const seen: string[] = [];
    network.stall(60_000);
    lane.push(() => seen.push('held'));
    await vi.advanceTimersByTimeAsync(500);
    network.stall(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(['held']);
    expect(network.set({ latency: 0 })).toMatchObject({ latency: 0, stalledUntil: 0 });
    lane.push(() => seen.push('now'));
    expect(seen).toEqual(['held', 'now']);
  });

  it('refuses nonsense with a RangeError', () => {
    const network = createNetwork();
    expect(() => network.set({ latency: Number.NaN })).toThrow(RangeError);
    expect(() => network.set({ jitter: -5 })).toThrow(RangeError);
    expect(() => network.stall(-1)).toThrow(RangeError);
    expect(() => createNetwork({ latency: 61_000 })).toThrow(RangeError);
  });

  it('drops what a closed lane still had in flight', async () => {
    vi.useFakeTimers();
    const network = createNetwork({ latency: 100 });
    const lane = network.lane();
    const seen: number[] = [];
    lane.push(() => seen.push(1));
    lane.clear();
    await vi.advanceTimersByTimeAsync(200);
    expect(seen).toEqual([]);
    network.dispose();
  });
});
