/**
 * The browser's audio devices: the microphone (getUserMedia and what its errors mean for the
 * agent), the lists of inputs and outputs, `devicechange`, and choosing an output (`setSinkId`).
 * Nothing here runs at import time: the entry may be imported during server rendering.
 */
import { PhoneError } from '@wincall/core/phone';
import type { AudioDeviceInfo, MicrophoneAccess, PhoneFailureCode } from '@wincall/core';

type MicrophoneFailureCode = Extract<PhoneFailureCode, 'MICROPHONE_DENIED' | 'NO_MICROPHONE' | 'MICROPHONE_IN_USE'>;

/** getUserMedia's error names (the standard ones, and the older Chrome/Firefox ones) → our codes. */
const ERROR_CODES: Readonly<Record<string, MicrophoneFailureCode>> = {
  NotAllowedError: 'MICROPHONE_DENIED',
  PermissionDeniedError: 'MICROPHONE_DENIED',
  SecurityError: 'MICROPHONE_DENIED',
  NotFoundError: 'NO_MICROPHONE',
  DevicesNotFoundError: 'NO_MICROPHONE',
  OverconstrainedError: 'NO_MICROPHONE',
  NotReadableError: 'MICROPHONE_IN_USE',
  TrackStartError: 'MICROPHONE_IN_USE',
  AbortError: 'MICROPHONE_IN_USE',
};

const ACCESS: Readonly<Record<MicrophoneFailureCode, MicrophoneAccess>> = {
  MICROPHONE_DENIED: 'denied',
  NO_MICROPHONE: 'noDevice',
  MICROPHONE_IN_USE: 'inUse',
};

/**
 * What a getUserMedia failure means. Without `navigator.mediaDevices` (a page that is not a
 * secure context) the browser will never allow the microphone: that is `denied` too. Another
 * failure the microphone could not start with counts as "in use" (the hardware did not open).
 */
export function microphoneErrorCode(error: unknown): MicrophoneFailureCode {
  if (error instanceof PhoneError && error.code in ACCESS) return error.code as MicrophoneFailureCode;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  return ERROR_CODES[name] ?? 'MICROPHONE_IN_USE';
}

/** The `microphone` state a failure leaves. */
export function microphoneAccessAfter(code: MicrophoneFailureCode): MicrophoneAccess {
  return ACCESS[code];
}

/** Standard processing on: agents sit in open-plan rooms, often on laptop speakers. */
function audioConstraints(deviceId: string | null): MediaTrackConstraints | true {
  const processing = { echoCancellation: true, noiseSuppression: true, autoGainControl: true };
  return deviceId === null ? processing : { ...processing, deviceId: { exact: deviceId } };
}

/**
 * Opens the microphone `deviceId` (null: the browser's default). When that device is gone (a
 * headset unplugged), opens the default instead and says so. Rejects with a `PhoneError`
 * (`MICROPHONE_DENIED` / `NO_MICROPHONE` / `MICROPHONE_IN_USE`), the browser's error as its cause.
 */
export async function openMicrophone(deviceId: string | null): Promise<{ stream: MediaStream; fellBack: boolean }> {
  const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (!devices?.getUserMedia) throw new PhoneError('MICROPHONE_DENIED');
  try {
    return { stream: await devices.getUserMedia({ audio: audioConstraints(deviceId), video: false }), fellBack: false };
  } catch (error) {
    const code = microphoneErrorCode(error);
    if (deviceId !== null && code === 'NO_MICROPHONE') {
      try {
        return { stream: await devices.getUserMedia({ audio: audioConstraints(null), video: false }), fellBack: true };
      } catch (fallbackError) {
        throw new PhoneError(microphoneErrorCode(fallbackError), { cause: fallbackError });
      }
    }
    throw new PhoneError(code, { cause: error });
  }
}

/** Stops every track of a stream (the browser's "microphone in use" indicator goes off). */
export function stopStream(stream: MediaStream | null | undefined): void {
  stream?.getTracks().forEach((track) => track.stop());
}

/**
 * The audio inputs and outputs. Chrome's `default` / `communications` entries are aliases of a
 * real device: the device state's `null` stands for "the browser's default" instead.
 */
export async function listAudioDevices(): Promise<{ inputs: AudioDeviceInfo[]; outputs: AudioDeviceInfo[] }> {
  const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (!devices?.enumerateDevices) return { inputs: [], outputs: [] };
  const all = await devices.enumerateDevices();
  const pick = (kind: MediaDeviceKind) =>
    all
      .filter((d) => d.kind === kind && d.deviceId !== '' && d.deviceId !== 'default' && d.deviceId !== 'communications')
      .map((d) => ({ id: d.deviceId, label: d.label }));
  return { inputs: pick('audioinput'), outputs: pick('audiooutput') };
}

/** Calls `listener` when a device is plugged in or out. Returns the unsubscribe. */
export function onDeviceChange(listener: () => void): () => void {
  const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (!devices?.addEventListener) return () => {};
  devices.addEventListener('devicechange', listener);
  return () => devices.removeEventListener('devicechange', listener);
}

/** Whether audio can be sent to a chosen output (`HTMLMediaElement.setSinkId`: Chrome, Edge, Firefox 116+, not Safari). */
export function canSelectOutput(): boolean {
  return typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;
}

/** Sends an element's audio to output `id` (null: the default). A no-op where outputs cannot be chosen. */
export async function applySink(element: HTMLMediaElement, id: string | null): Promise<void> {
  if (!canSelectOutput()) return;
  const sinkable = element as HTMLMediaElement & { sinkId: string; setSinkId(id: string): Promise<void> };
  const target = id ?? '';
  if (sinkable.sinkId !== target) await sinkable.setSinkId(target);
}

/**
 * Follows the microphone permission (`navigator.permissions`, where the browser answers for
 * `microphone`): `granted` / `denied`, or `unknown` while the browser would still ask.
 * Returns the unsubscribe.
 */
export function watchMicrophonePermission(onChange: (access: MicrophoneAccess) => void): () => void {
  let stopped = false;
  let status: PermissionStatus | null = null;
  const report = () => {
    if (!status || stopped) return;
    onChange(status.state === 'granted' ? 'granted' : status.state === 'denied' ? 'denied' : 'unknown');
  };
  const permissions = typeof navigator === 'undefined' ? undefined : navigator.permissions;
  permissions
    ?.query({ name: 'microphone' as PermissionName })
    .then((result) => {
      if (stopped) return;
      status = result;
      status.addEventListener('change', report);
      report();
    })
    .catch(() => {
      // Firefox before 131 and Safari before 16 do not know the `microphone` permission name:
      // the state stays `unknown` until the agent is asked.
    });
  return () => {
    stopped = true;
    status?.removeEventListener('change', report);
  };
}
