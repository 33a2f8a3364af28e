/**
 * The browser phone as the core sees it: a narrow device interface (register, answer, decline,
 * hang up the leg, mute, audio devices, state and quality events). The core holds no SIP or
 * WebRTC code; `@wincall/phone` implements this interface with sip.js and is loaded on demand.
 *
 * One owner for each piece of state: the device owns registration, microphone access, the SIP
 * leg, mute, devices and quality; the CTI state machine owns the agent and the call. The join of
 * the two is derived (`phone/view.ts`), never stored twice.
 */

/** Registration of the agent's extension on the SIP server. */
export type PhoneRegistration =
  /** Not registered, and not trying (signed out, or the device was just created). */
  | 'unregistered'
  /** The first REGISTER is on its way. */
  | 'registering'
  | 'registered'
  /**
   * Not registered now: the WebSocket or the SIP server went away, or could not be reached at
   * all (see `failure`), and the device is trying again by itself.
   */
  | 'reconnecting'
  /** The SIP server refused the registration (see `failure`): the device does not try again by itself. */
  | 'failed';

/**
 * The microphone, as the agent can act on it. `unknown`: not asked yet (the browser asks only from
 * a click); `denied`: the agent or the browser said no (how to allow it is in the UI text);
 * `noDevice`: no microphone is plugged in; `inUse`: another program holds it.
 */
export type MicrophoneAccess = 'unknown' | 'prompting' | 'granted' | 'denied' | 'noDevice' | 'inUse';

/** Why the device failed something: stable codes, with zh/en texts in the UI catalogs. */
export type PhoneFailureCode =
  /** 401/403 after the digest: wrong SIP user or password. */
  | 'SIP_AUTH_FAILED'
  /** The WebSocket to the SIP server could not be opened, or closed and stays closed. */
  | 'SIP_UNREACHABLE'
  /** 408, or no answer to a request in time. */
  | 'SIP_TIMEOUT'
  /** 488 / 606: the far end and the browser share no media format. */
  | 'SIP_NOT_ACCEPTABLE'
  /** Another final failure of the SIP server (its status is in `sipStatus`). */
  | 'SIP_REJECTED'
  /** ICE could not connect the media, or lost it for good. */
  | 'ICE_FAILED'
  /** Connected, but no media packet arrived for several seconds. */
  | 'MEDIA_TIMEOUT'
  | 'MICROPHONE_DENIED'
  | 'NO_MICROPHONE'
  | 'MICROPHONE_IN_USE'
  /** Softphone mode without a phone password: the server sent none and no option gave one. */
  | 'NO_PASSWORD'
  /** `@wincall/phone` could not be downloaded or started. */
  | 'DEVICE_UNAVAILABLE';

export interface PhoneFailure {
  code: PhoneFailureCode;
  at: number;
  /** The SIP status code that said so, when one did. */
  sipStatus?: number;
}

/** The SIP leg between the PBX and this browser: at most one at a time. */
export type PhoneLegPhase = 'ringing' | 'answering' | 'connected';

export interface PhoneLeg {
  /** The device's own id for this leg (unique per device). */
  id: string;
  phase: PhoneLegPhase;
  /** Who the INVITE says is calling (display name and user part), as text. */
  remote: string;
  /** When the INVITE arrived (ms since epoch). */
  since: number;
  /** When media was first connected. */
  connectedAt?: number;
}

/** Why a leg ended. */
export type PhoneLegEnd =
  /** This browser hung up (BYE) or gave up answering. */
  | 'local'
  /** The far end (the PBX) hung up, or cancelled the ring (CANCEL). */
  | 'remote'
  /** This browser declined the ring (486/603). */
  | 'declined'
  /** A failure ended it: see the event's `failure`. */
  | 'failed';

export type QualityWarning = 'highRtt' | 'highJitter' | 'highPacketLoss' | 'lowMos' | 'constantAudioLevel';

/** The call's media quality, from `RTCPeerConnection.getStats()` samples. */
export interface CallQuality {
  /** Round-trip time, ms (RTCP). */
  rttMs: number | null;
  /** Receive jitter, ms. */
  jitterMs: number | null;
  /** Packets lost over the last samples, percent of expected. */
  packetLossPercent: number | null;
  /** Estimated MOS (E-model from RTT, jitter and loss), 1–4.5. */
  mos: number | null;
  /** Thresholds crossed over several samples (Twilio's public ones: RTT > 400 ms, jitter > 30 ms, loss > 3 %, MOS < 3.5), and a microphone that sends a constant level. */
  warnings: readonly QualityWarning[];
}

export interface AudioDeviceInfo {
  id: string;
  /** The browser's label (empty until microphone access is granted, by the browser's rules). */
  label: string;
}

export interface AudioDevices {
  inputs: readonly AudioDeviceInfo[];
  outputs: readonly AudioDeviceInfo[];
  /** The chosen microphone, speaker (call audio) and ringer (ring sound); `null` = the browser's default. */
  input: string | null;
  output: string | null;
  ringer: string | null;
  /** Whether the browser can send audio to a chosen output (`HTMLMediaElement.setSinkId`). */
  outputSelectable: boolean;
}

/** The pre-call check ("test my audio"): microphone level, and a sound on the speaker. */
export interface AudioCheck {
  phase: 'idle' | 'running' | 'done';
  /** The microphone's level now, 0–1 (while running). */
  level: number;
  /** The highest level heard during the check, 0–1. */
  peak: number;
  /** Whether the microphone was heard at all (peak above the noise floor). */
  microphoneHeard: boolean | null;
}

