import type { StoreApi } from 'zustand/vanilla';
import type { WinCallState } from '../machine/state';
import { WinCallError } from '../errors';
import { installPhoneTexts } from '../notices/texts';
import { PhoneError } from './errors';
import { phoneFailureText } from './texts';
import type { PhoneController, PhoneEventMap, PhoneHost, PhoneState } from './front';
import type { PhoneDevice, PhoneDeviceModule, PhoneDeviceState } from './types';

/**
 * The browser phone bound to the CTI state (a chunk of its own, fetched with the device). The CTI
 * server stays the authority for the agent and the call; the device only registers, rings,
 * answers and carries the audio. This module decides, from the CTI state, what the device does:
 * register while the agent is signed in, pick up the agent's own legs (a call they placed, a
 * monitor they asked for), end the browser's leg when the CTI call is over, and report what the
 * device did that changes the agent's world (registered, refused, a call's audio lost).
 */
/** How long Answer waits for the SIP ring when the CTI said "ringing" first. */
const RING_WAIT_MS = 10_000;

/** Failures of the wintel hang-up after which the browser ends its own leg (the server cannot be asked). */
const UNREACHABLE: ReadonlySet<string> = new Set(['offline', 'disconnected', 'timeout', 'connectFailed']);

const noop = () => undefined;

