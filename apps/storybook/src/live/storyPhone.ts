/**
 * The browser phone device of the live stories: a stand-in for `@wincall/phone`'s sip.js device
 * that implements the same `PhoneDevice` interface, so the real client, controller and bar drive
 * it exactly as they drive the real one. Its SIP side is the story's PBX (`storyPbx.ts`: the
 * registrar that checks the extension's phone password, rings for the model's calls and hears
 * answers and hang-ups); its browser side is a `StoryBrowser` the story sets up (what the page is
 * told when it asks for the microphone, the devices plugged in, the agent's voice, the network).
 * Nothing in it sets the state the bar shows from outside: each change follows a request of the
 * client, an answer of the PBX, or something the browser would notice.
 */
import type {
  AudioCheck,
  AudioDeviceInfo,
  CallQuality,
  MicrophoneAccess,
  PhoneCredentials,
  PhoneDevice,
  PhoneDeviceEventMap,
  PhoneDeviceState,
  PhoneFailureCode,
  PhoneLegEnd,
} from '@wincall/core';
import { INITIAL_AUDIO_CHECK, initialPhoneDeviceState, PhoneError } from '@wincall/core/phone';

/** What the browser answers when the page asks for the microphone (`getUserMedia`). */
export type MicrophoneAnswer = 'granted' | 'denied' | 'noDevice' | 'inUse';

/** The browser around the phone, as a story sets it up. */
export interface StoryBrowser {
  /** What asking for the microphone gives. Default `granted`. */
  microphone?: MicrophoneAnswer;
  /** Whether the browser can send audio to a chosen output (`setSinkId`). Default true. */
  outputSelectable?: boolean;
  /**
   * How long "test my audio" listens, ms. Default 5 s, like the real device; a story that shows
   * the result shortens it, one that shows the check running lengthens it.
   */
  audioCheckMs?: number;
}

/** The PBX as a device sees it (the WebSocket to the SIP server). */
export interface PhoneLine {
  /** REGISTER: resolves with the PBX's answer, or never while the registrar stays silent. */
  register(phone: StoryPhone, credentials: PhoneCredentials): Promise<RegisterAnswer>;
  unregister(phone: StoryPhone): void;
  /** 200 OK to the INVITE of leg `legId`. */
  answered(legId: number): void;
  /** 486 to the INVITE, or BYE. */
  hungUp(legId: number): void;
}

export type RegisterAnswer = { ok: true } | { ok: false; code: PhoneFailureCode; sipStatus: number };

/** The devices a headset agent's laptop lists (the browser hides their names until the microphone is allowed). */
const INPUTS: readonly AudioDeviceInfo[] = [
  { id: 'mic-laptop', label: 'Built-in microphone' },
  { id: 'mic-headset', label: 'USB headset microphone' },
];
const OUTPUTS: readonly AudioDeviceInfo[] = [
  { id: 'out-laptop', label: 'Built-in speakers' },
  { id: 'out-headset', label: 'USB headset' },
];

/** Level that counts as "the microphone heard you" (the real device's `HEARD_LEVEL`). */
const HEARD_LEVEL = 0.3;
const DEFAULT_CHECK_MS = 5_000;

/** A clean line: what the real device reports once its first stats arrive on a healthy network. */
export const GOOD_QUALITY: CallQuality = { rttMs: 40, jitterMs: 4, packetLossPercent: 0, mos: 4.4, warnings: [] };

const IDLE_CHECK: AudioCheck = INITIAL_AUDIO_CHECK;

const MICROPHONE_FAILURE: Record<Exclude<MicrophoneAnswer, 'granted'>, PhoneFailureCode> = {
  denied: 'MICROPHONE_DENIED',
  noDevice: 'NO_MICROPHONE',
  inUse: 'MICROPHONE_IN_USE',
};

const hidden = (list: readonly AudioDeviceInfo[]) => list.map((d) => ({ ...d, label: '' }));

type Listener = (state: PhoneDeviceState, previous: PhoneDeviceState) => void;
type Handler = (event: never) => void;

export class StoryPhone implements PhoneDevice {
  private state: PhoneDeviceState;
  private readonly listeners = new Set<Listener>();
  private readonly handlers = new Map<keyof PhoneDeviceEventMap, Set<Handler>>();
  private readonly microphoneAnswer: MicrophoneAnswer;
  private readonly checkMs: number;
  /** The model's id of the ringing or connected leg (the INVITE's), with the device's own id in the state. */
  private legId: number | null = null;
  private legs = 0;
  private credentials: PhoneCredentials | null = null;
  /** What the microphone hears now, 0–1 (the agent speaking, or silence). */
  private voice = 0;
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  private finishCheck: ((check: AudioCheck) => void) | null = null;
  private destroyed = false;

