import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/styles.css';
import { SoftphoneBar, WinCallProvider } from '../../src';
import { createWinCallClient, type WinCallClientOptions } from '@wincall/core';

// The bar against a real simulator (127.0.0.1), driven as an agent would, through whole calls.
// This file runs twice: on a LAN and 150 ms away from the server, one way (see vitest.live*.config.ts).

const simUrl = inject('simUrl');
const latency = inject('simLatency');
/** Bounded waits: a few round trips at this latency, with room for a busy 2-core machine. */
const UI = { timeout: 15_000 + 20 * latency };

async function sim<T = Record<string, unknown>>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${simUrl}${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface SimState {
  agents: { agentNum: string; status: string; busyReasonId: number | null; phase: string | null }[];
  calls: { callId: string; dtmf: string }[];
}
const state = () => sim<SimState>('/sim/state');
const agentOnServer = async () => (await state()).agents.find((a) => a.agentNum === '1001');

afterEach(async () => {
  await sim('/sim/network', { latency, jitter: latency / 5, stall: 0 });
  await sim('/sim/reset', {});
});

function renderBar(options: Partial<WinCallClientOptions> = {}) {
  render(
    <WinCallProvider options={{ serverUrl: simUrl, apiUrl: simUrl, vccCode: 'demo', pageLifecycle: false, ...options }}>
      <SoftphoneBar />
    </WinCallProvider>,
  );
  return screen.getByRole('region', { name: '软电话' });
}

async function signIn(bar: HTMLElement) {
  await userEvent.fill(within(bar).getByLabelText('工号'), '1001');
  await userEvent.fill(within(bar).getByLabelText('密码'), '1234');
  await userEvent.fill(within(bar).getByLabelText('分机号'), '8001');
  await userEvent.click(within(bar).getByRole('button', { name: '签入' }));
  await vi.waitFor(() => expect(bar.dataset.state).toBe('idle'), UI);
}

/** A customer calls queue 6250; the agent picks up the desk phone. */
async function answeredCall(bar: HTMLElement): Promise<string> {
  const { callId } = await sim<{ callId: string }>('/sim/calls', { caller: '13800138000', queueId: 6250 });
  await vi.waitFor(() => expect(bar.dataset.state).toBe('ringing'), UI);
  expect(within(bar).getAllByText(/13800138000/).length).toBeGreaterThan(0);
  await sim('/sim/phones/8001/answer', {});
  await vi.waitFor(() => expect(bar.dataset.state).toBe('connected'), UI);
  return callId;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`the bar through whole calls, ${latency} ms from the server`, () => {
  it('sends every keypad digit, clicked 80 ms apart or typed, in order, and keeps the focus on the keypad', async () => {
    const bar = renderBar();
    await signIn(bar);
    const callId = await answeredCall(bar);
    // The keypad opens on demand.
    await userEvent.click(within(bar).getByRole('button', { name: '拨号键盘' }));
    const keypad = within(bar).getByRole('group', { name: '拨号键盘' });
    for (const digit of ['1', '2', '3', '4']) {
      await userEvent.click(within(keypad).getByRole('button', { name: digit }));
      await pause(80);
    }
    // Typing on the keyboard: the focused key must stay usable while digits are in flight.
    within(keypad).getByRole('button', { name: '5' }).focus();
    await userEvent.keyboard('9');
    await userEvent.keyboard('#');
    expect(keypad.contains(document.activeElement)).toBe(true);
    expect(within(keypad).getByRole('button', { name: '5' })).toBeEnabled();
    await vi.waitFor(async () => expect((await state()).calls.find((c) => c.callId === callId)?.dtmf).toBe('12349#'), UI);
    // The keypad shows what was sent.
    expect(keypad.querySelector('output')?.textContent).toBe('12349#');

    await userEvent.click(within(bar).getByRole('button', { name: '保持' }));
    await vi.waitFor(() => expect(bar.dataset.state).toBe('held'), UI);
    await userEvent.click(within(bar).getByRole('button', { name: '恢复通话' }));
    await vi.waitFor(() => expect(bar.dataset.state).toBe('connected'), UI);
    await userEvent.click(within(bar).getByRole('button', { name: '挂断' }));
    await vi.waitFor(() => expect(bar.dataset.state).toBe('idle'), UI);
    expect(within(bar).queryByRole('alert')?.textContent ?? '').toBe('');
  });

  it('shows plain busy for a busy reason the list does not know, and the reason name for one it knows', async () => {
    const client = createWinCallClient({ serverUrl: simUrl, apiUrl: simUrl, vccCode: 'demo', pageLifecycle: false });
    try {
      render(
        <WinCallProvider client={client}>
          <SoftphoneBar />
        </WinCallProvider>,
      );
      const bar = screen.getByRole('region', { name: '软电话' });
      await signIn(bar);
      // What the status selector says: status, then the busy reason (and the time in status).
      const badge = () => bar.querySelector('.wincall-status-trigger')!;
      // A supervisor forces the agent busy: the client obeys with BUSY and reason 1 (plain busy).
      await sim('/sim/agents/1001/force', { state: 'busy' });
      await vi.waitFor(() => expect(bar.dataset.state).toBe('busy'), UI);
      await vi.waitFor(() => expect(badge().textContent).toContain('忙碌'), UI);
      expect(badge().textContent).not.toMatch(/忙碌\s*[·:]?\s*1(?!\d)/);
      expect(await agentOnServer()).toMatchObject({ status: 'busy', busyReasonId: 1 });
      // A reason id the busy-reason list does not have (deleted since, or a server's own).
      await client.busy(999);
      expect(await agentOnServer()).toMatchObject({ busyReasonId: 999 });
      await vi.waitFor(() => expect(client.getState().agent.busyReasonId).toBe(999), UI);
      expect(badge().textContent).toContain('忙碌');
      expect(badge().textContent).not.toContain('999');
      await client.busy(100);
      await vi.waitFor(() => expect(badge().textContent).toContain('开会'), UI);
    } finally {
      client.destroy();
    }
  });

  it('says the server is not responding during a stall mid-call, and Hold still goes through after it', async () => {
    const bar = renderBar();
    await signIn(bar);
    await answeredCall(bar);
    await sim('/sim/network', { stall: 6_000 });
    await userEvent.click(within(bar).getByRole('button', { name: '保持' }));
    await vi.waitFor(() => expect(within(bar).getByText('服务器无响应，正在等待网络恢复…')).toBeVisible(), UI);
    // The status itself shows the problem, not only the banner.
    const status = bar.querySelector<HTMLElement>('.wincall-status')!;
    expect(status.dataset.state).toBe('reconnecting');
    expect(status.textContent).toContain('服务器无响应');
    await vi.waitFor(() => expect(bar.dataset.state).toBe('held'), UI);
    await vi.waitFor(() => expect(status.textContent).toContain('保持中'), UI);
    await vi.waitFor(() => expect(within(bar).queryByText('服务器无响应，正在等待网络恢复…')).toBeNull(), UI);
    expect((await agentOnServer())?.phase).toBe('held');
  });

  it('replaces a Hold timeout by the held call when the Hold went through late', async () => {
    const bar = renderBar({ timeouts: { command: 1_500 } });
    await signIn(bar);
    await answeredCall(bar);
    await sim('/sim/network', { stall: 3_000 + 2 * latency });
    await userEvent.click(within(bar).getByRole('button', { name: '保持' }));
    await vi.waitFor(() => expect(within(bar).getByText(/服务器未及时响应/)).toBeVisible(), UI);
    await vi.waitFor(() => expect(bar.dataset.state).toBe('held'), UI);
    await vi.waitFor(() => expect(within(bar).queryByText(/服务器未及时响应/)).toBeNull(), UI);
  });
});