export function createPhoneController(
  host: PhoneHost,
  module: PhoneDeviceModule,
  store: StoreApi<PhoneState>,
  emit: <K extends keyof PhoneEventMap>(name: K, event: PhoneEventMap[K]) => void,
): PhoneController {
  const { options } = host;
  installPhoneTexts(phoneFailureText);
  const device: PhoneDevice = module.createBrowserPhone({
    wsUrl: options.wsUrl,
    ...(options.domain ? { domain: options.domain } : {}),
    ...(options.iceServers ? { iceServers: options.iceServers } : {}),
    // The controller answers by itself where it should (`autoAnswerWanted`); the device never does.
    autoAnswer: false,
    logger: (entry) => host.log(entry.level, `phone: ${entry.message}`, entry.data),
    now: host.now,
  });

  /** The user registered (or being registered); `null` when not registered. */
  let registeredAs: string | null = null;
  let toldNoPassword = false;
  let answering = false;
  let unloadGuard = false;
  let destroyed = false;

  const mirror = (state: PhoneDeviceState) => store.setState({ ...state, device: 'ready' }, true);

  // ---- registration follows the sign-in ----------------------------------------------------

  function syncRegistration() {
    const credentials = host.credentials();
    if (!credentials) {
      toldNoPassword = false;
      if (registeredAs !== null) {
        registeredAs = null;
        device.unregister().catch(noop);
      }
      return;
    }
    if (!credentials.password) {
      if (!toldNoPassword) host.input({ kind: 'registrationFailed', code: 'NO_PASSWORD' });
      toldNoPassword = true;
      return;
    }
    if (registeredAs === credentials.user) return;
    registeredAs = credentials.user;
    // Resolved or refused, the device's state says so (reported in `onDevice`); a retry is the device's own.
    device.register({ user: credentials.user, password: credentials.password }).catch((error: unknown) => {
      if (!(error instanceof PhoneError)) host.log('warn', 'phone: register failed', error);
    });
  }

  // ---- the CTI call and the browser's leg --------------------------------------------------

  /** The agent's own phone rings for the call they placed or the monitor they asked for: picked up at once. */
  function autoAnswerWanted(cti: WinCallState): boolean {
    if (options.autoAnswer) return true;
    if (cti.call) return cti.call.phase === 'ringing' && (cti.call.kind === 'outbound' || cti.call.kind === 'chanspy');
    const pending = cti.pending?.command;
    return pending === 'dialOuter' || pending === 'dialInner' || pending === 'chanspy';
  }

  function maybeAutoAnswer() {
    if (answering || device.getState().leg?.phase !== 'ringing' || !autoAnswerWanted(host.store.getState())) return;
    answering = true;
    device
      .answer()
      .catch(noop)
      .finally(() => {
        answering = false;
      });
  }

  function onCti(cti: WinCallState, previous: WinCallState) {
    syncRegistration();
    // The CTI call is over: the browser's leg of it goes too (the PBX normally ends it as well). A
    // leg still ringing after a connected call is the next call's, and stays.
    const ended = previous.call !== null && (cti.call === null || cti.call.startedAt !== previous.call.startedAt);
    const leg = device.getState().leg;
    if (ended && leg && (leg.phase !== 'ringing' || previous.call?.phase === 'ringing')) device.hangup().catch(noop);
    maybeAutoAnswer();
  }

  function onDevice(state: PhoneDeviceState, previous: PhoneDeviceState) {
    mirror(state);
    if (state.registration !== previous.registration) {
      if (state.registration === 'registered') host.input({ kind: 'registered' });
      else if ((state.registration === 'failed' || state.registration === 'reconnecting') && state.failure) {
        host.input({ kind: 'registrationFailed', code: state.failure.code });
      }
    }
    if (state.leg?.phase === 'ringing' && previous.leg?.phase !== 'ringing') maybeAutoAnswer();
    guardUnload(state.leg?.phase === 'connected' || state.leg?.phase === 'answering');
  }

  // ---- leaving the page during a call asks first ---------------------------------------------

  const onBeforeUnload = (event: Event) => {
    // Reloading drops the call's audio for good (the page's WebRTC leg dies with it): the browser asks.
    event.preventDefault();
    (event as { returnValue?: unknown }).returnValue = '';
  };

  function guardUnload(on: boolean) {
    const target = (globalThis as { window?: Window }).window;
    if (!target || on === unloadGuard) return;
    unloadGuard = on;
    if (on) target.addEventListener('beforeunload', onBeforeUnload);
    else target.removeEventListener('beforeunload', onBeforeUnload);
  }

  const offState = device.subscribe(onDevice);
  const offCti = host.store.subscribe(onCti);
  const offEvents = [
    device.on('legEnded', (event) => {
      if (event.reason === 'failed' && event.failure) host.input({ kind: 'legFailed', code: event.failure.code });
    }),
    device.on('qualityChanged', (event) => emit('qualityChanged', event)),
    device.on('sip', (message) => emit('sip', message)),
    device.on('stats', (sample) => emit('stats', sample)),
  ];
  mirror(device.getState());
  syncRegistration();

  function waitForRing(): Promise<boolean> {
    if (device.getState().leg?.phase === 'ringing') return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (rang: boolean) => {
        clearTimeout(timer);
        off();
        offCall();
        resolve(rang);
      };
      const off = device.subscribe((state) => {
        if (state.leg?.phase === 'ringing') done(true);
      });
      // The CTI call went away meanwhile: nothing to answer.
      const offCall = host.store.subscribe((state) => {
        if (state.call?.phase !== 'ringing') done(false);
      });
      const timer = setTimeout(() => done(false), RING_WAIT_MS);
    });
  }

  return {
    async answer() {
      const leg = device.getState().leg;
      if (leg && leg.phase !== 'ringing') return;
      if (!leg && !(await waitForRing())) throw new PhoneError('SIP_TIMEOUT');
      await device.answer();
    },
    async decline() {
      // The CTI server decides what a declined ring becomes (a queue call goes back to its queue);
      // the PBX then withdraws the ring from the browser. Only when the server cannot be asked does
      // the browser turn the ring down itself.
      try {
        await host.hangup();
      } catch (error) {
        const unreachable = host.store.getState().connection !== 'connected' || (error instanceof WinCallError && UNREACHABLE.has(error.reason));
        if (!unreachable || !device.getState().leg) throw error;
        // The PBX hears the browser say no (486) and tells the CTI server itself.
        await device.decline();
      }
    },
    hangUpLeg: () => device.hangup(),
    setMuted: (muted) => device.setMuted(muted),
    requestMicrophone: () => device.requestMicrophone(),
    selectDevice: (kind, id) => device.selectDevice(kind, id),
    startAudioCheck: (durationMs) => device.startAudioCheck(durationMs),
    stopAudioCheck: () => device.stopAudioCheck(),
    playTestSound: (kind) => device.playTestSound(kind),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      offState();
      offCti();
      for (const off of offEvents) off();
      guardUnload(false);
      device.destroy();
    },
  };
}