  constructor(
    private readonly line: PhoneLine,
    browser: StoryBrowser = {},
  ) {
    this.microphoneAnswer = browser.microphone ?? 'granted';
    this.checkMs = browser.audioCheckMs ?? DEFAULT_CHECK_MS;
    const initial = initialPhoneDeviceState(browser.outputSelectable ?? true);
    this.state = { ...initial, devices: { ...initial.devices, inputs: hidden(INPUTS), outputs: hidden(OUTPUTS) } };
  }

  // ---- what the PBX and the browser do to the device ------------------------------------------

  /** The PBX's INVITE for the model's leg `legId`. A second one while a leg is up is turned down (486). */
  ring(legId: number, remote: string): void {
    if (this.destroyed || this.legId !== null) {
      queueMicrotask(() => this.line.hungUp(legId));
      return;
    }
    this.legId = legId;
    this.set({ leg: { id: `leg-${++this.legs}`, phase: 'ringing', remote, since: Date.now() } });
  }

  /** The PBX let the leg go (CANCEL while ringing, BYE once connected). */
  released(legId: number): void {
    if (this.legId === legId) this.endLeg('remote', null);
  }

  /** The WebSocket to the SIP server closed: the device keeps trying (see `reconnected`). */
  connectionLost(): void {
    if (this.state.registration === 'registered' || this.state.registration === 'registering') {
      this.set({ registration: 'reconnecting', failure: { code: 'SIP_UNREACHABLE', at: Date.now() } });
    }
  }

  /** The SIP server is back: the device registers again with what it registered with. */
  reconnected(): void {
    if (this.state.registration === 'reconnecting' && this.credentials) void this.register(this.credentials).catch(() => undefined);
  }

  /** The agent speaks (a level 0–1) or falls silent (0): what the microphone hears. */
  speak(level: number): void {
    if (!(level >= 0 && level <= 1)) throw new RangeError(`a voice level is 0 to 1, got ${level}`);
    this.voice = level;
    const { audioCheck, muted, leg } = this.state;
    const patch: Partial<PhoneDeviceState> = {};
    if (audioCheck.phase === 'running') patch.audioCheck = { ...audioCheck, level, peak: Math.max(audioCheck.peak, level) };
    if (muted && leg?.phase === 'connected') patch.speakingWhileMuted = level >= HEARD_LEVEL;
    this.set(patch);
  }

  /** The network under the call changes: the device's next `getStats()` samples say so. */
  measure(quality: CallQuality): void {
    if (this.state.leg?.phase !== 'connected') throw new Error('call quality is measured on a connected call');
    this.set({ quality });
    this.fire('qualityChanged', { quality, at: Date.now() });
  }

  // ---- PhoneDevice ---------------------------------------------------------------------------

  getState = (): PhoneDeviceState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  on = <K extends keyof PhoneDeviceEventMap>(name: K, handler: (event: PhoneDeviceEventMap[K]) => void): (() => void) => {
    let set = this.handlers.get(name);
    if (!set) this.handlers.set(name, (set = new Set()));
    set.add(handler as Handler);
    return () => void set.delete(handler as Handler);
  };

  register = async (credentials: PhoneCredentials): Promise<void> => {
    this.alive();
    this.credentials = credentials;
    if (this.state.registration !== 'reconnecting') this.set({ registration: 'registering' });
    const answer = await this.line.register(this, credentials);
    if (this.destroyed || this.credentials !== credentials) return;
    if (answer.ok) {
      this.set({ registration: 'registered', failure: null });
      return;
    }
    const error = new PhoneError(answer.code, { sipStatus: answer.sipStatus });
    this.set({ registration: 'failed', failure: error.toFailure(Date.now()) });
    throw error;
  };

  unregister = async (): Promise<void> => {
    await this.hangup();
    this.credentials = null;
    this.line.unregister(this);
    this.set({ registration: 'unregistered', failure: null });
  };

  answer = async (): Promise<void> => {
    this.alive();
    const leg = this.state.leg;
    const legId = this.legId;
    if (!leg || legId === null) throw new DOMException('No call is ringing', 'InvalidStateError');
    if (leg.phase !== 'ringing') return;
    this.set({ leg: { ...leg, phase: 'answering' } });
    // The answer's SDP needs the microphone: the browser is asked now if it was not before.
    const access = await this.askMicrophone();
    if (this.legId !== legId) return;
    if (access !== 'granted') {
      const code = MICROPHONE_FAILURE[access];
      this.line.hungUp(legId);
      this.endLeg('failed', { code, at: Date.now() });
      throw new PhoneError(code);
    }
    this.set({ leg: { ...leg, phase: 'connected', connectedAt: Date.now() }, quality: GOOD_QUALITY });
    this.line.answered(legId);
  };

  decline = async (): Promise<void> => {
    const legId = this.legId;
    if (legId === null) return;
    this.line.hungUp(legId);
    this.endLeg('declined', null);
  };

  hangup = async (): Promise<void> => {
    const legId = this.legId;
    if (legId === null) return;
    this.line.hungUp(legId);
    this.endLeg('local', null);
  };

