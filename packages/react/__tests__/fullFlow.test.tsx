/**
 * The whole agent day against the real simulator (socket.io + config API on 127.0.0.1), driven
 * only through the rendered SoftphoneBar, the way an agent would.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createWinCallClient, type WinCallClient } from '@wincall/core';
import { startSimulator, type RunningSimulator } from '@wincall/simulator';
import { SoftphoneBar, WinCallProvider } from '../src';

/** The polite live region that announces incoming calls. */
const announcer = () => document.querySelector('.wincall-announcer') as HTMLElement;

const WAIT = { timeout: 8000 };

let sim: RunningSimulator;
const others: WinCallClient[] = [];

beforeAll(async () => {
  // Instant except for a one-second wrap-up, so after-call work is visible and ends by itself.
  sim = await startSimulator({ port: 0, timings: { afterCallWorkSeconds: 1 } });
});
afterEach(() => {
  for (const client of others.splice(0)) client.destroy();
});
afterAll(async () => {
  await sim?.close();
});

const bar = () => screen.getByRole('region', { name: '软电话' });
const barState = () => bar().dataset.state;
const badge = () => bar().querySelector('.wincall-status-trigger')?.textContent;

describe('a day at the softphone, against the simulator', () => {
  it('signs in, takes breaks, handles, consults and transfers a call, wraps up, signs out', async () => {
    const user = userEvent.setup();
    const view = render(
      <WinCallProvider options={{ serverUrl: sim.url, vccCode: 'demo', apiUrl: sim.url, loginDelay: 0 }}>
        <SoftphoneBar />
      </WinCallProvider>,
    );

    // Sign in as 1001.
    await user.type(screen.getByLabelText('工号'), '1001');
    await user.type(screen.getByLabelText('密码'), '1234');
    await user.type(screen.getByLabelText('分机号'), '8001');
    await user.click(screen.getByRole('button', { name: '签入' }));
    await waitFor(() => expect(barState()).toBe('idle'), WAIT);
    expect(badge()).toBe('空闲');

    // Lunch break, from the tenant's busy reasons, then back.
    await user.click(screen.getByRole('button', { name: /^坐席状态/ }));
    await user.click(await screen.findByRole('menuitemradio', { name: '午餐' }, WAIT));
    await waitFor(() => expect(badge()).toBe('忙碌午餐'), WAIT);
    await user.click(screen.getByRole('button', { name: /^坐席状态/ }));
    await user.click(screen.getByRole('menuitemradio', { name: '空闲' }));
    await waitFor(() => expect(badge()).toBe('空闲'), WAIT);

    // A customer calls the presales queue: the bar rings and says so.
    expect(sim.model.placeCall({ caller: '13900001111', queueId: 6250 })).toMatchObject({ ok: true });
    await waitFor(() => expect(barState()).toBe('ringing'), WAIT);
    const banner = screen.getByRole('region', { name: '来电' });
    expect(within(banner).getByText('13900001111')).toBeTruthy();
    expect(within(banner).getByText('队列来电')).toBeTruthy();
    expect(within(banner).getByText('请摘机接听')).toBeTruthy();
    expect(await within(banner).findByText('售前咨询', {}, WAIT)).toBeTruthy();
    expect(announcer().textContent).toBe('来电 13900001111');

    // The agent picks up the desk phone.
    expect(sim.model.phoneAnswer('8001')).toMatchObject({ ok: true });
    await waitFor(() => expect(barState()).toBe('connected'), WAIT);
    expect(screen.queryByRole('region', { name: '来电' })).toBeNull();
    expect(screen.getByRole('timer', { name: '通话时长' })).toBeTruthy();

    // Hold and resume.
    await user.click(screen.getByRole('button', { name: '保持' }));
    await waitFor(() => expect(barState()).toBe('held'), WAIT);
    await user.click(screen.getByRole('button', { name: '恢复通话' }));
    await waitFor(() => expect(barState()).toBe('connected'), WAIT);

    // A colleague, 1002, comes in (another browser).
    const colleague = createWinCallClient({ serverUrl: sim.url, vccCode: 'demo', loginDelay: 0 });
    others.push(colleague);
    await colleague.login({ agentNum: '1002', password: '1234', extension: '8002' });

    // Consult 1002, picked from the free agents (the list refreshes when opened).
    await user.click(screen.getByRole('button', { name: '转接/咨询' }));
    const consult = screen.getByRole('dialog', { name: '咨询与转接' });
    await user.click(await within(consult).findByRole('button', { name: /^1002/ }, WAIT));
    expect(within(consult).queryByRole('button', { name: /^1001/ })).toBeNull();
    await user.click(within(consult).getByRole('button', { name: '咨询坐席' }));
    await waitFor(() => expect(barState()).toBe('consulting'), WAIT);
    await waitFor(() => expect(colleague.getState().call?.kind).toBe('consult'), WAIT);

    // 1002 picks up; the agent transfers the customer.
    expect(sim.model.phoneAnswer('8002')).toMatchObject({ ok: true });
    await waitFor(() => expect(barState()).toBe('consultConnected'), WAIT);
    await user.click(screen.getByRole('button', { name: '转接' }));

    // After-call work: a one-second countdown, then idle by itself.
    await waitFor(() => expect(barState()).toBe('afterCallWork'), WAIT);
    expect(screen.getByRole('timer', { name: '话后处理剩余' })).toBeTruthy();
    await waitFor(() => expect(colleague.getState().call?.phase).toBe('connected'), WAIT);
    expect(colleague.getState().call?.params.Caller).toBe('13900001111');
    await waitFor(() => expect(barState()).toBe('idle'), WAIT);

    // Sign out: back to the form, no alarm.
    await user.click(screen.getByRole('button', { name: '坐席菜单' }));
    await user.click(screen.getByRole('menuitem', { name: '签出' }));
    await waitFor(() => expect(barState()).toBe('signedOut'), WAIT);
    expect(screen.getByLabelText('工号')).toBeTruthy();
    expect(screen.queryByText('与服务器的连接已断开，请重新签入')).toBeNull();
    expect(screen.getByRole('alert', { hidden: true }).textContent).toBe('');
    view.unmount();
  });
});
