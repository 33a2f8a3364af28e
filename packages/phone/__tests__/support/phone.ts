/**
 * Browser-side helpers for the phone's tests: a device on the project's SIP rig, and waits that
 * end on the state or event they wait for, or fail with what the device looked like instead.
 */
import type { PhoneDeviceEventMap, PhoneDeviceOptions, PhoneDeviceState } from '@wincall/core';
import { inject } from 'vitest';
import { createBrowserPhone } from '../../src/device';
import type { BrowserPhone } from '../../src/device';
import { measureStreamTone as measureIn } from '../../../simulator/__tests__/sip/fixtures/streamTone';
import type { ToneMeasurement } from '../../../simulator/src/sip/tone';

const created = new Set<BrowserPhone>();

export function createPhone(options: Partial<PhoneDeviceOptions> = {}): BrowserPhone {
  const phone = createBrowserPhone({ wsUrl: inject('sipWsUrl'), domain: inject('sipDomain'), ...options });
  created.add(phone);
  return phone;
}

/** Destroys every device a test made (call from afterEach). */
export function destroyPhones(): void {
  for (const phone of created) phone.destroy();
  created.clear();
}

const summary = (state: PhoneDeviceState) =>
  JSON.stringify({ registration: state.registration, failure: state.failure, microphone: state.microphone, leg: state.leg, muted: state.muted });

/** Resolves with the first state (now or later) that `test` accepts. */
export function untilState(phone: BrowserPhone, test: (state: PhoneDeviceState) => boolean, what: string, timeoutMs = 20_000): Promise<PhoneDeviceState> {
  return new Promise((resolve, reject) => {
    if (test(phone.getState())) {
      resolve(phone.getState());
      return;
    }
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; the device is ${summary(phone.getState())}`));
    }, timeoutMs);
    const stop = phone.subscribe((state) => {
      if (!test(state)) return;
      clearTimeout(timer);
      stop();
      resolve(state);
    });
  });
}

/** Resolves with the next `name` event that `test` accepts. */
export function nextEvent<K extends keyof PhoneDeviceEventMap>(
  phone: BrowserPhone,
  name: K,
  test: (event: PhoneDeviceEventMap[K]) => boolean = () => true,
  timeoutMs = 20_000,
): Promise<PhoneDeviceEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for a "${name}" event; the device is ${summary(phone.getState())}`));
    }, timeoutMs);
    const stop = phone.on(name, (event) => {
      if (!test(event)) return;
      clearTimeout(timer);
      stop();
      resolve(event);
    });
  });
}

/** Collects every `name` event until the returned function is called. */
export function collect<K extends keyof PhoneDeviceEventMap>(phone: BrowserPhone, name: K): { events: PhoneDeviceEventMap[K][]; stop(): void } {
  const events: PhoneDeviceEventMap[K][] = [];
  const stop = phone.on(name, (event) => events.push(event));
  return { events, stop };
}

/**
 * Measures a tone in a remote stream for `seconds` with an AnalyserNode (Chrome feeds remote
 * WebRTC audio to Web Audio only while a media element plays it: the device's element does).
 */
export async function measureStreamTone(stream: MediaStream, frequencyHz: number, seconds: number): Promise<ToneMeasurement> {
  const context = new AudioContext();
  try {
    await context.resume();
    return await measureIn(context, stream, frequencyHz, seconds);
  } finally {
    await context.close();
  }
}