  setMuted = (muted: boolean): void => {
    if (typeof muted !== 'boolean') throw new TypeError('setMuted() takes a boolean');
    if (this.state.leg?.phase !== 'connected') return;
    this.set({ muted, speakingWhileMuted: muted && this.voice >= HEARD_LEVEL });
  };

  requestMicrophone = async (): Promise<MicrophoneAccess> => {
    this.alive();
    return this.askMicrophone();
  };

  selectDevice = async (kind: 'input' | 'output' | 'ringer', id: string | null): Promise<void> => {
    this.alive();
    const { devices } = this.state;
    if (kind !== 'input' && id !== null && !devices.outputSelectable) {
      throw new TypeError('This browser cannot send audio to a chosen output (no HTMLMediaElement.setSinkId); check devices.outputSelectable');
    }
    const list = kind === 'input' ? devices.inputs : devices.outputs;
    if (id !== null && !list.some((d) => d.id === id)) throw new RangeError(`No audio ${kind === 'input' ? 'input' : 'output'} with id ${JSON.stringify(id)}`);
    this.set({ devices: { ...devices, [kind]: id } });
  };

  startAudioCheck = async (): Promise<AudioCheck> => {
    this.alive();
    this.stopAudioCheck();
    this.set({ audioCheck: { phase: 'running', level: 0, peak: 0, microphoneHeard: null } });
    const access = await this.askMicrophone();
    if (access !== 'granted') {
      this.set({ audioCheck: IDLE_CHECK });
      throw new PhoneError(MICROPHONE_FAILURE[access]);
    }
    this.set({ audioCheck: { phase: 'running', level: this.voice, peak: this.voice, microphoneHeard: null } });
    // The story's browser decides how long the check listens (the UI asks for the default).
    return new Promise<AudioCheck>((resolve) => {
      this.finishCheck = resolve;
      this.checkTimer = setTimeout(() => {
        const { peak } = this.state.audioCheck;
        this.endCheck({ phase: 'done', level: 0, peak, microphoneHeard: peak >= HEARD_LEVEL });
      }, this.checkMs);
    });
  };

  stopAudioCheck = (): void => {
    if (this.state.audioCheck.phase === 'running') this.endCheck(IDLE_CHECK);
  };

  /** The sound plays on the chosen output; the story's page has nothing to hear it with. */
  playTestSound = async (kind: 'speaker' | 'ringer'): Promise<void> => {
    this.alive();
    if (kind !== 'speaker' && kind !== 'ringer') throw new TypeError(`playTestSound(): kind is speaker or ringer, got ${JSON.stringify(kind)}`);
  };

  restartIce = async (): Promise<void> => undefined;

  destroy = (): void => {
    if (this.destroyed) return;
    void this.hangup();
    this.stopAudioCheck();
    this.destroyed = true;
    if (this.credentials) this.line.unregister(this);
    this.credentials = null;
    this.set({ registration: 'unregistered', leg: null, muted: false, speakingWhileMuted: false, quality: null });
    this.listeners.clear();
    this.handlers.clear();
  };

  // ---- inside ----------------------------------------------------------------------------------

  private alive(): void {
    if (this.destroyed) throw new TypeError('This phone device was destroyed');
  }

  private set(patch: Partial<PhoneDeviceState>): void {
    if (Object.keys(patch).length === 0) return;
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const listener of [...this.listeners]) listener(this.state, previous);
  }

  private fire<K extends keyof PhoneDeviceEventMap>(name: K, event: PhoneDeviceEventMap[K]): void {
    for (const handler of [...(this.handlers.get(name) ?? [])]) (handler as (e: PhoneDeviceEventMap[K]) => void)(event);
  }

  /** `getUserMedia` as the story's browser answers it; once allowed, the devices' names show. */
  private async askMicrophone(): Promise<MicrophoneAnswer> {
    if (this.state.microphone === 'granted') return 'granted';
    this.set({ microphone: 'prompting' });
    // The browser answers a moment later, never in the same task.
    await Promise.resolve();
    const access = this.microphoneAnswer;
    if (this.destroyed) return access;
    this.set(access === 'granted' ? { microphone: access, devices: { ...this.state.devices, inputs: INPUTS, outputs: OUTPUTS } } : { microphone: access });
    return access;
  }

  private endLeg(reason: PhoneLegEnd, failure: PhoneDeviceState['failure']): void {
    const leg = this.state.leg;
    this.legId = null;
    if (!leg) return;
    this.set({ leg: null, muted: false, speakingWhileMuted: false, quality: null, ...(failure ? { failure } : {}) });
    this.fire('legEnded', { leg, reason, failure, at: Date.now() });
  }

  private endCheck(check: AudioCheck): void {
    if (this.checkTimer !== null) clearTimeout(this.checkTimer);
    this.checkTimer = null;
    const finish = this.finishCheck;
    this.finishCheck = null;
    this.set({ audioCheck: check });
    finish?.(check);
  }
}
