import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WinCallClient } from '../src';
import { signedInClient } from './support/fakeTransport';

let client: WinCallClient | undefined;
afterEach(() => {
  client?.destroy();
  vi.useRealTimers();
});

async function signedIn(silenceTimeout?: number) {
  vi.useFakeTimers();
  const signed = await signedInClient(silenceTimeout === undefined ? {} : { silenceTimeout });
  client = signed.client;
  return signed.fake;
}

describe('silence watchdog', () => {
  it('learns the heartbeat interval and reconnects after three silent intervals', async () => {
    const fake = await signedIn();
    for (let i = 0; i < 3; i++) {
      fake.push({ MT: 2 });
      await vi.advanceTimersByTimeAsync(2_000);
    }
    expect(fake.reconnects).toBe(0);
    await vi.advanceTimersByTimeAsync(3_999); // 5.999 s since the last heartbeat: 3 × 2 s not yet over
    expect(fake.reconnects).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.reconnects).toBe(1);
    expect(client!.getState().connection).toBe('reconnecting');
  });

  it('is kept quiet by any message, not only heartbeats', async () => {
    const fake = await signedIn(3_000);
    for (let i = 0; i < 10; i++) {
      await vi.advanceTimersByTimeAsync(2_000);
      fake.push({ MT: 5 });
    }
    expect(fake.reconnects).toBe(0);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(fake.reconnects).toBe(1);
  });

  it('does not guess when the server sends no heartbeats and no timeout was set', async () => {
    const fake = await signedIn();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(fake.reconnects).toBe(0);
  });

  it('can be turned off', async () => {
    const fake = await signedIn(0);
    fake.push({ MT: 2 });
    await vi.advanceTimersByTimeAsync(1_000);
    fake.push({ MT: 2 });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(fake.reconnects).toBe(0);
  });

  it('re-authenticates once the connection is back after a silent drop', async () => {
    const fake = await signedIn(3_000);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(fake.reconnects).toBe(1);
    fake.setStatus('connected');
    expect(await fake.waitForAction(100, 2)).toMatchObject({ Action: 100, AgNum: '1001' });
  });
});