export interface PhoneDeviceState {
  registration: PhoneRegistration;
  /** The last failure while it still matters (a registration that failed, a leg that failed). */
  failure: PhoneFailure | null;
  microphone: MicrophoneAccess;
  leg: PhoneLeg | null;
  muted: boolean;
  /** Muted, and the microphone hears the agent speaking: the UI warns. */
  speakingWhileMuted: boolean;
  /** While a leg is connected and stats have come in. */
  quality: CallQuality | null;
  devices: AudioDevices;
  audioCheck: AudioCheck;
}

/** One SIP message through the WebSocket, for devtools. Authorization headers are redacted by the device. */
export interface PhoneSipMessage {
  direction: 'in' | 'out';
  at: number;
  /** The first line (`INVITE sip:8001@… SIP/2.0`, `SIP/2.0 200 OK`). */
  summary: string;
  /** The whole message, with `Authorization` / `Proxy-Authorization` values replaced by `[redacted]`. */
  text: string;
}

/** One `getStats()` sample of the leg, summarised, for devtools and the quality indicator. */
export interface PhoneStatsSample {
  at: number;
  rttMs: number | null;
  jitterMs: number | null;
  packetsReceived: number;
  packetsLost: number;
  packetsSent: number;
  /** Audio level of the microphone track being sent, 0–1, when the browser reports it. */
  sentAudioLevel: number | null;
  /** Audio level of the audio received, 0–1, when the browser reports it. */
  receivedAudioLevel: number | null;
}

export interface PhoneDeviceEventMap {
  /** A leg ended; `failure` says why when `reason` is `failed`. */
  legEnded: { leg: PhoneLeg; reason: PhoneLegEnd; failure: PhoneFailure | null; at: number };
  /** Warnings crossed or cleared (the new set is `quality.warnings`). */
  qualityChanged: { quality: CallQuality; at: number };
  sip: PhoneSipMessage;
  stats: PhoneStatsSample;
}

/** What the device registers with. The password stays in the device's memory only. */
export interface PhoneCredentials {
  user: string;
  password: string;
}

/** Where the SIP server is and how the device behaves. */
export interface PhoneDeviceOptions {
  /** `wss://…` (or `ws://` on 127.0.0.1) of the SIP server's WebSocket. */
  wsUrl: string;
  /** SIP domain of the agents' extensions. Default: the WebSocket URL's host name. */
  domain?: string;
  /** ICE servers (STUN/TURN) for agents behind NAT. */
  iceServers?: ReadonlyArray<{ urls: string | string[]; username?: string; credential?: string }>;
  /** Answer every ring by itself (a headset agent). Default false. */
  autoAnswer?: boolean;
  /** Debug log sink. Passwords never reach it. */
  logger?: (entry: { level: 'debug' | 'info' | 'warn' | 'error'; message: string; data?: unknown }) => void;
  /** Clock, for tests. */
  now?: () => number;
}

/** The phone device: one per page (the leader tab's), created by `createBrowserPhone`. */
export interface PhoneDevice {
  getState(): PhoneDeviceState;
  /** Every state change. Returns the unsubscribe. */
  subscribe(listener: (state: PhoneDeviceState, previous: PhoneDeviceState) => void): () => void;
  on<K extends keyof PhoneDeviceEventMap>(name: K, handler: (event: PhoneDeviceEventMap[K]) => void): () => void;
  /** Registers (again, with these credentials). Resolves once registered; rejects with a `PhoneError`. */
  register(credentials: PhoneCredentials): Promise<void>;
  /** Unregisters and closes the WebSocket; any leg is hung up first. */
  unregister(): Promise<void>;
  /**
   * Answers the ringing leg (asks for the microphone first if needed). Resolves once the audio is
   * connected, or when the far end gave up first (see `legEnded`); rejects with a `PhoneError`
   * when the leg failed (the leg has then ended with that failure).
   */
  answer(): Promise<void>;
  /** Declines the ringing leg (486 Busy Here). */
  decline(): Promise<void>;
  /** Ends the leg: BYE when connected, CANCEL/decline while ringing. Resolves at once when there is none. */
  hangup(): Promise<void>;
  setMuted(muted: boolean): void;
  /** Asks for the microphone (call it from a click). Resolves with the resulting access. */
  requestMicrophone(): Promise<MicrophoneAccess>;
  /** Chooses a device; the change applies to the leg in progress too. */
  selectDevice(kind: 'input' | 'output' | 'ringer', id: string | null): Promise<void>;
  /**
   * Starts the pre-call check: the microphone's level for `durationMs` (default 5 s). The
   * speaker is checked with `playTestSound` (a sound during the check would reach the microphone).
   */
  startAudioCheck(durationMs?: number): Promise<AudioCheck>;
  stopAudioCheck(): void;
  /** Plays the ring (or a short sound) on the ringer, to check it. */
  playTestSound(kind: 'speaker' | 'ringer'): Promise<void>;
  /** The network changed under a connected leg: restart ICE. */
  restartIce(): Promise<void>;
  /** Releases everything: the leg (BYE), the registration, the WebSocket, the microphone, timers. */
  destroy(): void;
}

/** How `@wincall/phone`'s entry is loaded on demand: `() => import('@wincall/phone/device')`. */
export type PhoneDeviceModule = { createBrowserPhone(options: PhoneDeviceOptions): PhoneDevice };
