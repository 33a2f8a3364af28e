import { afterEach, describe, expect, it } from 'vitest';
import { createWinCallClient, type WinCallClient } from '../../src';
import { createFakeTransport, result, INIT_OK } from '../support/fakeTransport';

let client: WinCallClient | undefined;
afterEach(() => client?.destroy());

async function signedIn(silenceTimeout: number) {
  const fake = createFakeTransport();
  client = createWinCallClient({ vccCode: 'demo', transport: fake.transport, loginDelay: 0, silenceTimeout });
  const login = client.login({ agentNum: '1001', password: 'pw', extension: '8001' });
  await fake.waitForAction(100);
  fake.push(INIT_OK);
  await fake.waitForAction(2);
  fake.push(result(2, 0));
  await login;
  return fake;
}

describe('page lifecycle', () => {
  it('reconnects at once when a page restored from the back/forward cache finds the line silent', async () => {
    let clock = Date.now();
    const fake = createFakeTransport();
    client = createWinCallClient({ vccCode: 'demo', transport: fake.transport, loginDelay: 0, silenceTimeout: 60_000, now: () => clock });
    const login = client.login({ agentNum: '1001', password: 'pw', extension: '8001' });
    await fake.waitForAction(100);
    fake.push(INIT_OK);
    await fake.waitForAction(2);
    fake.push(result(2, 0));
    await login;
    // Timers do not run while a page sits in the cache; the clock does.
    clock += 120_000;
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(fake.reconnects).toBe(1);
  });

  it('ignores an ordinary page show and a live line', async () => {
    const fake = await signedIn(60_000);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    document.dispatchEvent(new Event('resume'));
    expect(fake.reconnects).toBe(0);
  });

  it('retries at once when the browser says the network is back', async () => {
    const fake = await signedIn(60_000);
    fake.setStatus('reconnecting');
    window.dispatchEvent(new Event('online'));
    expect(fake.reconnects).toBe(1);
  });

  it('leaves no listener behind after destroy()', async () => {
    const fake = await signedIn(60_000);
    fake.setStatus('reconnecting');
    client!.destroy();
    window.dispatchEvent(new Event('online'));
    expect(fake.reconnects).toBe(0);
  });
});
