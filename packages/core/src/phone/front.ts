import type { StoreApi } from 'zustand/vanilla';
import type { PhoneInput } from '../machine/inputs';
import type { WinCallState } from '../machine/state';
import type {
  CallQuality,
  PhoneDevice,
  PhoneDeviceModule,
  PhoneDeviceOptions,
  PhoneDeviceState,
  PhoneSipMessage,
  PhoneStatsSample,
} from './types';

/**
 * `phonetype: softphone`: the agent's extension registered from the browser. The core holds no SIP
 * or WebRTC code: `load` brings the device (`loadBrowserPhone` from `@wincall/phone`), fetched
 * when the agent first signs in, so a page without it never downloads it.
 */
export interface BrowserPhoneOptions extends Omit<PhoneDeviceOptions, 'logger' | 'now'> {
  /** Loads the device implementation on demand: `loadBrowserPhone` from `@wincall/phone`. */
  load: () => Promise<PhoneDeviceModule>;
  /**
   * Makes `client.phone`: `createPhoneHandle` from `@wincall/core/phone`. Given here (and filled in
   * by `browserPhone()` of `@wincall/phone`) rather than imported by the client, so that a page with
   * a desk phone carries none of the phone's code.
   */
  attach: (host: PhoneHost) => PhoneHandle & { destroy(): void };
  /** The SIP user. Default: the agent's extension. */
  user?: string;
  /**
   * The SIP password. Default: the phone password the wintel server hands over at sign-in (INIT's
   * answer), kept in memory for the device and nowhere else. Like the agent's password, never
   * logged, stored, put in the state, an event or a bug report.
   */
  password?: string;
}

/** Whether the device is there: not wanted yet (`off`), being fetched, running, or not loadable. */
export type PhoneDeviceStatus = 'off' | 'loading' | 'ready' | 'unavailable';

/** The browser phone as a UI sees it: the device's own state, and whether the device is there at all. */
export interface PhoneState extends PhoneDeviceState {
  device: PhoneDeviceStatus;
}

export interface PhoneEventMap {
  /** Quality warnings crossed or cleared during a call (RTT, jitter, loss, MOS, a dead microphone). */
  qualityChanged: { quality: CallQuality; at: number };
  /** Each SIP message through the WebSocket (authorization values redacted), for devtools. */
  sip: PhoneSipMessage;
  /** Each `getStats()` sample of the call's media, for devtools and dashboards. */
  stats: PhoneStatsSample;
}

/**
 * `client.phone`: the browser phone's state and what the agent does with it. Muting, devices and
 * the audio check are the device's own (the same calls, passed through).
 */
export interface PhoneHandle extends Pick<PhoneDevice, 'setMuted' | 'requestMicrophone' | 'selectDevice' | 'startAudioCheck' | 'stopAudioCheck' | 'playTestSound'> {
  readonly store: StoreApi<PhoneState>;
  getState(): PhoneState;
  on<K extends keyof PhoneEventMap>(name: K, handler: (event: PhoneEventMap[K]) => void): () => void;
  /** Answers the ringing call in the browser (waits a moment for the SIP ring when the CTI rang first). Rejects with a `PhoneError`. */
  answer(): Promise<void>;
  /** Turns the ringing call down: the wintel hang-up (the CTI decides what happens to the call) and the browser stops ringing at once. */
  decline(): Promise<void>;
  /** Ends the browser's leg without the CTI server (when it cannot be reached): the PBX ends the call. */
  hangUpLeg(): Promise<void>;
}

/** What the phone needs from its client. */
export interface PhoneHost {
  options: BrowserPhoneOptions;
  store: StoreApi<WinCallState>;
  /** Tells the state machine what the phone did (registration, a call's audio failing). */
  input(event: PhoneInput): void;
  /** The wintel hang-up (the CTI server stays the authority for the call). */
  hangup(): Promise<unknown>;
  /** The user and password to register with, or `null` while the agent is not signed in. */
  credentials(): { user: string; password: string | null } | null;
  log(level: 'debug' | 'info' | 'warn' | 'error', message: string, data?: unknown): void;
  now(): number;
}

/** What the controller chunk (the device bound to the CTI state) does for `client.phone`. */
export type PhoneController = Omit<PhoneHandle, 'store' | 'getState' | 'on'> & { destroy(): void };
