/**
 * `createBrowserPhone`: the browser phone device (the `PhoneDevice` the core drives), composed
 * of the registration (registration.ts), at most one leg (leg.ts), the audio devices (media.ts),
 * the ringer and the audio check. This module is the on-demand chunk: sip.js comes with it.
 * Nothing runs at import time; creating a device needs a browser.
 */
import type {
  AudioDevices,
  PhoneDeviceEventMap,
  MicrophoneAccess,
  PhoneDevice,
  PhoneDeviceOptions,
  PhoneDeviceState,
} from '@wincall/core';
import type { Invitation } from 'sip.js/lib/api/invitation.js';
import type { MediaStreamFactory } from 'sip.js/lib/platform/web/session-description-handler/media-stream-factory.js';
import { defaultSessionDescriptionHandlerFactory } from 'sip.js/lib/platform/web/session-description-handler/session-description-handler-factory-default.js';
import { IDLE_CHECK, createAudioChecker } from './audioCheck';
import { createEmitter, initialPhoneDeviceState } from '@wincall/core/phone';
import { createLeg } from './leg';
import type { Leg } from './leg';
import { canSelectOutput, listAudioDevices, microphoneAccessAfter, microphoneErrorCode, onDeviceChange, openMicrophone, stopStream, watchMicrophonePermission } from './media';
import { createRegistration } from './registration';
import type { Log } from './registration';
import { createRinger } from './ringer';
import { sipMessage } from './sipLog';
import { createStore } from './store';

/** The device, plus the streams of the leg in progress (as the Twilio SDK's `Call` gives them). */
export interface BrowserPhone extends PhoneDevice {
  /** What the far end sends (null without a leg with media). */
  getRemoteStream(): MediaStream | null;
  /** What this browser sends (the microphone track; disabled while muted). */
  getLocalStream(): MediaStream | null;
}

/** How long sip.js waits for ICE candidates before answering with those it has. */
const ICE_GATHERING_TIMEOUT_MS = 3_000;

