import type { PhoneDeviceStatus, PhoneState } from './front';
import type { AudioCheck, PhoneDeviceState } from './types';

export const INITIAL_AUDIO_CHECK: AudioCheck = { phase: 'idle', level: 0, peak: 0, microphoneHeard: null };

/** A phone device's state before it does anything: not registered, no leg, nothing asked yet. */
export function initialPhoneDeviceState(outputSelectable = false): PhoneDeviceState {
  return {
    registration: 'unregistered',
    failure: null,
    microphone: 'unknown',
    leg: null,
    muted: false,
    speakingWhileMuted: false,
    quality: null,
    devices: { inputs: [], outputs: [], input: null, output: null, ringer: null, outputSelectable },
    audioCheck: INITIAL_AUDIO_CHECK,
  };
}

/** `client.phone`'s state before the device does anything (the device itself off, loading, ready or unavailable). */
export function initialPhoneState(device: PhoneDeviceStatus): PhoneState {
  return { ...initialPhoneDeviceState(), device };
}
