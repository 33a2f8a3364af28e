import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/styles.css';
import { SoftphoneBar, WinCallProvider } from '../../src';
import { createWinCallClient, type CallRecord, type WinCallClient } from '@wincall/core';

// Blind transfer straight to a colleague, in Chromium against the real simulator: the directory
// lists a colleague on a call as busy (not selectable) and transfers to a free one by their
// extension (wintel's BLIND TRANSFER takes a number); the colleague's phone rings with the call.

const simUrl = inject('simUrl');
const latency = inject('simLatency');
const UI = { timeout: 15_000 + 20 * latency };

async function sim<T = Record<string, unknown>>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${simUrl}${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const clients: WinCallClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await sim('/sim/network', { latency, jitter: latency / 5, stall: 0 });
  await sim('/sim/reset', {});
});

/** A colleague signed in from another browser (a client of its own). */
async function colleague(agentNum: string, extension: string): Promise<WinCallClient> {
  const client = createWinCallClient({ serverUrl: simUrl, vccCode: 'demo', pageLifecycle: false });
  clients.push(client);
  await client.login({ agentNum, password: '1234', extension });
  return client;
}

describe(`blind transfer to a colleague, ${latency} ms from the server`, () => {
  it('lists a colleague on a call as busy, and puts the customer through to a free one, who rings with the call', async () => {
    const client = createWinCallClient({ serverUrl: simUrl, apiUrl: simUrl, vccCode: 'demo', pageLifecycle: false });
    clients.push(client);
    const records: CallRecord[] = [];
    client.on('callRecord', (event) => records.push(event.record));
    render(
      <WinCallProvider client={client}>
        <SoftphoneBar />
      </WinCallProvider>,
    );
    const bar = screen.getByRole('region', { name: '软电话' });
    await userEvent.fill(within(bar).getByLabelText('工号'), '1001');
    await userEvent.fill(within(bar).getByLabelText('密码'), '1234');
    await userEvent.fill(within(bar).getByLabelText('分机号'), '8001');
    await userEvent.click(within(bar).getByRole('button', { name: '签入' }));
    await vi.waitFor(() => expect(bar.dataset.state).toBe('idle'), UI);

    // The customer's call reaches 1001 before the colleagues sign in (the queue would offer it to them too).
    const { callId } = await sim<{ callId: string }>('/sim/calls', { caller: '13800138000', queueId: 6250 });
    await vi.waitFor(() => expect(bar.dataset.state).toBe('ringing'), UI);
    await sim('/sim/phones/8001/answer', {});
    await vi.waitFor(() => expect(bar.dataset.state).toBe('connected'), UI);
    const li = await colleague('1002', '8002');
    const wang = await colleague('1003', '8003');

    // The agent sees both colleagues free, then 1003 王芳 takes a call of her own.
    await userEvent.click(within(bar).getByRole('button', { name: '转接/咨询' }));
    await within(screen.getByRole('dialog', { name: '咨询与转接' })).findByRole('button', { name: /1003 王芳/ }, UI);
    await userEvent.keyboard('{Escape}');
    await wang.dialOuter('13700001111');
    await vi.waitFor(() => expect(wang.getState().call).not.toBeNull(), UI);

    await userEvent.click(within(bar).getByRole('button', { name: '转接/咨询' }));
    const sheet = screen.getByRole('dialog', { name: '咨询与转接' });
    const busy = await within(sheet).findByRole('list', { name: '通话中的坐席' }, UI);
    const onCall = within(busy).getByRole('button', { name: /1003 王芳/ });
    expect(onCall).toBeDisabled();
    expect(onCall.textContent).toMatch(/正在通话，暂不可选/);
    expect(onCall.textContent).toMatch(/通话中 \d\d:\d\d/);
    // The agent's own call is not in the list.
    expect(within(busy).queryByText(/1001|8001/)).toBeNull();

    await userEvent.click(within(within(sheet).getByRole('list', { name: '空闲坐席' })).getByRole('button', { name: /1002 李娜/ }));
    await userEvent.click(within(sheet).getByRole('button', { name: '转接' }));

    // 1002 rings with the customer's call, as a direct call from 1001.
    await vi.waitFor(() => expect(li.getState().call?.phase).toBe('ringing'), UI);
    expect(li.getState().call).toMatchObject({ kind: 'inner', params: { CallId: callId, Caller: '13800138000', OAgId: '1' } });
    await vi.waitFor(() => expect(['idle', 'afterCallWork']).toContain(bar.dataset.state), UI);
    await sim('/sim/phones/8002/answer', {});
    await vi.waitFor(() => expect(li.getState().call?.phase).toBe('connected'), UI);
    const calls = (await sim<{ calls: { callId: string; state: string; agents: string[] }[] }>('/sim/state')).calls;
    expect(calls.find((c) => c.callId === callId)).toMatchObject({ state: 'connected', agents: ['1002'] });

    await vi.waitFor(() => expect(records).toHaveLength(1), UI);
    expect(records[0]).toMatchObject({ callId, endReason: 'transferred', transfers: [{ target: { type: 'agent', agentId: 2 }, mode: 'blind' }] });
  });
});
