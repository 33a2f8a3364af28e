import { loadPhoneScript, PHONE_SCRIPT } from '../phone/script';
import { phoneFailureText } from '../phone/texts';
import type { PhoneDevice, PhoneDeviceModule, PhoneDeviceOptions, PhoneDeviceState, PhoneFailureCode } from '../phone/types';
import { buildResponse } from './response';
import type { ButtonAction, WinCallResponse, WinCallSettings } from './types';

/**
 * `phonetype: 'softphone'` in the legacy facade: the agent's extension registers from this page
 * (`@wincall/phone`, loaded on demand) and `fn_answer()` / `fn_mute()` act on the browser's leg.
 * The wintel server stays the authority for the agent and the call, as with a desk phone; this
 * module only follows the facade's sign-in and the server's call messages, and tells the page what
 * the phone does through the listener (`phone_state_event`, `phone_failed_event`).
 *
 * Written small on purpose: it is inside `wincall.js`, whose size pages pay on every load.
 */
export interface FacadePhone {
  /** `fn_login`: start fetching the device, so that it is there by the first ring. */
  prepare(): void;
  /** INIT's phone password (protocol.md §3.1), kept here, in memory, for the device only. */
  setPassword(password: string): void;
  /** LOGIN succeeded: register the extension. */
  signedIn(extension: string): void;
  /** The agent signed out (or was signed out by the server): unregister. A dropped socket is not that: the audio goes on. */
  signedOut(): void;
  /** A wintel call message (MT 3). */
  callMessage(phoneState: unknown, ringType: unknown): void;
  /** The agent dialled or asked to monitor: the PBX rings their own phone first, answered at once. */
  expectOwnLeg(): void;
  answer(): void;
  /** `false` when there is no call in the browser to mute. */
  setMuted(muted: boolean): boolean;
}

/** How long `fn_answer()` waits for the SIP ring when the wintel ring came first. */
const RING_WAIT_MS = 10_000;

/**
 * `phone_state_event` codes. The registration uses the legacy catalog's own softphone codes (its
 * Chinese text comes with it): 20001 registered, 20002 registering again, 20003 refused.
 */
const REGISTRATION_CODE: Partial<Record<PhoneDeviceState['registration'], string>> = { registered: '20001', reconnecting: '20002', failed: '20003' };
const LEG_TEXT = { PHONE_RINGING: '浏览器来电振铃', PHONE_CONNECTED: '浏览器通话中', PHONE_ENDED: '浏览器通话结束', PHONE_MUTED: '已静音', PHONE_UNMUTED: '已取消静音' };

/** `wincall-phone.js` next to `wincall.js`: set by the script-tag entry while it runs. */
let scriptBeside: string | undefined;
export function setDefaultPhoneScript(url: string | undefined): void {
  scriptBeside = url;
}

const noop = () => undefined;

/** Leaving the page ends the browser's call (its WebRTC leg dies with the page): the browser asks first. */
const onBeforeUnload = (event: Event) => {
  event.preventDefault();
  (event as { returnValue?: unknown }).returnValue = '';
};

