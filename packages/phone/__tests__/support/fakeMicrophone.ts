import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toneWav } from '../../src/tone';
import { AGENT_HZ } from '../browser/extensions';

/**
 * The agent's voice for Chromium's fake microphone (`--use-file-for-fake-audio-capture`, looped):
 * a 1000 Hz tone whose loudness steps every half second, so it is as "live" as speech for the
 * constant-level check, and loud enough to count as talking while muted.
 */
export function writeFakeMicrophone(): string {
  const path = join(tmpdir(), `wincall-phone-microphone-${AGENT_HZ}hz.wav`);
  const steps = Array.from({ length: 8 }, (_, i) => ({ ms: 500, hz: [AGENT_HZ], gain: i % 2 === 0 ? 0.5 : 0.3 }));
  writeFileSync(path, toneWav(steps, 48_000));
  return path;
}
