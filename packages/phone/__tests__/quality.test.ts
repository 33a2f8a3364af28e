import type { PhoneStatsSample, QualityWarning } from '@wincall/core';
import { describe, expect, it } from 'vitest';
import { CONSTANT_LEVEL_MS, estimateMos, initialQualityState, nextQuality, windowLoss } from '../src/quality';
import type { QualityState } from '../src/quality';

/**
 * Recorded-style getStats series: one sample a second, cumulative packet counters (50 packets a
 * second of 20 ms audio), RTT and jitter as the browser reports them, the sent level varying as a
 * live microphone's does.
 */
interface Second {
  rttMs?: number;
  jitterMs?: number;
  /** Packets lost in this second (of 50 expected). */
  lost?: number;
  /** The sent level this second (default: a live microphone's varying level). */
  level?: number;
  muted?: boolean;
}

function play(seconds: readonly Second[]): { states: QualityState[]; warningsAt: QualityWarning[][] } {
  let state = initialQualityState();
  let received = 0;
  let lost = 0;
  const states: QualityState[] = [];
  seconds.forEach((second, index) => {
    const lostNow = second.lost ?? 0;
    lost += lostNow;
    received += 50 - lostNow;
    const sample: PhoneStatsSample = {
      at: 1_000_000 + index * 1000,
      rttMs: second.rttMs ?? 40,
      jitterMs: second.jitterMs ?? 3,
      packetsReceived: received,
      packetsLost: lost,
      packetsSent: (index + 1) * 50,
      sentAudioLevel: second.level ?? 0.1 + ((index * 37) % 11) / 100,
      receivedAudioLevel: 0.2,
    };
    state = nextQuality(state, sample, { muted: second.muted ?? false });
    states.push(state);
  });
  return { states, warningsAt: states.map((s) => [...s.quality.warnings]) };
}

const repeat = (count: number, second: Second): Second[] => Array.from({ length: count }, () => second);
const firstIndexWith = (warningsAt: QualityWarning[][], warning: QualityWarning) => warningsAt.findIndex((w) => w.includes(warning));

describe('call quality from getStats samples', () => {
  it('a good call (40 ms RTT, 3 ms jitter, no loss) raises nothing and scores above 4', () => {
    const { states, warningsAt } = play(repeat(30, {}));
    expect(warningsAt.every((w) => w.length === 0)).toBe(true);
    const last = states.at(-1)!.quality;
    expect(last).toMatchObject({ rttMs: 40, jitterMs: 3, packetLossPercent: 0 });
    expect(last.mos).toBeGreaterThan(4.2);
  });

  it('sustained 500 ms RTT raises highRtt on the third sample and clears it after recovery', () => {
    const { warningsAt } = play([...repeat(5, {}), ...repeat(10, { rttMs: 500 }), ...repeat(10, {})]);
    expect(firstIndexWith(warningsAt, 'highRtt')).toBe(5 + 2);
    expect(warningsAt[5 + 9]).toContain('highRtt');
    // Cleared once 4 of the last 5 samples are good again: the 4th good sample.
    expect(warningsAt[15 + 2]).toContain('highRtt');
    expect(warningsAt[15 + 3]).not.toContain('highRtt');
    expect(warningsAt.at(-1)).toEqual([]);
  });

  it('a single RTT spike, or two, raises nothing', () => {
    const { warningsAt } = play([...repeat(5, {}), { rttMs: 900 }, ...repeat(3, {}), { rttMs: 900 }, {}, { rttMs: 900 }, ...repeat(5, {})]);
    expect(warningsAt.flat()).toEqual([]);
  });

  it('5 % packet loss raises highPacketLoss (and nothing else)', () => {
    const { states, warningsAt } = play([...repeat(3, {}), ...repeat(10, { lost: 2.5 })]);
    expect(states.at(-1)!.quality.packetLossPercent).toBeCloseTo(5, 1);
    expect(warningsAt.at(-1)).toEqual(['highPacketLoss']);
  });

  it('2 % loss stays under the 3 % threshold', () => {
    const { warningsAt } = play(repeat(15, { lost: 1 }));
    expect(warningsAt.at(-1)).toEqual([]);
  });

  it('40 ms jitter raises highJitter (and nothing else)', () => {
    const { warningsAt } = play(repeat(10, { jitterMs: 40 }));
    expect(warningsAt.at(-1)).toEqual(['highJitter']);
  });

  it('RTT, jitter and loss each under their threshold but together push MOS under 3.5: lowMos only', () => {
    const { states, warningsAt } = play(repeat(10, { rttMs: 300, jitterMs: 25, lost: 1 }));
    expect(states.at(-1)!.quality.mos).toBeLessThan(3.5);
    expect(warningsAt.at(-1)).toEqual(['lowMos']);
  });

  it('a microphone whose sent level does not change for 10 s raises constantAudioLevel, and a change clears it', () => {
    const seconds = [...repeat(3, {}), ...repeat(15, { level: 0 }), {}];
    const { warningsAt } = play(seconds);
    // The level is 0 from sample 3; 10 s later (sample 13) it has been constant for 10 s.
    expect(firstIndexWith(warningsAt, 'constantAudioLevel')).toBe(3 + CONSTANT_LEVEL_MS / 1000);
    expect(warningsAt[17]).toEqual(['constantAudioLevel']);
    expect(warningsAt[18]).toEqual([]);
  });

  it('muted on purpose (the bar sends silence) is not a dead microphone', () => {
    const { warningsAt } = play(repeat(20, { level: 0, muted: true }));
    expect(warningsAt.flat()).toEqual([]);
  });

  it('keeps the same warnings array while the set does not change (qualityChanged fires on changes only)', () => {
    const { states } = play(repeat(12, { jitterMs: 40 }));
    expect(states[10]!.quality.warnings).toBe(states[11]!.quality.warnings);
    expect(states[1]!.quality.warnings).not.toBe(states[2]!.quality.warnings);
  });
});

