/**
 * Generated sounds (no audio files to ship or fetch): a 16-bit mono PCM WAV built from segments
 * of summed sine tones and silences, with 10 ms fades so that no segment starts with a click.
 */
export interface ToneSegment {
  ms: number;
  /** Frequencies summed in this segment; none = silence. */
  hz?: readonly number[];
  /** Peak amplitude, 0–1 of full scale. Default 0.3. */
  gain?: number;
}

/** The agent's ring: two short bursts of 440+480 Hz, then 2 s of quiet, 3 s per cycle (looped). */
export const RING: readonly ToneSegment[] = [
  { ms: 400, hz: [440, 480] },
  { ms: 200 },
  { ms: 400, hz: [440, 480] },
  { ms: 2000 },
];

/** "Can you hear this?": a rising three-note chime, about 1.2 s. */
export const SPEAKER_TEST: readonly ToneSegment[] = [
  { ms: 300, hz: [523.25] },
  { ms: 300, hz: [659.25] },
  { ms: 550, hz: [783.99] },
  { ms: 100 },
];

export function durationMs(segments: readonly ToneSegment[]): number {
  return segments.reduce((sum, s) => sum + s.ms, 0);
}

export function toneWav(segments: readonly ToneSegment[], sampleRate = 16_000): Uint8Array<ArrayBuffer> {
  for (const s of segments) {
    if (!(s.ms >= 0) || (s.gain !== undefined && !(s.gain >= 0 && s.gain <= 1))) throw new RangeError('A tone segment needs ms ≥ 0 and gain in 0…1');
  }
  const counts = segments.map((s) => Math.round((s.ms / 1000) * sampleRate));
  const total = counts.reduce((a, b) => a + b, 0);
  const bytes = new Uint8Array(44 + total * 2);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => [...text].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + total * 2, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, total * 2, true);

  const fade = Math.round(0.01 * sampleRate);
  let offset = 44;
  segments.forEach((segment, index) => {
    const count = counts[index]!;
    const hz = segment.hz ?? [];
    const gain = (segment.gain ?? 0.3) / Math.max(1, hz.length);
    for (let i = 0; i < count; i++) {
      const envelope = Math.min(1, i / fade, (count - 1 - i) / fade);
      let value = 0;
      for (const f of hz) value += Math.sin((2 * Math.PI * f * i) / sampleRate);
      view.setInt16(offset, Math.round(value * gain * Math.max(0, envelope) * 32767), true);
      offset += 2;
    }
  });
  return bytes;
}
