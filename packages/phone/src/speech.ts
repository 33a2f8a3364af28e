/**
 * "You are talking while muted": fed the microphone's level ~10 times a second. It says yes once
 * 3 of the last 5 readings are above the speech threshold (about 0.3 s of voice: a cough or a
 * chair does not count), and no again after 1 s without any (a pause between sentences keeps it).
 */
export const SPEECH_LEVEL = 0.35; // ≈ −39 dBFS on the meter's scale: voice at a headset, not room noise
const WINDOW = 5;
const ON_AT = 3;
const OFF_AFTER = 10;

export interface SpeechDetector {
  push(level: number): boolean;
  reset(): void;
}

export function createSpeechDetector(threshold: number = SPEECH_LEVEL): SpeechDetector {
  let recent: boolean[] = [];
  let quietFor = 0;
  let speaking = false;
  return {
    push(level) {
      const loud = level >= threshold;
      recent = [...recent, loud].slice(-WINDOW);
      quietFor = loud ? 0 : quietFor + 1;
      if (!speaking && recent.filter(Boolean).length >= ON_AT) speaking = true;
      else if (speaking && quietFor >= OFF_AFTER) speaking = false;
      return speaking;
    },
    reset() {
      recent = [];
      quietFor = 0;
      speaking = false;
    },
  };
}
