import { describe, expect, it } from 'vitest';
import { measureTone } from '../../simulator/src/sip/tone';
import { RING, durationMs, toneWav } from '../src/tone';

function samplesOf(wav: Uint8Array): { sampleRate: number; samples: Float32Array } {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  const sampleRate = view.getUint32(24, true);
  const count = view.getUint32(40, true) / 2;
  const samples = new Float32Array(count);
  for (let i = 0; i < count; i++) samples[i] = view.getInt16(44 + i * 2, true) / 32768;
  return { sampleRate, samples };
}

describe('generated sounds', () => {
  it('writes a PCM WAV whose audio is the tone asked for', () => {
    const wav = toneWav([{ ms: 1000, hz: [1000], gain: 0.5 }], 8000);
    expect(new TextDecoder().decode(wav.subarray(0, 4))).toBe('RIFF');
    expect(new TextDecoder().decode(wav.subarray(8, 12))).toBe('WAVE');
    const { sampleRate, samples } = samplesOf(wav);
    expect(sampleRate).toBe(8000);
    expect(samples.length).toBe(8000);
    const measured = measureTone(samples, { frequencyHz: 1000, sampleRate });
    expect(measured.toneSeconds).toBeGreaterThan(0.8);
    expect(measureTone(samples, { frequencyHz: 440, sampleRate }).toneSeconds).toBe(0);
  });

  it('rings in bursts with quiet between them (3 s a cycle)', () => {
    const { sampleRate, samples } = samplesOf(toneWav(RING, 8000));
    expect(samples.length / sampleRate).toBeCloseTo(durationMs(RING) / 1000, 2);
    const rms = (from: number, to: number) => {
      const part = samples.subarray(Math.round(from * sampleRate), Math.round(to * sampleRate));
      return Math.sqrt(part.reduce((sum, v) => sum + v * v, 0) / part.length);
    };
    expect(rms(0.05, 0.35)).toBeGreaterThan(0.1);
    expect(rms(1.2, 2.9)).toBe(0);
  });

  it('refuses a gain outside 0…1', () => {
    expect(() => toneWav([{ ms: 10, hz: [440], gain: 2 }])).toThrow(RangeError);
  });
});
