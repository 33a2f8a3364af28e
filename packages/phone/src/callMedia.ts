/**
 * One leg's media in the browser: the far end's audio on the chosen output, the microphone track
 * being sent (mute, a new microphone mid-call), "talking while muted", ICE state and the stats
 * loop. It reports what it sees; the leg (leg.ts) decides what that means for the call.
 */
import type { PhoneStatsSample } from '@wincall/core';
import type { SessionDescriptionHandler } from 'sip.js/lib/platform/web/session-description-handler/session-description-handler.js';
import { createLevelMeter } from './levelMeter';
import type { LevelMeter } from './levelMeter';
import { applySink } from './media';
import type { Log } from './registration';
import { createSpeechDetector } from './speech';
import { startStatsSampler } from './stats';

export const STATS_INTERVAL_MS = 1_000;
const SPEECH_POLL_MS = 100;

export interface CallMediaEvents {
  /** ICE and DTLS are up: audio flows both ways. */
  onConnected(): void;
  onIceState(state: RTCIceConnectionState): void;
  onSample(sample: PhoneStatsSample, receiving: boolean): void;
  onSpeakingWhileMuted(speaking: boolean): void;
  /** The microphone being sent stopped by itself (unplugged): the leg opens another one. */
  onInputEnded(): void;
}

export interface CallMedia {
  readonly peerConnection: RTCPeerConnection | undefined;
  readonly remoteStream: MediaStream;
  readonly localStream: MediaStream;
  setMuted(muted: boolean): void;
  /** Sends `stream`'s audio track instead of the current one (`RTCRtpSender.replaceTrack`, no re-INVITE). */
  replaceInput(stream: MediaStream): Promise<void>;
  setOutput(id: string | null): Promise<void>;
  close(): void;
}

export function createCallMedia(
  sdh: SessionDescriptionHandler,
  options: { now(): number; log: Log; output: string | null; muted: boolean; audioContext(): AudioContext | null; events: CallMediaEvents },
): CallMedia {
  const { events, log } = options;
  const cleanups: (() => void)[] = [];
  let closed = false;
  let muted = options.muted;
  let connected = false;

  const remote = new Audio();
  remote.autoplay = true;
  // Chrome feeds remote WebRTC audio to the speakers (and to Web Audio) only through a media element.
  remote.srcObject = sdh.remoteMediaStream;
  applySink(remote, options.output)
    .catch((error: unknown) => log('warn', 'phone: the chosen output could not be used; playing on the default one', error))
    .then(() => (closed ? undefined : remote.play()))
    .catch((error: unknown) => log('warn', 'phone: the far end’s audio could not start playing', error));
  cleanups.push(() => {
    remote.pause();
    remote.srcObject = null;
  });

  const pc = sdh.peerConnection;
  const sender = () => pc?.getSenders().find((s) => s.track?.kind === 'audio') ?? null;

  // Speech while muted: a clone of the sent track (a disabled track reads as silence; its clone does not).
  let meter: { meter: LevelMeter; clone: MediaStreamTrack } | null = null;
  let speechTimer: ReturnType<typeof setInterval> | null = null;
  const speech = createSpeechDetector();
  let speaking = false;
  const setSpeaking = (value: boolean) => {
    if (value === speaking) return;
    speaking = value;
    events.onSpeakingWhileMuted(value);
  };
  const stopMeter = () => {
    if (speechTimer !== null) clearInterval(speechTimer);
    speechTimer = null;
    meter?.meter.stop();
    meter?.clone.stop();
    meter = null;
    speech.reset();
    setSpeaking(false);
  };
  const startMeter = () => {
    stopMeter();
    const track = sender()?.track;
    const context = options.audioContext();
    if (!muted || !track || !context || closed) return;
    try {
      const clone = track.clone();
      clone.enabled = true;
      meter = { meter: createLevelMeter(context, new MediaStream([clone])), clone };
    } catch (error) {
      log('warn', 'phone: cannot measure the microphone while muted', error);
      return;
    }
    speechTimer = setInterval(() => {
      if (meter) setSpeaking(speech.push(meter.meter.level()));
    }, SPEECH_POLL_MS);
  };
  cleanups.push(stopMeter);

  const applyMute = () => {
    const track = sender()?.track;
    if (track) track.enabled = !muted;
    if (muted) startMeter();
    else stopMeter();
  };

  const watchEnded = () => {
    const track = sender()?.track;
    if (!track) return;
    const ended = () => {
      if (!closed && sender()?.track === track) events.onInputEnded();
    };
    track.addEventListener('ended', ended);
    cleanups.push(() => track.removeEventListener('ended', ended));
  };

  let stopStats: (() => void) | null = null;
  const receiving = () => {
    // A far end that holds the call sends nothing on purpose (its SDP says sendonly/inactive towards us).
    const direction = pc?.getTransceivers().find((t) => t.receiver.track.kind === 'audio')?.currentDirection;
    return direction === undefined || direction === null || direction === 'sendrecv' || direction === 'recvonly';
  };
  const onState = () => {
    if (!pc || closed) return;
    events.onIceState(pc.iceConnectionState);
    if (pc.connectionState === 'connected' && !connected) {
      connected = true;
      applyMute();
      watchEnded();
      stopStats = startStatsSampler(pc, {
        intervalMs: STATS_INTERVAL_MS,
        now: options.now,
        onSample: (sample) => events.onSample(sample, receiving()),
        onError: (error) => log('debug', 'phone: getStats failed', error),
      });
      events.onConnected();
    }
  };
  if (pc) {
    pc.addEventListener('iceconnectionstatechange', onState);
    pc.addEventListener('connectionstatechange', onState);
    cleanups.push(() => {
      pc.removeEventListener('iceconnectionstatechange', onState);
      pc.removeEventListener('connectionstatechange', onState);
    });
    queueMicrotask(onState);
  }
  cleanups.push(() => stopStats?.());

  return {
    get peerConnection() {
      return sdh.peerConnection;
    },
    remoteStream: sdh.remoteMediaStream,
    localStream: sdh.localMediaStream,
    setMuted(next) {
      muted = next;
      if (connected) applyMute();
    },
    async replaceInput(stream) {
      const track = stream.getAudioTracks()[0];
      const current = sender();
      if (!track || !current || closed) {
        stream.getTracks().forEach((t) => t.stop());
        return;
      }
      const old = current.track;
      track.enabled = !muted;
      await current.replaceTrack(track);
      // sip.js's local stream mirrors what is sent (it stops the sent tracks when the call ends).
      if (old) {
        sdh.localMediaStream.removeTrack(old);
        old.stop();
      }
      sdh.localMediaStream.addTrack(track);
      watchEnded();
      if (muted) startMeter();
    },
    setOutput(id) {
      return applySink(remote, id);
    },
    close() {
      if (closed) return;
      closed = true;
      for (const cleanup of cleanups.splice(0).reverse()) {
        try {
          cleanup();
        } catch (error) {
          log('debug', 'phone: media cleanup failed', error);
        }
      }
    },
  };
}
