import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFrame, translateMessage, ProtocolError } from '../../src/protocol';
import { frame } from './arbitraries';
import { fuzzParameters } from './settings';

describe('codec under random and mutated frames', () => {
  it('never throws; every piece is a message or a typed ProtocolError', () => {
    fc.assert(
      fc.property(frame, (payload) => {
        const { messages, errors } = decodeFrame(payload);
        for (const error of errors) expect(error).toBeInstanceOf(ProtocolError);
        for (const message of messages) {
          expect(typeof message.MT).toBe('number');
          expect(() => translateMessage(message)).not.toThrow();
        }
        if (typeof payload === 'string') {
          const pieces = payload.trim().split('\r\n').filter((p) => p.trim() !== '');
          expect(messages.length + errors.length).toBe(pieces.length);
        }
      }),
      fuzzParameters(),
    );
  });
});