function checkOptions(options: PhoneDeviceOptions): { domain: string } {
  if (typeof options !== 'object' || options === null) throw new TypeError('createBrowserPhone() needs options: { wsUrl, … }');
  let url: URL;
  try {
    url = new URL(options.wsUrl);
  } catch {
    throw new TypeError(`wsUrl must be a ws:// or wss:// URL, got ${JSON.stringify(options.wsUrl)}`);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') throw new TypeError(`wsUrl must be a ws:// or wss:// URL, got ${JSON.stringify(options.wsUrl)}`);
  if (options.domain !== undefined && (typeof options.domain !== 'string' || options.domain === '')) {
    throw new TypeError('domain must be a non-empty string (the SIP domain of the extensions)');
  }
  return { domain: options.domain ?? url.hostname };
}

export function createBrowserPhone(options: PhoneDeviceOptions): BrowserPhone {
  const { domain } = checkOptions(options);
  const now = options.now ?? Date.now;
  const log: Log = (level, message, data) => {
    try {
      options.logger?.({ level, message, ...(data === undefined ? {} : { data }) });
    } catch {
      // A logger that throws must not break the phone.
    }
  };

  const store = createStore<PhoneDeviceState>(initialPhoneDeviceState(canSelectOutput()), (error) => log('error', 'phone: a state listener threw', error));
  const emitter = createEmitter<PhoneDeviceEventMap>((error, name) => log('error', `phone: a "${String(name)}" handler threw`, error));
  const ringer = createRinger((error) => log('warn', 'phone: a sound could not play', error));
  const cleanups: (() => void)[] = [];
  let leg: Leg | null = null;
  let legCount = 0;
  let context: AudioContext | null = null;
  let destroyed = false;

  const audioContext = (): AudioContext | null => {
    if (destroyed) return null;
    if (!context) {
      try {
        context = new AudioContext();
      } catch (error) {
        log('warn', 'phone: Web Audio is not available', error);
        return null;
      }
    }
    // Created outside a click, the context starts suspended; a later click lets it resume.
    if (context.state === 'suspended') context.resume().catch(() => {});
    return context;
  };

  const setDevices = (patch: Partial<AudioDevices>) => store.setState((s) => ({ devices: { ...s.devices, ...patch } }));

  async function refreshDevices(): Promise<void> {
    let lists: Awaited<ReturnType<typeof listAudioDevices>>;
    try {
      lists = await listAudioDevices();
    } catch (error) {
      log('warn', 'phone: the audio devices could not be listed', error);
      return;
    }
    if (destroyed) return;
    const { devices } = store.getState();
    const gone = (id: string | null, list: readonly { id: string }[]) => id !== null && !list.some((d) => d.id === id);
    // A chosen device that was unplugged: fall back to the default, for the call in progress too.
    const inputGone = gone(devices.input, lists.inputs);
    const outputGone = gone(devices.output, lists.outputs);
    const ringerGone = gone(devices.ringer, lists.outputs);
    setDevices({
      inputs: lists.inputs,
      outputs: lists.outputs,
      ...(inputGone ? { input: null } : {}),
      ...(outputGone ? { output: null } : {}),
      ...(ringerGone ? { ringer: null } : {}),
    });
    if (inputGone) leg?.useInput(null).catch((error: unknown) => log('warn', 'phone: no microphone to switch to', error));
    if (outputGone) leg?.setOutput(null).catch((error: unknown) => log('warn', 'phone: cannot switch to the default output', error));
  }

  const onMicrophone = (access: MicrophoneAccess, fellBackToDefault: boolean) => {
    if (destroyed) return;
    const wasGranted = store.getState().microphone === 'granted';
    store.setState({ microphone: access });
    if (fellBackToDefault) setDevices({ input: null });
    // Device labels are hidden until the microphone is allowed: list them again once it is.
    if (access === 'granted' && !wasGranted) void refreshDevices();
  };

  const mediaStreamFactory: MediaStreamFactory = async (constraints) => {
    if (!constraints.audio) return new MediaStream();
    const ready = leg?.takeMicrophone();
    if (ready) return ready;
    return (await openMicrophone(store.getState().devices.input)).stream;
  };

  const registration = createRegistration({
    wsUrl: options.wsUrl,
    domain,
    now,
    log,
    onSip: (direction, text) => emitter.emit('sip', sipMessage(direction, text, now())),
    onInvite,
    onChange: (registrationState, failure) => store.setState({ registration: registrationState, failure }),
    onConnectionLost: () => leg?.connectionLost(),
    onStopping: () => {
      leg?.hangup().catch((error: unknown) => log('debug', 'phone: hanging up before closing failed', error));
    },
    sessionDescriptionHandlerFactory: defaultSessionDescriptionHandlerFactory(mediaStreamFactory),
    sessionDescriptionHandlerFactoryOptions: {
      peerConnectionConfiguration: { iceServers: (options.iceServers ?? []).map((server) => ({ ...server })) },
      iceGatheringTimeout: ICE_GATHERING_TIMEOUT_MS,
    },
  });

  function onInvite(invitation: Invitation) {
    if (leg || destroyed) {
      // One leg at a time: the PBX hunts elsewhere or tells the caller the agent is busy.
      invitation.reject({ statusCode: 486 }).catch((error: unknown) => log('debug', 'phone: refusing a second INVITE failed', error));
      return;
    }
    const created = createLeg({
      id: `leg-${++legCount}`,
      invitation,
      now,
      log,
      store,
      emit: emitter.emit,
      ringer,
      ring: !options.autoAnswer,
      audioContext,
      onMicrophone,
      onEnded: () => {
        if (leg === created) leg = null;
      },
    });
    leg = created;
    created.start();
    if (options.autoAnswer) created.answer().catch((error: unknown) => log('warn', 'phone: answering by itself failed', error));
  }

  const audioChecker = createAudioChecker({ store, audioContext, onMicrophone });

  // The browser's own signals. `online`: the network is back (retry now; prove the registration
  // and the call's media path). A shown tab: its throttled timers may have waited for a minute.
  const listen = (target: EventTarget | undefined | null, type: string, handler: () => void) => {
    if (!target) return;
    target.addEventListener(type, handler);
    cleanups.push(() => target.removeEventListener(type, handler));
  };
  const onNetworkChange = () => {
    registration.retryNow();
    registration.refresh();
    leg?.restartIce().catch((error: unknown) => log('warn', 'phone: ICE restart failed', error));
  };
  listen(typeof window === 'undefined' ? null : window, 'online', onNetworkChange);
  listen(typeof document === 'undefined' ? null : document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.retryNow();
  });
  const connection = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { connection?: EventTarget }).connection;
  listen(connection, 'change', onNetworkChange);
  cleanups.push(onDeviceChange(() => void refreshDevices()));
  cleanups.push(
    watchMicrophonePermission((access) => {
      const current = store.getState().microphone;
      // The permission says "ask", but the microphone may be missing or busy: keep what we found.
      if (access === 'unknown' && current !== 'granted' && current !== 'denied') return;
      onMicrophone(access, false);
    }),
  );
  void refreshDevices();

  const ensureAlive = () => {
    if (destroyed) throw new TypeError('This phone device was destroyed');
  };

  const device: BrowserPhone = {
    getState: store.getState,
    subscribe: store.subscribe,
    on: emitter.on,
    async register(credentials) {
      ensureAlive();
      return registration.register(credentials);
    },
    async unregister() {
      await leg?.hangup();
      await registration.unregister();
    },
    async answer() {
      ensureAlive();
      if (!leg) throw new DOMException('No call is ringing', 'InvalidStateError');
      return leg.answer();
    },
    async decline() {
      await leg?.decline();
    },
    async hangup() {
      await leg?.hangup();
    },
    setMuted(muted) {
      if (typeof muted !== 'boolean') throw new TypeError('setMuted() takes a boolean');
      leg?.setMuted(muted);
    },
    async requestMicrophone() {
      ensureAlive();
      if (store.getState().microphone !== 'granted') store.setState({ microphone: 'prompting' });
      try {
        const opened = await openMicrophone(store.getState().devices.input);
        stopStream(opened.stream);
        onMicrophone('granted', opened.fellBack);
      } catch (error) {
        onMicrophone(microphoneAccessAfter(microphoneErrorCode(error)), false);
      }
      return store.getState().microphone;
    },
    async selectDevice(kind, id) {
      ensureAlive();
      if (kind !== 'input' && kind !== 'output' && kind !== 'ringer') throw new TypeError(`selectDevice(): kind is input, output or ringer, got ${JSON.stringify(kind)}`);
      if (id !== null && typeof id !== 'string') throw new TypeError('selectDevice(): id is a device id or null (the default)');
      if (kind !== 'input' && id !== null && !store.getState().devices.outputSelectable) {
        throw new TypeError('This browser cannot send audio to a chosen output (no HTMLMediaElement.setSinkId); check devices.outputSelectable');
      }
      if (id !== null) {
        await refreshDevices();
        const list = kind === 'input' ? store.getState().devices.inputs : store.getState().devices.outputs;
        if (!list.some((d) => d.id === id)) throw new RangeError(`No audio ${kind === 'input' ? 'input' : 'output'} with id ${JSON.stringify(id)}`);
      }
      setDevices({ [kind]: id });
      if (kind === 'input') await leg?.useInput(id);
      if (kind === 'output') await leg?.setOutput(id);
    },
    startAudioCheck(durationMs) {
      ensureAlive();
      return audioChecker.start(durationMs);
    },
    stopAudioCheck: audioChecker.stop,
    async playTestSound(kind) {
      ensureAlive();
      if (kind !== 'speaker' && kind !== 'ringer') throw new TypeError(`playTestSound(): kind is speaker or ringer, got ${JSON.stringify(kind)}`);
      const { devices } = store.getState();
      await ringer.playOnce(kind, kind === 'ringer' ? devices.ringer : devices.output);
    },
    async restartIce() {
      await leg?.restartIce();
    },
    getRemoteStream: () => leg?.remoteStream() ?? null,
    getLocalStream: () => leg?.localStream() ?? null,
    destroy() {
      if (destroyed) return;
      const ending = leg;
      leg = null;
      // The leg's BYE is sent before the registration closes the WebSocket.
      ending?.hangup().catch(() => {});
      destroyed = true;
      registration.destroy();
      audioChecker.stop();
      ringer.destroy();
      for (const cleanup of cleanups.splice(0)) cleanup();
      context?.close().catch(() => {});
      context = null;
      store.setState({ registration: 'unregistered', leg: null, muted: false, speakingWhileMuted: false, quality: null, audioCheck: IDLE_CHECK });
      store.clear();
      emitter.clear();
    },
  };
  return device;
}