describe('E-model MOS', () => {
  it('scores an unimpaired call near the narrowband ceiling and a bad one low', () => {
    expect(estimateMos(0, 0, 0)).toBeCloseTo(4.4, 1);
    expect(estimateMos(50, 5, 0)).toBeGreaterThan(4.3);
    expect(estimateMos(500, 5, 0)).toBeLessThan(3);
    expect(estimateMos(40, 3, 20)).toBeLessThan(2.5);
    expect(estimateMos(null, null, null)).toBeNull();
  });

  it('never leaves 1…4.5', () => {
    for (const [rtt, jitter, loss] of [[0, 0, 0], [10_000, 1000, 100], [1, 1, 50]] as const) {
      const mos = estimateMos(rtt, jitter, loss)!;
      expect(mos).toBeGreaterThanOrEqual(1);
      expect(mos).toBeLessThanOrEqual(4.5);
    }
  });

  it('falls as each impairment grows', () => {
    expect(estimateMos(300, 3, 0)!).toBeLessThan(estimateMos(100, 3, 0)!);
    expect(estimateMos(40, 40, 0)!).toBeLessThan(estimateMos(40, 5, 0)!);
    expect(estimateMos(40, 3, 4)!).toBeLessThan(estimateMos(40, 3, 1)!);
  });
});

describe('packet loss over the window', () => {
  const sample = (packetsReceived: number, packetsLost: number): PhoneStatsSample => ({
    at: 0,
    rttMs: null,
    jitterMs: null,
    packetsReceived,
    packetsLost,
    packetsSent: 0,
    sentAudioLevel: null,
    receivedAudioLevel: null,
  });
  it('is lost / (lost + received) between the oldest and newest sample', () => {
    expect(windowLoss([sample(1000, 0), sample(1090, 10)])).toBe(10);
  });
  it('counts a first sample from the start of the call, and says nothing before any packet', () => {
    expect(windowLoss([sample(97, 3)])).toBe(3);
    expect(windowLoss([sample(0, 0)])).toBeNull();
    expect(windowLoss([])).toBeNull();
  });
});
