import { createRoot } from 'react-dom/client';
import { createWinCallClient } from '@wincall/core';
import { SoftphoneBar, WinCallProvider } from '@wincall/react';
import { sleep, waitForDom } from './harness';

export interface NetworkRun {
  /** Click on Busy / Idle in the status menu → the bar's DOM showing the new status, per click, in ms. */
  clickToScreenMs: number[];
  /** Digits clicked on the keypad as fast as the page can, and how long until the server had them all. */
  dtmf: { digits: number; ms: number; digitsPerSecond: number; receivedInOrder: boolean };
}

async function control<T>(simUrl: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${simUrl}${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The bar against a real simulator over a slow network (the simulator's latency is set by the
 * caller): what an agent feels when clicking, and how fast keypad digits reach the call.
 */
export async function network(simUrl: string, options: { clicks: number; digits: number }): Promise<NetworkRun> {
  const client = createWinCallClient({ serverUrl: simUrl, apiUrl: simUrl, vccCode: 'demo', pageLifecycle: false });
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(
    <WinCallProvider client={client} locale="en">
      <SoftphoneBar />
    </WinCallProvider>,
  );
  const bar = () => container.querySelector<HTMLElement>('.wincall-bar')!;
  try {
    await client.login({ agentNum: '1001', password: '1234', extension: '8001' });
    await waitForDom(container, () => bar().dataset.state === 'idle', 10_000);

    const clickToScreenMs: number[] = [];
    for (let i = 0; i < options.clicks; i++) {
      const goBusy = bar().dataset.state === 'idle';
      // The status selector: open its menu (not timed), then the click that changes the status.
      const trigger = [...container.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
        (b.getAttribute('aria-label') ?? '').startsWith('Agent status'),
      );
      if (!trigger) throw new Error('no status selector');
      trigger.click();
      await waitForDom(container, () => container.querySelector('[role="menuitemradio"]') !== null, 5_000);
      const item = [...container.querySelectorAll<HTMLElement>('[role="menuitemradio"]')].find(
        (el) => el.textContent?.trim().startsWith(goBusy ? 'Busy' : 'Idle') ?? false,
      );
      if (!item) throw new Error('no Busy / Idle item in the status menu');
      const started = performance.now();
      item.click();
      await waitForDom(container, () => bar().dataset.state === (goBusy ? 'busy' : 'idle'), 10_000);
      clickToScreenMs.push(performance.now() - started);
      await sleep(50);
    }
    if (bar().dataset.state === 'busy') await client.unbusy();

    const { callId } = await control<{ callId: string }>(simUrl, '/sim/calls', { caller: '13800138000', queueId: 6250 });
    await waitForDom(container, () => bar().dataset.state === 'ringing', 10_000);
    await control(simUrl, '/sim/phones/8001/answer', {});
    await waitForDom(container, () => bar().dataset.state === 'connected', 10_000);
    // The keypad opens on demand.
    const keypadButton = [...container.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.getAttribute('aria-label') === 'Keypad' || b.textContent?.trim() === 'Keypad',
    );
    if (!keypadButton) throw new Error('no Keypad button');
    keypadButton.click();
    await waitForDom(container, () => container.querySelector('.wincall-dialpad') !== null, 5_000);
    const keypad = container.querySelector<HTMLElement>('.wincall-dialpad')!;
    const keys = [...keypad.querySelectorAll<HTMLButtonElement>('button')];
    const expected = Array.from({ length: options.digits }, (_, i) => String(i % 10)).join('');
    const started = performance.now();
    for (const digit of expected) keys.find((k) => k.textContent === digit)!.click();
    let onServer = '';
    while (onServer.length < expected.length) {
      const state = await control<{ calls: { callId: string; dtmf: string }[] }>(simUrl, '/sim/state');
      onServer = state.calls.find((c) => c.callId === callId)?.dtmf ?? '';
      if (performance.now() - started > 30_000) throw new Error(`only ${onServer.length} of ${expected.length} digits arrived`);
      if (onServer.length < expected.length) await sleep(5);
    }
    const ms = performance.now() - started;
    await client.hangup();
    return {
      clickToScreenMs,
      dtmf: { digits: expected.length, ms, digitsPerSecond: (expected.length / ms) * 1000, receivedInOrder: onServer === expected },
    };
  } finally {
    root.unmount();
    client.destroy();
    container.remove();
  }
}
