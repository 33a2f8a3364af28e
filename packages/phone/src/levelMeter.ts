/**
 * The microphone's level, 0–1, from an AnalyserNode on a local stream. The scale is logarithmic
 * like a VU meter: −60 dBFS (a quiet room) → 0, 0 dBFS (full scale) → 1, so speech at a headset
 * (about −30 to −15 dBFS) sits in the upper half.
 */
export const METER_FLOOR_DB = -60;

/** RMS amplitude (0–1 of full scale) → meter level 0–1. */
export function levelFromRms(rms: number): number {
  if (!(rms > 0)) return 0;
  const db = 20 * Math.log10(rms);
  return Math.min(1, Math.max(0, (db - METER_FLOOR_DB) / -METER_FLOOR_DB));
}

export interface LevelMeter {
  /** The level over the last ~20 ms. */
  level(): number;
  stop(): void;
}

/**
 * Measures `stream` (a microphone track, or a clone of the one being sent: a muted, disabled
 * track reads as silence, its clone does not). The analyser needs no connection to the
 * speakers: Chrome pulls analysers by itself, and the agent must not hear their own voice.
 */
export function createLevelMeter(context: AudioContext, stream: MediaStream): LevelMeter {
  const source = context.createMediaStreamSource(stream);
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  source.connect(analyser);
  const buffer = new Float32Array(analyser.fftSize);
  return {
    level() {
      analyser.getFloatTimeDomainData(buffer);
      let sum = 0;
      for (const sample of buffer) sum += sample * sample;
      return levelFromRms(Math.sqrt(sum / buffer.length));
    },
    stop() {
      source.disconnect();
      analyser.disconnect();
    },
  };
}
