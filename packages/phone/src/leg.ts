/**
 * One SIP leg between the PBX and this browser, from the INVITE to its end: ringing → answering →
 * connected, and exactly one `legEnded` whatever ends it (the agent, the far end, or a failure).
 * Failures never escape as exceptions: they end the leg with a `PhoneFailure`, and only the
 * promise of the command that caused them (answer) rejects, with a `PhoneError`.
 */
import { PhoneError } from '@wincall/core/phone';
import type { PhoneDeviceState, PhoneFailureCode, PhoneLeg, PhoneLegEnd, PhoneFailure, MicrophoneAccess } from '@wincall/core';
import type { Invitation } from 'sip.js/lib/api/invitation.js';
import { SessionState } from 'sip.js/lib/api/session-state.js';
import type { SessionDescriptionHandler } from 'sip.js/lib/platform/web/session-description-handler/session-description-handler.js';
import type { SessionDescriptionHandlerOptions } from 'sip.js/lib/platform/web/session-description-handler/session-description-handler-options.js';
import { createCallMedia } from './callMedia';
import type { CallMedia } from './callMedia';
import type { createEmitter } from '@wincall/core/phone';
import type { PhoneDeviceEventMap } from '@wincall/core';
import { createLegHealth } from './legHealth';
import type { HealthStep, LegHealth } from './legHealth';
import { microphoneAccessAfter, microphoneErrorCode, openMicrophone, stopStream } from './media';
import { initialQualityState, nextQuality } from './quality';
import type { QualityState } from './quality';
import type { Log } from './registration';
import type { Ringer } from './ringer';
import { browserAudioCodecs, offerIsAcceptable } from './sdp';
import type { Store } from './store';

type Emitter = ReturnType<typeof createEmitter<PhoneDeviceEventMap>>;

/** From 200 OK to audio flowing: ICE and DTLS on a working network take well under a second. */
export const MEDIA_CONNECT_TIMEOUT_MS = 20_000;

export interface LegDeps {
  id: string;
  invitation: Invitation;
  now(): number;
  log: Log;
  store: Store<PhoneDeviceState>;
  emit: Emitter['emit'];
  ringer: Ringer;
  /** Ring on the ringer output while unanswered (false: the device answers by itself). */
  ring: boolean;
  audioContext(): AudioContext | null;
  /** The microphone was opened or refused (the device keeps `microphone` and the device lists). */
  onMicrophone(access: MicrophoneAccess, fellBackToDefault: boolean): void;
  /** The leg is over (after `legEnded`). */
  onEnded(): void;
}

export interface Leg {
  readonly id: string;
  /**
   * Publishes the ringing leg (and starts the ring). Separate from creation so that the device
   * holds the leg before any state listener hears of it: a listener may answer at once.
   */
  start(): void;
  answer(): Promise<void>;
  decline(): Promise<void>;
  hangup(): Promise<void>;
  setMuted(muted: boolean): void;
  /** The microphone chosen (or fallen back to) changed: send it instead. */
  useInput(deviceId: string | null): Promise<void>;
  setOutput(deviceId: string | null): Promise<void>;
  restartIce(): Promise<void>;
  /**
   * The WebSocket closed. An unanswered leg cannot be answered any more (the 200 OK has no way
   * to the PBX): it ends with `SIP_UNREACHABLE`. A connected one goes on: its media does not
   * pass through the WebSocket, and the CTI says when the call is over.
   */
  connectionLost(): void;
  /** For the SDH's media stream factory: the microphone `answer()` opened. */
  takeMicrophone(): MediaStream | null;
  remoteStream(): MediaStream | null;
  localStream(): MediaStream | null;
}

/** A re-INVITE whose offer has new ICE credentials (the web handler's options extend the api's). */
const ICE_RESTART: SessionDescriptionHandlerOptions = { offerOptions: { iceRestart: true } };

const STATUS_CODES: Readonly<Record<number, PhoneFailureCode>> = { 408: 'SIP_TIMEOUT', 488: 'SIP_NOT_ACCEPTABLE', 606: 'SIP_NOT_ACCEPTABLE' };

