/**
 * The pre-call check ("test my audio"): opens the chosen microphone for a few seconds and shows
 * its level as the agent speaks; at the end says whether it heard anything at all. The speaker
 * is checked separately (`playTestSound`): a sound played during the check would reach a laptop
 * microphone through the speakers and prove nothing.
 */
import { INITIAL_AUDIO_CHECK } from '@wincall/core/phone';
import type { AudioCheck, MicrophoneAccess, PhoneDeviceState } from '@wincall/core';
import { createLevelMeter } from './levelMeter';
import type { LevelMeter } from './levelMeter';
import { microphoneAccessAfter, microphoneErrorCode, openMicrophone, stopStream } from './media';
import type { Store } from './store';

/** Peak level that counts as "the microphone heard you": ≈ −42 dBFS, above a quiet room's hiss. */
export const HEARD_LEVEL = 0.3;
export const DEFAULT_CHECK_MS = 5_000;
const POLL_MS = 50;

/** The check not running (the core's initial value). */
export const IDLE_CHECK: AudioCheck = INITIAL_AUDIO_CHECK;

export interface AudioChecker {
  start(durationMs?: number): Promise<AudioCheck>;
  stop(): void;
}

export function createAudioChecker(deps: {
  store: Store<PhoneDeviceState>;
  audioContext(): AudioContext | null;
  onMicrophone(access: MicrophoneAccess, fellBackToDefault: boolean): void;
}): AudioChecker {
  let run: { finish(phase: 'idle' | 'done'): void } | null = null;

  async function start(durationMs: number = DEFAULT_CHECK_MS): Promise<AudioCheck> {
    if (!(Number.isFinite(durationMs) && durationMs > 0 && durationMs <= 60_000)) {
      throw new RangeError(`The audio check lasts 1 ms to 60 s, got ${durationMs}`);
    }
    run?.finish('idle');
    const token = {};
    let current: typeof token | null = token;
    // Stopped while the browser is still opening the microphone: the check ends as soon as it opens.
    run = {
      finish() {
        current = null;
        run = null;
        deps.store.setState({ audioCheck: IDLE_CHECK });
      },
    };
    deps.store.setState({ audioCheck: { phase: 'running', level: 0, peak: 0, microphoneHeard: null } });
    let opened: Awaited<ReturnType<typeof openMicrophone>>;
    try {
      opened = await openMicrophone(deps.store.getState().devices.input);
    } catch (error) {
      deps.onMicrophone(microphoneAccessAfter(microphoneErrorCode(error)), false);
      if (current === token) {
        run = null;
        deps.store.setState({ audioCheck: IDLE_CHECK });
      }
      throw error;
    }
    deps.onMicrophone('granted', opened.fellBack);
    if (current !== token) {
      stopStream(opened.stream);
      return IDLE_CHECK;
    }
    const context = deps.audioContext();
    let meter: LevelMeter | null = null;
    try {
      meter = context ? createLevelMeter(context, opened.stream) : null;
    } catch {
      meter = null;
    }

    return new Promise<AudioCheck>((resolve) => {
      let peak = 0;
      const poll = setInterval(() => {
        const level = meter?.level() ?? 0;
        peak = Math.max(peak, level);
        deps.store.setState({ audioCheck: { phase: 'running', level, peak, microphoneHeard: null } });
      }, POLL_MS);
      const limit = setTimeout(() => finish('done'), durationMs);
      function finish(phase: 'idle' | 'done') {
        if (current !== token) return;
        current = null;
        run = null;
        clearInterval(poll);
        clearTimeout(limit);
        meter?.stop();
        stopStream(opened.stream);
        const result: AudioCheck = phase === 'done' ? { phase, level: 0, peak, microphoneHeard: peak >= HEARD_LEVEL } : IDLE_CHECK;
        deps.store.setState({ audioCheck: result });
        resolve(result);
      }
      run = { finish };
    });
  }

  return {
    start,
    stop() {
      run?.finish('idle');
    },
  };
}
