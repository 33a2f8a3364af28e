import { describe, expect, it } from 'vitest';
import { levelFromRms } from '../src/levelMeter';
import { SPEECH_LEVEL, createSpeechDetector } from '../src/speech';

const LOUD = 0.6;
const QUIET = 0.1;

describe('talking while muted', () => {
  it('says yes after about 0.3 s of voice (3 of 5 readings), not on a single knock', () => {
    const detector = createSpeechDetector();
    expect([QUIET, LOUD, QUIET, QUIET, QUIET, QUIET].map((l) => detector.push(l))).toEqual([false, false, false, false, false, false]);
    expect([LOUD, LOUD].map((l) => detector.push(l))).toEqual([false, false]);
    expect(detector.push(LOUD)).toBe(true);
  });

  it('stays on through a short pause and goes off after 1 s of quiet', () => {
    const detector = createSpeechDetector();
    [LOUD, LOUD, LOUD].forEach((l) => detector.push(l));
    const pause = Array.from({ length: 9 }, () => detector.push(QUIET));
    expect(pause.every(Boolean)).toBe(true);
    expect(detector.push(QUIET)).toBe(false);
  });

  it('starts over on reset (unmuted)', () => {
    const detector = createSpeechDetector();
    [LOUD, LOUD, LOUD].forEach((l) => detector.push(l));
    detector.reset();
    expect(detector.push(LOUD)).toBe(false);
  });
});

describe('the level meter’s scale', () => {
  it('maps −60 dBFS → 0, 0 dBFS → 1, and puts a headset voice (−30 dBFS) above the speech threshold', () => {
    expect(levelFromRms(0)).toBe(0);
    expect(levelFromRms(0.001)).toBeCloseTo(0, 5);
    expect(levelFromRms(1)).toBe(1);
    expect(levelFromRms(2)).toBe(1);
    expect(levelFromRms(10 ** (-30 / 20))).toBeCloseTo(0.5, 5);
    expect(levelFromRms(10 ** (-30 / 20))).toBeGreaterThan(SPEECH_LEVEL);
    expect(levelFromRms(10 ** (-50 / 20))).toBeLessThan(SPEECH_LEVEL);
  });
});
