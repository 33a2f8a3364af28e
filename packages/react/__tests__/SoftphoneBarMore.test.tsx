import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SoftphoneBar } from '../src';
import { agentState, CONFIG_DATA, createConfigFetch, phone, result, ring } from './support/fakeServer';
import { createHarness, renderWith, signIn } from './support/render';

const API = 'http://config.test';

async function inCall(options: { features?: Parameters<typeof SoftphoneBar>[0]['features'] } = {}) {
  vi.stubGlobal('fetch', createConfigFetch().fetch);
  const harness = createHarness({ apiUrl: API });
  const user = userEvent.setup();
  renderWith(harness, <SoftphoneBar {...(options.features ? { features: options.features } : {})} />);
  await act(() => signIn(harness.client));
  act(() => harness.server.push(...ring({ caller: '13800138000', queueId: 6250 }), phone(6)));
  const bar = screen.getByRole('region', { name: '软电话' });
  return { ...harness, user, bar };
}

describe('more of the call', () => {
  it('consults a number, goes three-way and back, then takes the consult back', async () => {
    const { user, server, bar } = await inCall();
    await user.click(screen.getByRole('button', { name: '转接/咨询' }));
    const consult = screen.getByRole('dialog', { name: '咨询与转接' });
    await user.type(await within(consult).findByRole('searchbox'), '139 1111 2222');
    await user.click(within(consult).getByRole('button', { name: /13911112222/ }));
    await user.click(within(consult).getByRole('button', { name: '咨询号码' }));
    await waitFor(() => expect(bar.dataset.state).toBe('consulting'));
    expect(server.actions(25)[0]).toMatchObject({ Called: '13911112222', Caller: '58452440' });
    act(() => server.push(phone(22)));
    await user.click(screen.getByRole('button', { name: '三方通话' }));
    await waitFor(() => expect(bar.dataset.state).toBe('threeWay'));
    // Three-way: taking the consult back is not an action of this state, so it is gone.
    expect(screen.queryByRole('button', { name: '取回' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '退出三方' }));
    await waitFor(() => expect(bar.dataset.state).toBe('connected'));
  });

  it('transfers to a queue, the IVR, the survey, or blind to a number', async () => {
    const { user, server } = await inCall();
    const sheet = async () => {
      await user.click(screen.getByRole('button', { name: '转接/咨询' }));
      return screen.getByRole('dialog', { name: '咨询与转接' });
    };
    let transfer = await sheet();
    await user.click(await within(transfer).findByRole('button', { name: /售后服务/ }));
    await user.click(within(transfer).getByRole('button', { name: '转队列' }));
    await waitFor(() => expect(server.actions(44)).toEqual([{ Action: 44, TransType: 1, TransParam1: 6251 }]));
    // The IVR asks for confirmation before anything is sent.
    transfer = await sheet();
    await user.click(await within(transfer).findByRole('button', { name: '转IVR' }));
    expect(within(transfer).getByText('确认把客户转到 IVR？客户将离开本通话。')).toBeTruthy();
    expect(server.actions(43)).toHaveLength(0);
    await user.click(within(transfer).getAllByRole('button', { name: '转IVR' }).at(-1)!);
    await waitFor(() => expect(server.actions(43)).toHaveLength(1));
    // The survey too, reached from the "more" menu.
    await user.click(screen.getByRole('button', { name: '更多操作' }));
    await user.click(screen.getByRole('menuitem', { name: '转满意度评价' }));
    transfer = screen.getByRole('dialog', { name: '咨询与转接' });
    expect(await within(transfer).findByText('确认把客户转到满意度评价？本通话将结束。')).toBeTruthy();
    await user.click(within(transfer).getAllByRole('button', { name: '转满意度评价' }).at(-1)!);
    await waitFor(() => expect(server.actions(41)).toHaveLength(1));
    transfer = await sheet();
    await user.type(await within(transfer).findByRole('searchbox'), '13922223333');
    await user.click(within(transfer).getByRole('button', { name: /13922223333/ }));
    await user.click(within(transfer).getByRole('button', { name: '盲转' }));
    await waitFor(() => expect(server.actions(46)[0]).toMatchObject({ Called: '13922223333' }));
  });

  it('shows the after-call countdown and lets the agent end wrap-up early', async () => {
    const { user, server, bar } = await inCall();
    act(() => server.push(phone(0), agentState(5, 30)));
    expect(bar.dataset.state).toBe('afterCallWork');
    expect(screen.getByRole('timer', { name: '话后处理剩余' }).textContent).toBe('00:30');
    expect(screen.getByText('剩余')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '置闲' }));
    await waitFor(() => expect(bar.dataset.state).toBe('idle'));
    expect(screen.queryByRole('timer', { name: '话后处理剩余' })).toBeNull();
  });

  it('hides what the integrator turned off', async () => {
    await inCall({ features: { consult: false, transfer: false, dtmf: false } });
    expect(screen.getByRole('button', { name: '保持' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '转接/咨询' })).toBeNull();
    expect(screen.queryByRole('button', { name: '更多操作' })).toBeNull();
    expect(screen.queryByRole('button', { name: '拨号键盘' })).toBeNull();
  });
});

