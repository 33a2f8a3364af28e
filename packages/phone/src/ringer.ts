/**
 * The ring and the test sounds, played through <audio> elements so that each can go to its own
 * output (`setSinkId`: the ring on the desk speaker, the call in the headset). The sounds are
 * generated WAVs (tone.ts) held as blob URLs, made on first use and revoked by `destroy()`.
 */
import { applySink } from './media';
import { RING, SPEAKER_TEST, durationMs, toneWav } from './tone';
import type { ToneSegment } from './tone';

export interface Ringer {
  /** Starts ringing on output `sinkId` (null: default) until `stop()`. */
  start(sinkId: string | null): void;
  stop(): void;
  readonly ringing: boolean;
  /** Plays one ring cycle (`ringer`) or the chime (`speaker`) on `sinkId`; resolves when it has played. */
  playOnce(kind: 'ringer' | 'speaker', sinkId: string | null): Promise<void>;
  destroy(): void;
}

export function createRinger(onError: (error: unknown) => void): Ringer {
  const urls = new Map<readonly ToneSegment[], string>();
  const url = (segments: readonly ToneSegment[]) => {
    let found = urls.get(segments);
    if (!found) {
      found = URL.createObjectURL(new Blob([toneWav(segments)], { type: 'audio/wav' }));
      urls.set(segments, found);
    }
    return found;
  };
  let ring: HTMLAudioElement | null = null;
  let generation = 0;
  const tests = new Set<HTMLAudioElement>();

  return {
    get ringing() {
      return ring !== null;
    },
    start(sinkId) {
      if (ring) return;
      const element = new Audio(url(RING));
      element.loop = true;
      ring = element;
      const mine = ++generation;
      applySink(element, sinkId)
        .catch(onError) // an output that vanished: ring on the default one rather than not at all
        .then(() => (mine === generation ? element.play() : undefined))
        // Autoplay policy: a page the agent has not clicked yet may not make sound. The bar
        // still shows the ring; the promise must not go unhandled into the host page.
        .catch(onError);
    },
    stop() {
      generation++;
      if (!ring) return;
      ring.pause();
      ring.removeAttribute('src');
      ring = null;
    },
    playOnce(kind, sinkId) {
      const segments = kind === 'ringer' ? RING : SPEAKER_TEST;
      const element = new Audio(url(segments));
      tests.add(element);
      const done = () => {
        tests.delete(element);
        element.pause();
      };
      return new Promise<void>((resolve, reject) => {
        // `ended` never comes if the output device hangs; the sound is short, so bound the wait.
        const limit = setTimeout(() => {
          done();
          resolve();
        }, durationMs(segments) + 3_000);
        element.addEventListener('ended', () => {
          clearTimeout(limit);
          done();
          resolve();
        });
        applySink(element, sinkId)
          .then(() => element.play())
          .catch((error: unknown) => {
            clearTimeout(limit);
            done();
            reject(error);
          });
      });
    },
    destroy() {
      this.stop();
      for (const element of tests) element.pause();
      tests.clear();
      for (const u of urls.values()) URL.revokeObjectURL(u);
      urls.clear();
    },
  };
}
