import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWav, encodeWav, measureTone, measureToneInWav, readWav, toneSamples, writeToneWav } from '../../src/sip/audio';

/**
 * The measurement the end-to-end test leans on to say "the caller heard the browser's tone":
 * it must find a tone that is there and must not find one in silence, noise or another tone.
 */

const RATE = 8000;

function floats(samples: Int16Array): Float32Array {
  return Float32Array.from(samples, (sample) => sample / 32768);
}

/** Deterministic noise (a linear congruential generator), so the test cannot flake. */
function noise(length: number, amplitude: number, seed = 7): Float32Array {
  let state = seed;
  return Float32Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return amplitude * ((state / 2147483648) * 2 - 1);
  });
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wincall-audio-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('measuring a tone', () => {
  const tone440 = floats(toneSamples({ frequencyHz: 440, sampleRate: RATE, seconds: 2, amplitude: 0.5 }));

  it('finds a 440 Hz tone for its whole length, 6 dB under full scale', () => {
    const result = measureTone(tone440, { frequencyHz: 440, sampleRate: RATE });
    expect(result.toneSeconds).toBeGreaterThan(1.9);
    expect(result.toneDb).toBeCloseTo(-6, 0);
    expect(result.marginDb).toBeGreaterThan(40);
  });

  it('does not hear 1000 Hz in a 440 Hz tone', () => {
    const result = measureTone(tone440, { frequencyHz: 1000, sampleRate: RATE });
    expect(result.toneSeconds).toBe(0);
    expect(result.marginDb).toBeLessThan(-20);
  });

  it('hears nothing in silence or in noise', () => {
    expect(measureTone(new Float32Array(RATE * 2), { frequencyHz: 440, sampleRate: RATE })).toMatchObject({ toneSeconds: 0, toneDb: -120 });
    expect(measureTone(noise(RATE * 2, 0.5), { frequencyHz: 440, sampleRate: RATE }).toneSeconds).toBe(0);
  });

  it('still hears the tone over noise 30 dB quieter', () => {
    const quietNoise = noise(tone440.length, 0.5 * 10 ** (-30 / 20));
    const mixed = tone440.map((sample, i) => sample + (quietNoise[i] ?? 0));
    expect(measureTone(mixed, { frequencyHz: 440, sampleRate: RATE }).toneSeconds).toBeGreaterThan(1.9);
  });

  it('refuses a tone it cannot make', () => {
    expect(() => toneSamples({ frequencyHz: 440, sampleRate: 0, seconds: 1 })).toThrow(RangeError);
    expect(() => toneSamples({ frequencyHz: 440, sampleRate: RATE, seconds: -1 })).toThrow(RangeError);
  });
});

describe('WAV files', () => {
  it('round-trips a tone through a file and measures it there', async () => {
    const path = await writeToneWav(join(dir, 'tone.wav'), { frequencyHz: 1000, sampleRate: 48_000, seconds: 1 });
    const wav = await readWav(path);
    expect(wav).toMatchObject({ sampleRate: 48_000, channels: 1 });
    expect(wav.seconds).toBeCloseTo(1, 2);
    expect((await measureToneInWav(path, { frequencyHz: 1000 })).toneSeconds).toBeGreaterThan(0.9);
  });

  it('reads a recording whose header never got its size (baresip killed mid-call)', () => {
    const file = encodeWav(toneSamples({ frequencyHz: 440, sampleRate: RATE, seconds: 1 }), RATE);
    file.writeUInt32LE(0, 40);
    expect(decodeWav(file).seconds).toBeCloseTo(1, 2);
  });

  it('says what is wrong with a file that is not a WAV', () => {
    expect(() => decodeWav(Buffer.from('not a wav file at all'))).toThrow(/RIFF\/WAVE/);
  });
});
