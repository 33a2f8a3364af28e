/**
 * What the agent hears, measured in the page without any hook in the product: an init script
 * (bundled by the global setup, added to every context) that notes each MediaStream the page
 * hands to a media element (`srcObject`: how a browser phone plays the call's audio), and
 * measures a tone in the latest one with Web Audio and the simulator's Goertzel measurement (the
 * same code that measures the caller's recording in Node).
 */
import type { ToneMeasurement } from '../../../../../packages/simulator/src/sip/tone';
import { measureStreamTone } from '../../../../../packages/simulator/__tests__/sip/fixtures/streamTone';

export interface HeardTone extends ToneMeasurement {
  /** Audio tracks of the measured stream that were live when the measurement began (0: nothing to hear). */
  liveTracks: number;
}

export interface PageAudioProbe {
  /** How many streams the page has given to media elements so far. */
  streams(): number;
  /** Listens to the latest of them for `seconds` and measures `frequencyHz` in it. */
  measure(frequencyHz: number, seconds: number): Promise<HeardTone>;
}

declare global {
  interface Window {
    pageAudio: PageAudioProbe;
  }
}

const played: MediaStream[] = [];
/**
 * Every audio track ever added to a stream (a browser phone adds the call's track to the stream it
 * plays, and takes it out when the call ends): after the call the probe still listens to the
 * ended track, so "nothing to hear" is measured, not assumed.
 */
const tracksOf = new WeakMap<MediaStream, MediaStreamTrack[]>();
const addTrack = MediaStream.prototype.addTrack;
MediaStream.prototype.addTrack = function (this: MediaStream, track: MediaStreamTrack) {
  if (track.kind === 'audio') tracksOf.set(this, [...(tracksOf.get(this) ?? []), track]);
  return addTrack.call(this, track);
};
const srcObject = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'srcObject');
if (srcObject?.set && srcObject.get) {
  const { get, set } = srcObject;
  Object.defineProperty(HTMLMediaElement.prototype, 'srcObject', {
    configurable: true,
    enumerable: srcObject.enumerable ?? true,
    get() {
      return get.call(this);
    },
    set(value: MediaProvider | null) {
      if (value instanceof MediaStream) played.push(value);
      set.call(this, value);
    },
  });
}

let context: AudioContext | null = null;

const nothing = (frequencyHz: number): HeardTone => ({
  frequencyHz,
  blocks: 0,
  blockSeconds: 0,
  toneSeconds: 0,
  toneDb: -120,
  otherDb: -120,
  marginDb: 0,
  liveTracks: 0,
});

window.pageAudio = {
  streams: () => played.length,
  async measure(frequencyHz, seconds) {
    const stream = played.at(-1);
    // The stream as it plays now, or (once the call is over) the ended tracks it carried.
    const listened = stream && stream.getAudioTracks().length > 0 ? stream : new MediaStream(stream ? (tracksOf.get(stream) ?? []) : []);
    const tracks = listened.getAudioTracks();
    // No audio track ever reached the page: there is nothing to listen to.
    if (tracks.length === 0) return nothing(frequencyHz);
    const liveTracks = tracks.filter((track) => track.readyState === 'live').length;
    const audio = (context ??= new AudioContext());
    await audio.resume();
    return { ...(await measureStreamTone(audio, listened, frequencyHz, seconds)), liveTracks };
  },
};
