import { afterEach, describe, expect, it } from 'vitest';
import type { WinCallClient, WinCallClientOptions } from '../../src';
import { signedInClient } from '../support/fakeTransport';

let client: WinCallClient | undefined;
afterEach(() => client?.destroy());

async function signedIn(options: Partial<WinCallClientOptions>) {
  const signed = await signedInClient({ pageLifecycle: true, ...options });
  client = signed.client;
  return signed.fake;
}

describe('page lifecycle', () => {
  it('reconnects at once when a page restored from the back/forward cache finds the line silent', async () => {
    let clock = Date.now();
    const fake = await signedIn({ silenceTimeout: 60_000, now: () => clock });
    // Timers do not run while a page sits in the cache; the clock does.
    clock += 120_000;
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(fake.reconnects).toBe(1);
  });

  it('ignores an ordinary page show and a live line', async () => {
    const fake = await signedIn({ silenceTimeout: 60_000 });
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    document.dispatchEvent(new Event('resume'));
    expect(fake.reconnects).toBe(0);
  });

  it('retries at once when the browser says the network is back', async () => {
    const fake = await signedIn({ silenceTimeout: 60_000 });
    fake.setStatus('reconnecting');
    window.dispatchEvent(new Event('online'));
    expect(fake.reconnects).toBe(1);
  });

  it('retries at once when the page is shown again while reconnecting (a hidden page runs its timers late)', async () => {
    const fake = await signedIn({ silenceTimeout: 60_000 });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(fake.reconnects).toBe(0);
    fake.setStatus('reconnecting');
    expect(document.visibilityState).toBe('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(fake.reconnects).toBe(1);
  });

  it('checks a line left silent while the page was hidden as soon as it is shown again', async () => {
    let clock = Date.now();
    const fake = await signedIn({ silenceTimeout: 60_000, now: () => clock });
    clock += 120_000;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(fake.reconnects).toBe(1);
  });

  it('leaves no listener behind after destroy()', async () => {
    const fake = await signedIn({ silenceTimeout: 60_000 });
    fake.setStatus('reconnecting');
    client!.destroy();
    window.dispatchEvent(new Event('online'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(fake.reconnects).toBe(0);
  });
});