describe('between calls', () => {
  async function idle(role?: 'supervisor') {
    vi.stubGlobal('fetch', createConfigFetch().fetch);
    const harness = createHarness({ apiUrl: API });
    const user = userEvent.setup();
    renderWith(harness, <SoftphoneBar />);
    // Signed in as 1002, who must not be offered to themself.
    await act(() => harness.client.login({ agentNum: '1002', password: '1234', extension: '8002', initialStatus: 'idle', ...(role ? { role } : {}) }));
    return { ...harness, user, bar: screen.getByRole('region', { name: '软电话' }) };
  }

  it('calls a free agent (not themself)', async () => {
    const { user, server, bar } = await idle();
    await user.click(screen.getByRole('button', { name: '拨号' }));
    const group = screen.getByRole('dialog', { name: '外呼' });
    await user.click(await within(group).findByRole('button', { name: /1003 王五/ }));
    expect(within(group).queryByRole('button', { name: /1002 李四/ })).toBeNull();
    await user.click(within(group).getByRole('button', { name: '呼叫坐席' }));
    await waitFor(() => expect(bar.dataset.state).toBe('dialing'));
    expect(server.actions(21)).toEqual([{ Action: 21, AgID: 3, CallerID: '58452440' }]);
  });

  it('offers supervisor actions to supervisors only: a plain agent has none in the page', async () => {
    const { user } = await idle();
    expect(screen.queryByRole('button', { name: '监听坐席' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '更多操作' }));
    expect(screen.queryByRole('menuitem', { name: '监听坐席' })).toBeNull();
    expect(document.body.textContent).not.toContain('监听');
  });

  it('lets a supervisor monitor an agent, then intercept or barge in', async () => {
    const { user, server, bar } = await idle('supervisor');
    await user.click(screen.getByRole('button', { name: '监听坐席' }));
    const group = screen.getByRole('dialog', { name: '班长监控' });
    // The list of agents on a call has no names: the extension, never the internal id.
    await user.click(await within(group).findByRole('button', { name: '分机 8004 0:01:05' }));
    await user.click(within(group).getByRole('button', { name: '监听' }));
    await waitFor(() => expect(bar.dataset.state).toBe('ringing'));
    expect(server.actions(30)).toEqual([{ Action: 30, AgID: 4 }]);
    expect(within(screen.getByRole('region', { name: '来电' })).getByText('监听振铃')).toBeTruthy();
    act(() => server.push(phone(31)));
    expect(bar.dataset.state).toBe('monitoring');
    expect(within(screen.getByRole('group', { name: '当前通话' })).getByText(/正在监听/).textContent).toBe('正在监听 分机 8004');
    await user.click(screen.getByRole('button', { name: '强插' }));
    await waitFor(() => expect(server.actions(32)).toHaveLength(1));
    act(() => server.push(phone(32)));
    expect(bar.dataset.state).toBe('barging');
    await user.click(screen.getByRole('button', { name: '拦截' }));
    await waitFor(() => expect(server.actions(31)).toHaveLength(1));
  });

  it('names the monitored agent and both parties when the free-agent list named them earlier', async () => {
    const data = {
      ...CONFIG_DATA,
      '/v2/wintelapi/api/agent/free': [{ ag_id: 4, ag_num: '1004', ag_name: '赵六', pho_num: '8004' }],
      '/v2/wintelapi/api/agent/ontheline': [] as unknown[],
    };
    vi.stubGlobal('fetch', createConfigFetch(data).fetch);
    const harness = createHarness({ apiUrl: API });
    const user = userEvent.setup();
    renderWith(harness, <SoftphoneBar />);
    await act(() => harness.client.login({ agentNum: '1002', password: '1234', extension: '8002', initialStatus: 'idle', role: 'supervisor' }));
    // The supervisor looks at who is free, then 赵六 takes a call.
    await user.click(screen.getByRole('button', { name: '拨号' }));
    await within(screen.getByRole('dialog', { name: '外呼' })).findByRole('button', { name: /1004 赵六/ });
    await user.keyboard('{Escape}');
    data['/v2/wintelapi/api/agent/free'] = [];
    data['/v2/wintelapi/api/agent/ontheline'] = [{ ag_id: 4, pho_num: '8004', ag_time: '0:00:12' }];

    await user.click(screen.getByRole('button', { name: '监听坐席' }));
    const group = screen.getByRole('dialog', { name: '班长监控' });
    await user.click(await within(group).findByRole('button', { name: '1004 赵六 分机 8004 · 0:00:12' }));
    harness.server.reply(30, () => [result(30), phone(5, { RingType: 3, OAgId: 4, Caller: '13912345678' })]);
    await user.click(within(group).getByRole('button', { name: '监听' }));
    act(() => harness.server.push(agentState(4), phone(31)));
    const bar = screen.getByRole('region', { name: '软电话' });
    await waitFor(() => expect(bar.dataset.state).toBe('monitoring'));
    expect(within(screen.getByRole('group', { name: '当前通话' })).getByText(/正在监听/).textContent).toBe('正在监听 1004 赵六 ↔ 13912345678');
    expect(screen.getByRole('button', { name: '强插' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '拦截' })).toBeTruthy();
  });

  it('names the colleague who consults the agent, by name and number', async () => {
    const { user, server, bar } = await idle();
    // The agent has seen the free-agent list (here: the dial directory) before 1003 王五 consults them.
    await user.click(screen.getByRole('button', { name: '拨号' }));
    await within(screen.getByRole('dialog', { name: '外呼' })).findByRole('button', { name: /1003 王五/ });
    await user.keyboard('{Escape}');
    act(() => server.push(...ring({ ringType: 4, otherAgentId: 3, caller: '8003' }), phone(6)));
    await waitFor(() => expect(bar.dataset.state).toBe('connected'));
    const card = screen.getByRole('group', { name: '当前通话' });
    expect(within(card).getByText('1003 王五')).toBeTruthy();
    expect(within(card).queryByText('8003')).toBeNull();
    expect(within(card).getByText('咨询来电')).toBeTruthy();
  });

  it('joins and leaves auto-dial with a project id', async () => {
    const { user, server, client } = await idle();
    await user.click(screen.getByRole('button', { name: '更多操作' }));
    await user.click(screen.getByRole('menuitem', { name: '加入自动外呼' }));
    const group = screen.getByRole('dialog', { name: '自动外呼' });
    const join = (await within(group).findByRole('button', { name: '加入自动外呼' })) as HTMLButtonElement;
    expect(join.title).toBe('请先输入项目编号');
    await user.type(within(group).getByLabelText('外呼项目编号'), '7');
    await user.click(join);
    await waitFor(() => expect(client.getState().agent.autoDial).toBe(true));
    expect(server.actions(9)).toEqual([{ Action: 9, ProID: 7 }]);
    await user.click(screen.getByRole('button', { name: '更多操作' }));
    await user.click(screen.getByRole('menuitem', { name: '退出自动外呼' }));
    await waitFor(() => expect(client.getState().agent.autoDial).toBe(false));
  });

  it('tells the agent when a supervisor signed them out', async () => {
    const { server, bar } = await idle();
    act(() => server.push({ MT: 10, Code: 4 }));
    const alert = await screen.findByText('班长已将您强制签出');
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(within(alert.closest<HTMLElement>('[role="alert"]')!).getByText('如需继续工作，请重新签入。')).toBeTruthy();
    expect(bar.dataset.state).toBe('signedOut');
  });

  it('lets the agent dismiss an error', async () => {
    const { user, server } = await idle();
    server.reply(4, () => [{ MT: 1, Retact: 4, Ret: 4, Retmsg: '' }]);
    await user.click(screen.getByRole('button', { name: /^坐席状态/ }));
    await user.click(screen.getByRole('menuitemradio', { name: '忙碌' }));
    const text = await screen.findByText('不允许置忙', { exact: false });
    expect(text.closest('[role="alert"]')?.querySelector('[data-kind="error"]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: '关闭通知：操作未成功' }));
    expect(screen.queryByText('不允许置忙', { exact: false })).toBeNull();
  });
});
