import { PhoneError } from '@wincall/core/phone';
import { describe, expect, it } from 'vitest';
import { microphoneAccessAfter, microphoneErrorCode } from '../src/media';

/** getUserMedia rejects with DOMExceptions; Node has them too. */
const failure = (name: string) => new DOMException('getUserMedia failed', name);

describe('getUserMedia errors → what the agent can do about them', () => {
  it.each([
    ['NotAllowedError', 'MICROPHONE_DENIED', 'denied'],
    ['SecurityError', 'MICROPHONE_DENIED', 'denied'],
    ['PermissionDeniedError', 'MICROPHONE_DENIED', 'denied'],
    ['NotFoundError', 'NO_MICROPHONE', 'noDevice'],
    ['DevicesNotFoundError', 'NO_MICROPHONE', 'noDevice'],
    ['OverconstrainedError', 'NO_MICROPHONE', 'noDevice'],
    ['NotReadableError', 'MICROPHONE_IN_USE', 'inUse'],
    ['TrackStartError', 'MICROPHONE_IN_USE', 'inUse'],
    ['AbortError', 'MICROPHONE_IN_USE', 'inUse'],
  ] as const)('%s → %s (%s)', (name, code, access) => {
    expect(microphoneErrorCode(failure(name))).toBe(code);
    expect(microphoneAccessAfter(code)).toBe(access);
  });

  it('keeps the code of a PhoneError it made itself (no secure context, a fallback that failed)', () => {
    expect(microphoneErrorCode(new PhoneError('NO_MICROPHONE'))).toBe('NO_MICROPHONE');
    expect(microphoneErrorCode(new PhoneError('MICROPHONE_DENIED'))).toBe('MICROPHONE_DENIED');
  });

  it('treats anything else as a microphone that would not start', () => {
    expect(microphoneErrorCode(new TypeError('boom'))).toBe('MICROPHONE_IN_USE');
    expect(microphoneErrorCode(undefined)).toBe('MICROPHONE_IN_USE');
  });
});
