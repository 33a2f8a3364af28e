import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveAvailableActions, type WinCallClient } from '../../src';
import { decodeFrame } from '../../src/protocol';
import { signedInClient } from '../support/fakeTransport';
import { frame, validMessage } from './arbitraries';
import { fuzzParameters } from './settings';

const signedIn = () => signedInClient();

function invariants(client: WinCallClient) {
  const state = client.getState();
  expect(state.availableActions).toEqual(deriveAvailableActions(state));
  if (state.agent.status === 'signedOut') expect(state.call).toBeNull();
  if (state.call) expect(state.call.connectedAt ?? state.call.startedAt).toBeGreaterThanOrEqual(state.call.startedAt);
}

describe('client under random frames', () => {
  it('reports each bad frame as a protocolError, never throws, and keeps working', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 20 }), async (frames) => {
        const { fake, client } = await signedIn();
        let protocolErrors = 0;
        client.on('protocolError', () => protocolErrors++);
        for (const payload of frames) {
          expect(() => fake.raw(payload)).not.toThrow();
          invariants(client);
        }
        const badPieces = frames.reduce<number>((n, f) => n + decodeFrame(f).errors.length, 0);
        expect(protocolErrors).toBeGreaterThanOrEqual(badPieces);
        // Still alive: a fresh, well-formed exchange works.
        fake.push({ MT: 2 });
        expect(fake.sent.at(-1)).toEqual({ Action: 7 });
        client.destroy();
      }),
      fuzzParameters(),
    );
  });

  it('keeps its invariants under any order of valid messages', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(validMessage, { minLength: 1, maxLength: 40 }), async (messages) => {
        const { fake, client } = await signedIn();
        for (const message of messages) {
          fake.push(message);
          invariants(client);
        }
        client.destroy();
      }),
      fuzzParameters(),
    );
  });
});
