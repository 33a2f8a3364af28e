import { PhoneError } from '../../src/phone/errors';
import { initialPhoneDeviceState } from '../../src/phone/state';
import type {
  PhoneCredentials,
  PhoneDevice,
  PhoneDeviceEventMap,
  PhoneDeviceModule,
  PhoneDeviceOptions,
  PhoneDeviceState,
  PhoneFailureCode,
} from '../../src/phone/types';

/**
 * A stand-in for `@wincall/phone`'s device, for the core's unit tests: it records what the core
 * asks of it and lets the test play the SIP server (a ring, a refusal, a failure). The real device
 * is tested against real SIP servers in packages/phone and the demo's end-to-end tests.
 */
export class FakePhone implements PhoneDevice {
  state: PhoneDeviceState = initialPhoneDeviceState(true);
  readonly calls: string[] = [];
  /** What `register` was given (the test checks the password went here and nowhere else). */
  readonly registrations: PhoneCredentials[] = [];
  /** Set to a code to make the next `register` fail like the SIP server refusing it. */
  refuseWith: PhoneFailureCode | null = null;
  destroyed = false;
  private listeners = new Set<(state: PhoneDeviceState, previous: PhoneDeviceState) => void>();
  private handlers = new Map<string, Set<(event: never) => void>>();
  private legs = 0;

  constructor(readonly options: PhoneDeviceOptions) {}

  set(patch: Partial<PhoneDeviceState>) {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const listener of [...this.listeners]) listener(this.state, previous);
  }
  fire<K extends keyof PhoneDeviceEventMap>(name: K, event: PhoneDeviceEventMap[K]) {
    for (const handler of [...(this.handlers.get(name) ?? [])]) (handler as (e: PhoneDeviceEventMap[K]) => void)(event);
  }

  /** The PBX rings this registration. */
  ring(remote = '13800138000') {
    this.set({ leg: { id: `leg-${++this.legs}`, phase: 'ringing', remote, since: Date.now() } });
  }
  /** The leg ends (the PBX hung up, or it failed). */
  endLeg(reason: 'remote' | 'failed', code?: PhoneFailureCode) {
    const leg = this.state.leg;
    if (!leg) return;
    const failure = code ? { code, at: Date.now() } : null;
    this.set({ leg: null, failure: failure ?? this.state.failure, muted: false });
    this.fire('legEnded', { leg, reason, failure, at: Date.now() });
  }

  getState = () => this.state;
  subscribe = (listener: (state: PhoneDeviceState, previous: PhoneDeviceState) => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  on = <K extends keyof PhoneDeviceEventMap>(name: K, handler: (event: PhoneDeviceEventMap[K]) => void) => {
    let set = this.handlers.get(name);
    if (!set) this.handlers.set(name, (set = new Set()));
    set.add(handler as (event: never) => void);
    return () => void set.delete(handler as (event: never) => void);
  };
  register = async (credentials: PhoneCredentials) => {
    this.calls.push(`register ${credentials.user}`);
    this.registrations.push(credentials);
    this.set({ registration: 'registering' });
    await Promise.resolve();
    if (this.refuseWith) {
      const code = this.refuseWith;
      this.set({ registration: 'failed', failure: { code, at: Date.now() } });
      throw new PhoneError(code);
    }
    this.set({ registration: 'registered', failure: null });
  };
  unregister = async () => {
    this.calls.push('unregister');
    this.set({ registration: 'unregistered', leg: null });
  };
  answer = async () => {
    this.calls.push('answer');
    const leg = this.state.leg;
    if (!leg || leg.phase !== 'ringing') return;
    this.set({ leg: { ...leg, phase: 'answering' }, microphone: 'granted' });
    await Promise.resolve();
    this.set({ leg: { ...leg, phase: 'connected', connectedAt: Date.now() } });
  };
  decline = async () => {
    this.calls.push('decline');
    const leg = this.state.leg;
    if (!leg) return;
    this.set({ leg: null });
    this.fire('legEnded', { leg, reason: 'declined', failure: null, at: Date.now() });
  };
  hangup = async () => {
    this.calls.push('hangup');
    const leg = this.state.leg;
    if (!leg) return;
    this.set({ leg: null, muted: false });
    this.fire('legEnded', { leg, reason: 'local', failure: null, at: Date.now() });
  };
  setMuted = (muted: boolean) => {
    this.calls.push(`mute ${muted}`);
    if (this.state.leg) this.set({ muted });
  };
  requestMicrophone = async () => {
    this.calls.push('requestMicrophone');
    this.set({ microphone: 'granted' });
    return this.state.microphone;
  };
  selectDevice = async (kind: 'input' | 'output' | 'ringer', id: string | null) => {
    this.calls.push(`select ${kind} ${id}`);
    this.set({ devices: { ...this.state.devices, [kind]: id } });
  };
  startAudioCheck = async () => this.state.audioCheck;
  stopAudioCheck = () => undefined;
  playTestSound = async () => undefined;
  restartIce = async () => undefined;
  destroy = () => {
    this.calls.push('destroy');
    this.destroyed = true;
  };
}

/** A `load` for the client's `phone` option that hands out FakePhones (and can fail like a network). */
export function fakePhoneModule() {
  const devices: FakePhone[] = [];
  let failures = 0;
  const load = async (): Promise<PhoneDeviceModule> => {
    if (failures > 0) {
      failures--;
      throw new TypeError('Failed to fetch dynamically imported module');
    }
    return {
      createBrowserPhone: (options) => {
        const device = new FakePhone(options);
        devices.push(device);
        return device;
      },
    };
  };
  return {
    load,
    devices,
    get device(): FakePhone {
      const device = devices.at(-1);
      if (!device) throw new Error('no phone device was created');
      return device;
    },
    failNext(count = 1) {
      failures = count;
    },
  };
}