/** The phone of a facade in softphone mode, or `null` for a desk phone (`telephone`, or no `softphone_ws_url`). */
export function createFacadePhone(settings: WinCallSettings, emit: (response: WinCallResponse) => void, log: (...items: unknown[]) => void): FacadePhone | null {
  const wsUrl = settings.softphone_ws_url || '';
  if (settings.phonetype !== 'softphone' || !wsUrl) return null;
  if (!/^wss?:\/\/[^/\s]/i.test(wsUrl)) throw new TypeError(`WinCall: softphone_ws_url must be a ws:// or wss:// URL, got ${JSON.stringify(wsUrl)}`);
  if (settings.softphone_load && typeof settings.softphone_load !== 'function') throw new TypeError('WinCall: softphone_load must be a function');
  const load = settings.softphone_load || (() => loadPhoneScript(settings.softphone_script || scriptBeside || PHONE_SCRIPT));

  let device: PhoneDevice | null = null;
  let loading: Promise<PhoneDevice | null> | null = null;
  let password: string | null = null;
  /** The SIP user registered (or being registered); `null` when not. */
  let registeredAs: string | null = null;
  let ownLegExpected = false;
  let ctiRinging = false;
  let answering = false;
  /** Ends `fn_answer()`'s wait for the SIP ring: rang, did not, or the wait is called off (`null`). */
  let ringWait: ((rang: boolean | null) => void) | null = null;

  const respond = (type: 'phone_state_event' | 'phone_failed_event', code: string, msg: string | null, data: unknown, answer?: 'enable' | 'disable') => {
    const buttons: ButtonAction[] = ['answer'];
    const response = buildResponse(code, answer === 'enable' ? { type, enable: buttons } : answer ? { type, disable: buttons } : { type }, data);
    if (msg) response.msg = msg;
    emit(response);
  };

  const stateEvent = (code: string, state: PhoneDeviceState) => {
    const leg = state.leg;
    // The page's Answer button (`#btn_answer`) follows the browser's ring.
    respond('phone_state_event', code, (LEG_TEXT as Record<string, string>)[code] || null, { registration: state.registration, leg: leg ? leg.phase : null, muted: state.muted, microphone: state.microphone }, leg && leg.phase === 'ringing' ? 'enable' : 'disable');
  };

  const failed = (code: PhoneFailureCode, sipStatus?: number) => respond('phone_failed_event', code, phoneFailureText(code, 'zh-CN'), { code, sipStatus: sipStatus || null });

  const ringingLeg = () => !!device && !!device.getState().leg && device.getState().leg!.phase === 'ringing';

  function answerNow(phone: PhoneDevice) {
    answering = true;
    ownLegExpected = false;
    // A failure shows as the device's `failure` (a phone_failed_event): nothing to add here.
    const done = () => (answering = false);
    phone.answer().then(done, done);
  }

  function autoAnswer() {
    if (device && !answering && ringingLeg() && (settings.softphone_auto_answer || ownLegExpected)) answerNow(device);
  }

  function onDevice(state: PhoneDeviceState, previous: PhoneDeviceState) {
    const registration = REGISTRATION_CODE[state.registration];
    if (registration && state.registration !== previous.registration) stateEvent(registration, state);
    const leg = state.leg;
    const before = previous.leg;
    const ringing = !!leg && leg.phase === 'ringing';
    if (ringing ? !before || leg.id !== before.id : !leg ? before : leg.phase === 'connected' && before && before.phase !== 'connected') {
      stateEvent(ringing ? 'PHONE_RINGING' : leg ? 'PHONE_CONNECTED' : 'PHONE_ENDED', state);
    }
    if (state.muted !== previous.muted) stateEvent(state.muted ? 'PHONE_MUTED' : 'PHONE_UNMUTED', state);
    // A reconnecting registration keeps its failure while it retries: said once, not at each retry.
    const failure = state.failure;
    if (failure && (!previous.failure || failure.code !== previous.failure.code)) failed(failure.code, failure.sipStatus);
    if (ringing) {
      if (ringWait) ringWait(true);
      autoAnswer();
    }
    if (typeof window !== 'undefined' && !leg !== !before) window[leg ? 'addEventListener' : 'removeEventListener']('beforeunload', onBeforeUnload);
  }

  function ensureDevice(): Promise<PhoneDevice | null> {
    if (device) return Promise.resolve(device);
    return (loading = loading || load().then(
      (module: PhoneDeviceModule) => {
        loading = null;
        if (!device) {
          const options: PhoneDeviceOptions = {
            wsUrl,
            iceServers: settings.softphone_ice_servers || [],
            // This module answers by itself where it should (the agent's own legs, softphone_auto_answer).
            autoAnswer: false,
            logger: (entry) => log(`WinCall phone: ${entry.message}`),
          };
          if (settings.softphone_domain) options.domain = settings.softphone_domain;
          device = module.createBrowserPhone(options);
          device.subscribe(onDevice);
        }
        return device;
      },
      (error: unknown) => {
        loading = null;
        log('WinCall: no browser phone (tried again at the next sign-in)', error);
        failed('DEVICE_UNAVAILABLE');
        return null;
      },
    ));
  }

  return {
    prepare: () => void ensureDevice(),
    setPassword(secret) {
      password = secret;
    },
    signedIn(extension) {
      const user = settings.softphone_user || extension;
      const secret = settings.softphone_password || password;
      if (!secret) return failed('NO_PASSWORD');
      if (registeredAs === user) return;
      registeredAs = user;
      void ensureDevice().then((phone) => {
        if (!phone) registeredAs = null;
        // Registered or refused, the device's state says so (phone_state_event, phone_failed_event).
        else if (registeredAs === user) phone.register({ user, password: secret }).catch(noop);
      });
    },
    signedOut() {
      password = null;
      ownLegExpected = false;
      if (ringWait) ringWait(null);
      if (device && registeredAs !== null) device.unregister().catch(noop);
      registeredAs = null;
    },
    callMessage(phoneState, ringType) {
      const wasRinging = ctiRinging;
      ctiRinging = phoneState === 5 || phoneState === 7;
      if (ctiRinging) {
        // RingType 2: the agent's own phone for a call they placed; 3: for a monitor they asked for.
        ownLegExpected = ringType === 2 || ringType === 3;
        autoAnswer();
      } else if (phoneState === 0) {
        ownLegExpected = false;
        // The wintel call is over: so is the browser's leg of it (the PBX normally ends it too). A
        // leg still ringing after a connected call is the next call's, and stays.
        if (device && device.getState().leg && (!ringingLeg() || wasRinging)) device.hangup().catch(noop);
      }
    },
    expectOwnLeg() {
      ownLegExpected = true;
      autoAnswer();
    },
    answer() {
      void ensureDevice().then(async (phone) => {
        if (!phone || answering || (phone.getState().leg && !ringingLeg())) return;
        if (!phone.getState().leg) {
          if (ringWait) ringWait(null);
          const rang = await new Promise<boolean | null>((resolve) => {
            const timer = setTimeout(() => ringWait && ringWait(false), RING_WAIT_MS);
            ringWait = (outcome) => {
              clearTimeout(timer);
              ringWait = null;
              resolve(outcome);
            };
          });
          if (rang === false) failed('SIP_TIMEOUT');
          // Auto-answered meanwhile, or answered by a second click: once is enough.
          if (!rang || answering) return;
        }
        answerNow(phone);
      });
    },
    setMuted(muted) {
      if (!device || !device.getState().leg) return false;
      device.setMuted(muted);
      return true;
    },
  };
}