/** Who is calling, as the INVITE says: display name and user part ("李娜 13800001111"). */
export function remoteOf(invitation: Invitation): string {
  const identity = invitation.remoteIdentity;
  const name = identity.displayName?.trim() ?? '';
  const user = identity.uri.user ?? '';
  return [name, user].filter((part, index, all) => part !== '' && all.indexOf(part) === index).join(' ');
}

export function createLeg(deps: LegDeps): Leg {
  const { invitation, store, log } = deps;
  let phase: PhoneLeg['phase'] | 'ended' = 'ringing';
  // A function, not a comparison: the leg can end during any await (CANCEL, BYE, hang-up).
  const isEnded = () => phase === 'ended';
  let endReason: { reason: PhoneLegEnd; failure: PhoneFailure | null } | null = null;
  let acked = false;
  let microphone: MediaStream | null = null;
  let media: CallMedia | null = null;
  let health: LegHealth | null = null;
  let quality: QualityState = initialQualityState();
  let answering: Promise<void> | null = null;
  let accepting = false;
  let restarting = false;
  let connectTimer: ReturnType<typeof setTimeout> | null = null;
  let connectedWaiter: (() => void) | null = null;

  const leg: PhoneLeg = { id: deps.id, phase: 'ringing', remote: remoteOf(invitation), since: deps.now() };

  const setPhase = (next: PhoneLeg['phase'], patch: Partial<PhoneLeg> = {}) => {
    phase = next;
    const current = store.getState().leg;
    if (current?.id === deps.id) store.setState({ leg: { ...current, ...patch, phase: next } });
  };

  function finish(fallback: PhoneLegEnd, fallbackFailure: PhoneFailure | null = null) {
    if (phase === 'ended') return;
    const wasConnected = phase === 'connected';
    phase = 'ended';
    const { reason, failure } = endReason ?? { reason: fallback, failure: fallbackFailure };
    deps.ringer.stop();
    if (connectTimer !== null) clearTimeout(connectTimer);
    connectedWaiter?.();
    media?.close();
    stopStream(microphone);
    microphone = null;
    const ended = store.getState().leg ?? leg;
    store.setState({
      leg: null,
      muted: false,
      speakingWhileMuted: false,
      quality: null,
      ...(failure ? { failure } : {}),
    });
    log('info', `phone: leg ${deps.id} ended (${reason}${failure ? `, ${failure.code}` : ''}${wasConnected ? '' : ', never connected'})`);
    deps.emit('legEnded', { leg: ended, reason, failure, at: deps.now() });
    deps.onEnded();
  }

  /** Ends the leg with a failure: refuses the INVITE while it is unanswered, or sends BYE. */
  function fail(code: PhoneFailureCode, sipStatus?: number, rejectWith = 480): PhoneError {
    const error = new PhoneError(code, sipStatus === undefined ? {} : { sipStatus });
    if (phase === 'ended') return error;
    endReason ??= { reason: 'failed', failure: error.toFailure(deps.now()) };
    endSignalling(rejectWith);
    finish('failed', endReason.failure);
    return error;
  }

  /** Sends what ends the dialog in its current state; never throws (the far end may be gone already). */
  function endSignalling(rejectWith: number) {
    const report = (error: unknown) => log('debug', 'phone: ending the SIP dialog failed', error);
    try {
      if (invitation.state === SessionState.Initial || invitation.state === SessionState.Establishing) {
        invitation.reject({ statusCode: rejectWith }).catch(report);
      } else if (invitation.state === SessionState.Established) {
        invitation.bye().catch(report);
      }
    } catch (error) {
      report(error);
    }
  }

  function applyStep(step: HealthStep, status?: number) {
    if (step.kind === 'restartIce') void restartIce();
    else if (step.kind === 'fail') fail(status !== undefined && STATUS_CODES[status] ? STATUS_CODES[status] : step.code, status);
  }

  function onSdh(sdh: SessionDescriptionHandler) {
    if (media || phase === 'ended') return;
    media = createCallMedia(sdh, {
      now: deps.now,
      log,
      output: store.getState().devices.output,
      muted: store.getState().muted,
      audioContext: deps.audioContext,
      events: {
        onConnected: () => {
          if (phase === 'ended') return;
          if (connectTimer !== null) clearTimeout(connectTimer);
          health = createLegHealth(deps.now());
          setPhase('connected', { connectedAt: deps.now() });
          connectedWaiter?.();
        },
        onIceState: (state) => {
          if (health) applyStep(health.ice(state, deps.now()));
          // Before the first connection there is nothing to restart: the path never worked.
          else if (state === 'failed' && phase === 'answering') fail('ICE_FAILED');
        },
        onSample: (sample, receiving) => {
          if (phase !== 'connected') return;
          deps.emit('stats', sample);
          const previous = quality.quality.warnings;
          quality = nextQuality(quality, sample, { muted: store.getState().muted });
          store.setState({ quality: quality.quality });
          if (quality.quality.warnings !== previous) deps.emit('qualityChanged', { quality: quality.quality, at: sample.at });
          if (health) applyStep(health.sample(sample.packetsReceived, receiving, sample.at));
        },
        onSpeakingWhileMuted: (speaking) => {
          if (phase !== 'ended') store.setState({ speakingWhileMuted: speaking });
        },
        onInputEnded: () => {
          log('info', 'phone: the microphone in use went away; switching to the default one');
          deps.onMicrophone('granted', true);
          useInput(null).catch((error: unknown) => log('warn', 'phone: no microphone to switch to', error));
        },
      },
    });
  }

  invitation.delegate = {
    onCancel: () => {
      endReason ??= { reason: 'remote', failure: null };
    },
    onBye: () => {
      endReason ??= { reason: 'remote', failure: null };
    },
    onAck: () => {
      acked = true;
    },
    // sip.js's web factory makes the handler; the api type is its interface.
    onSessionDescriptionHandler: (sdh) => onSdh(sdh as SessionDescriptionHandler),
  };
  /** Why sip.js ended the session when nothing we saw explains it. */
  const unexplainedEnd = (): PhoneFailure =>
    // Answered but never ACKed: the 200 OK went unacknowledged for 32 s (a 408, in effect).
    // After the ACK: a re-INVITE whose media could not be agreed.
    new PhoneError(acked ? 'SIP_NOT_ACCEPTABLE' : 'SIP_TIMEOUT').toFailure(deps.now());
  invitation.stateChange.addListener((state) => {
    if (state !== SessionState.Terminated) return;
    // While accept() runs, its own outcome explains the end (sip.js refuses the INVITE, then
    // rejects the promise): answerNow decides.
    if (accepting && !endReason) return;
    // Unanswered and ended by sip.js itself: its no-answer timer (the ring was not taken).
    if (phase === 'ringing') finish('local');
    else finish('failed', unexplainedEnd());
  });

  function answer(): Promise<void> {
    if (phase !== 'ringing') return answering ?? Promise.resolve();
    answering = answerNow();
    return answering;
  }

  async function answerNow(): Promise<void> {
    setPhase('answering');
    deps.ringer.stop();
    const { microphone: access, devices } = store.getState();
    if (access !== 'granted') store.setState({ microphone: 'prompting' });
    let opened: Awaited<ReturnType<typeof openMicrophone>>;
    try {
      opened = await openMicrophone(devices.input);
    } catch (error) {
      const code = microphoneErrorCode(error);
      deps.onMicrophone(microphoneAccessAfter(code), false);
      throw fail(code);
    }
    deps.onMicrophone('granted', opened.fellBack);
    if (isEnded()) {
      // The far end gave up while the browser was asking for the microphone.
      stopStream(opened.stream);
      return;
    }
    const codecs = browserAudioCodecs();
    if (invitation.body && codecs && !offerIsAcceptable(invitation.body, codecs)) {
      stopStream(opened.stream);
      throw fail('SIP_NOT_ACCEPTABLE', 488, 488);
    }
    microphone = opened.stream;
    for (const track of microphone.getAudioTracks()) track.enabled = !store.getState().muted;
    accepting = true;
    try {
      await invitation.accept({ sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
    } catch (error) {
      accepting = false;
      if (isEnded()) return;
      // The offer could not be set or answered (sip.js has refused the INVITE already).
      log('warn', 'phone: the call could not be answered', error);
      throw fail('SIP_NOT_ACCEPTABLE');
    }
    accepting = false;
    if (isEnded()) return;
    if (invitation.state === SessionState.Terminated) {
      const failure = unexplainedEnd();
      finish('failed', failure);
      throw new PhoneError(failure.code);
    }
    await new Promise<void>((resolve) => {
      connectedWaiter = resolve;
      if (phase !== 'answering') resolve();
      else connectTimer = setTimeout(() => fail('ICE_FAILED'), MEDIA_CONNECT_TIMEOUT_MS);
    });
    connectedWaiter = null;
    if (endReason?.failure) throw new PhoneError(endReason.failure.code, endReason.failure.sipStatus === undefined ? {} : { sipStatus: endReason.failure.sipStatus });
  }

  async function hangup(): Promise<void> {
    if (phase === 'ended') return;
    endReason ??= { reason: phase === 'ringing' ? 'declined' : 'local', failure: null };
    endSignalling(486);
    finish(endReason.reason);
  }

  async function decline(): Promise<void> {
    if (phase !== 'ringing' && phase !== 'answering') return;
    endReason ??= { reason: 'declined', failure: null };
    endSignalling(486);
    finish('declined');
  }

  async function useInput(deviceId: string | null): Promise<void> {
    const target = media;
    if (!target || isEnded()) return;
    const opened = await openMicrophone(deviceId);
    deps.onMicrophone('granted', opened.fellBack);
    if (isEnded()) {
      stopStream(opened.stream);
      return;
    }
    await target.replaceInput(opened.stream);
  }

  async function restartIce(): Promise<void> {
    if (phase !== 'connected' || restarting || invitation.state !== SessionState.Established || !health) return;
    restarting = true;
    const currentHealth = health;
    currentHealth.restartStarted(deps.now());
    const done = () => {
      restarting = false;
      // The restart flag would otherwise stay on the answers to the PBX's own re-INVITEs.
      invitation.sessionDescriptionHandlerOptionsReInvite = {};
    };
    try {
      await invitation.invite({
        sessionDescriptionHandlerOptions: ICE_RESTART,
        requestDelegate: {
          onAccept: () => {
            done();
            currentHealth.restartDone(deps.now());
          },
          onReject: (response) => {
            done();
            applyStep(currentHealth.restartFailed(deps.now()), response.message.statusCode);
          },
        },
      });
    } catch (error) {
      done();
      log('warn', 'phone: the ICE restart could not be sent', error);
      applyStep(currentHealth.restartFailed(deps.now()));
    }
  }

  return {
    id: deps.id,
    start() {
      // Before the state says "ringing": a listener that answers at once stops it again.
      if (deps.ring) deps.ringer.start(store.getState().devices.ringer);
      store.setState({ leg, muted: false, speakingWhileMuted: false, quality: null, failure: null });
    },
    answer,
    decline,
    hangup,
    setMuted(muted) {
      if (phase === 'ended') return;
      store.setState({ muted, ...(muted ? {} : { speakingWhileMuted: false }) });
      for (const track of microphone?.getAudioTracks() ?? []) track.enabled = !muted;
      media?.setMuted(muted);
    },
    useInput,
    setOutput: (deviceId) => media?.setOutput(deviceId) ?? Promise.resolve(),
    restartIce,
    connectionLost() {
      if (phase === 'ringing' || phase === 'answering') fail('SIP_UNREACHABLE');
    },
    takeMicrophone() {
      const stream = microphone;
      return stream;
    },
    remoteStream: () => media?.remoteStream ?? null,
    localStream: () => media?.localStream ?? null,
  };
}
