import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SoftphoneBar } from '../src';
import { agentState, createConfigFetch, phone, result, ring } from './support/fakeServer';
import { createHarness, renderWith, signIn } from './support/render';

/** The polite live region that announces incoming calls. */
const announcer = () => document.querySelector('.wincall-announcer') as HTMLElement;

const API = 'http://config.test';

function setup(options: Parameters<typeof createHarness>[0] = {}) {
  const harness = createHarness(options);
  const user = userEvent.setup();
  const view = renderWith(harness, <SoftphoneBar />);
  return { ...harness, user, view, bar: () => screen.getByRole('region', { name: '软电话' }) };
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
/** What the status selector says: status, then the busy reason. */
const badge = () => document.querySelector('.wincall-status-trigger')?.textContent;
/** Opens the status selector and picks a status or busy reason from its menu. */
async function chooseStatus(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: /^坐席状态/ }));
  await user.click(screen.getByRole('menuitemradio', { name }));
}

describe('signing in', () => {
  it('signs the agent in from the form and shows the idle status', async () => {
    const { user, server, bar } = setup();
    await user.type(screen.getByLabelText('工号'), '1001');
    await user.type(screen.getByLabelText('密码'), 'secret-pw');
    await user.type(screen.getByLabelText('分机号'), '8001');
    await user.click(button('签入'));

    expect(await screen.findByText('空闲')).toBeTruthy();
    expect(bar().dataset.state).toBe('idle');
    expect(server.sent[0]).toEqual({ Action: 100, VccCode: 'demo', AgNum: '1001', AgPass: 'secret-pw', AgPhoneNum: '8001' });
    expect(server.sent[1]).toEqual({ Action: 2, State: 1 });
    expect(screen.queryByLabelText('密码')).toBeNull();
  });

  it('offers a password field the browser can fill but never keeps the password', async () => {
    const { user, client } = setup();
    const password = screen.getByLabelText('密码') as HTMLInputElement;
    expect(password.type).toBe('password');
    expect(password.autocomplete).toBe('current-password');
    await user.type(screen.getByLabelText('工号'), '1001');
    await user.type(password, 'secret-pw');
    await user.type(screen.getByLabelText('分机号'), '8001');
    await user.click(button('签入'));
    await screen.findByText('空闲');
    expect(JSON.stringify(client.getState())).not.toContain('secret-pw');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('secret-pw');
  });

  it('signs in busy, in always-on mode, when asked to', async () => {
    const { user, server } = setup();
    await user.type(screen.getByLabelText('工号'), '1001');
    await user.type(screen.getByLabelText('密码'), 'pw');
    await user.type(screen.getByLabelText('分机号'), '8001');
    await user.click(screen.getByRole('radio', { name: '忙碌' }));
    await user.click(screen.getByRole('checkbox', { name: '常接通' }));
    await user.click(button('签入'));
    await screen.findByText('忙碌');
    expect(server.sent[1]).toEqual({ Action: 2, State: 2, OnLine: 1 });
  });

  it('shows the server refusal as text in an alert and stays on the form', async () => {
    const { user, server } = setup();
    server.reply(100, () => [result(100, 806)]);
    await user.type(screen.getByLabelText('工号'), '1001');
    await user.type(screen.getByLabelText('密码'), 'wrong');
    await user.type(screen.getByLabelText('分机号'), '8001');
    await user.click(button('签入'));
    const alert = await screen.findByText('坐席密码错误');
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByLabelText('工号')).toBeTruthy();
  });

  it('shows progress while signing in and cannot be submitted twice', async () => {
    const { user, server } = setup();
    server.hold(2);
    await user.type(screen.getByLabelText('工号'), '1001');
    await user.type(screen.getByLabelText('密码'), 'pw');
    await user.type(screen.getByLabelText('分机号'), '8001{Enter}');
    const submit = await screen.findByRole('button', { name: /签入.*处理中/ });
    expect(submit.getAttribute('aria-busy')).toBe('true');
    await user.keyboard('{Enter}');
    await user.click(submit);
    await waitFor(() => expect(server.actions(2)).toHaveLength(1));
    expect(server.actions(100)).toHaveLength(1);
    act(() => server.push(result(2)));
    await screen.findByText('空闲');
  });
});

describe('a signed-in agent', () => {
  it('goes busy with a reason from the list, then idle again', async () => {
    const config = createConfigFetch();
    vi.stubGlobal('fetch', config.fetch);
    const { user, client, server } = setup({ apiUrl: API });
    await act(() => signIn(client));
    await user.click(screen.getByRole('button', { name: /^坐席状态/ }));
    await screen.findByRole('menuitemradio', { name: '午餐' });
    await user.click(screen.getByRole('menuitemradio', { name: '午餐' }));
    await waitFor(() => expect(badge()).toBe('忙碌午餐'));
    expect(server.actions(4)).toEqual([{ Action: 4, Reason: 101 }]);
    await chooseStatus(user, '空闲');
    await waitFor(() => expect(badge()).toBe('空闲'));
    expect(server.actions(5)).toHaveLength(1);
  });

  it('hides what the state does not allow, and says in words why an expected action must wait', async () => {
    const config = createConfigFetch();
    vi.stubGlobal('fetch', config.fetch);
    const { client, server } = setup({ apiUrl: API });
    await act(() => signIn(client));
    // Idle: no call controls at all, not even greyed out.
    expect(screen.queryByRole('button', { name: '挂断' })).toBeNull();
    expect(screen.queryByRole('button', { name: '保持' })).toBeNull();
    act(() => server.push(...ring(), phone(6), phone(21)));
    // Consulting: Transfer is expected but waits for the consulted agent, and says so next to it.
    const transfer = button('转接') as HTMLButtonElement;
    expect(transfer.disabled).toBe(true);
    const description = document.getElementById(transfer.getAttribute('aria-describedby')!);
    expect(description?.textContent).toBe('被咨询方尚未接通');
    expect(description?.hidden).toBe(false);
    expect(description?.className).toBe('wincall-reason');
  });

  it('marks a command in flight and does not send it twice', async () => {
    const { user, client, server } = setup();
    await act(() => signIn(client));
    server.hold(4);
    await chooseStatus(user, '忙碌');
    await chooseStatus(user, '忙碌');
    expect(server.actions(4)).toHaveLength(1);
    act(() => server.push(result(4)));
    await waitFor(() => expect(badge()).toBe('忙碌'));
  });

  it('signs out', async () => {
    const { user, client, bar } = setup();
    await act(() => signIn(client));
    await user.click(button('坐席菜单'));
    await user.click(screen.getByRole('menuitem', { name: '签出' }));
    await screen.findByLabelText('工号');
    expect(bar().dataset.state).toBe('signedOut');
    expect(screen.queryByRole('alert', { name: /断开/ })).toBeNull();
    expect(screen.queryByText('与服务器的连接已断开，请重新签入')).toBeNull();
  });
});

describe('calls', () => {
  it('announces a ringing queue call and tells the agent to pick up the phone', async () => {
    const config = createConfigFetch();
    vi.stubGlobal('fetch', config.fetch);
    const { client, server, bar } = setup({ apiUrl: API });
    await act(() => signIn(client));
    act(() => server.push(...ring({ caller: '13800138000', queueId: 6250 })));
    const banner = screen.getByRole('region', { name: '来电' });
    expect(within(banner).getByText('队列来电')).toBeTruthy();
    expect(within(banner).getByText('13800138000')).toBeTruthy();
    expect(await within(banner).findByText('售前咨询')).toBeTruthy();
    expect(within(banner).getByText('请摘机接听')).toBeTruthy();
    expect(within(banner).queryByRole('button', { name: '接听' })).toBeNull();
    expect(announcer().textContent).toBe('来电 13800138000');
    expect(announcer().getAttribute('aria-live')).toBe('polite');
    expect(bar().dataset.state).toBe('ringing');
  });

  it('answers from the browser in always-on mode', async () => {
    const { user, client, server, bar } = setup();
    await act(() => signIn(client, 'idle', true));
    act(() => server.push(...ring({ alwaysOn: true, ringType: 7 })));
    await user.click(within(screen.getByRole('region', { name: '来电' })).getByRole('button', { name: '接听' }));
    await waitFor(() => expect(bar().dataset.state).toBe('connected'));
    expect(server.actions(51)).toHaveLength(1);
    expect(screen.queryByRole('region', { name: '来电' })).toBeNull();
  });

  it('holds and resumes a connected call, then hangs up', async () => {
    const { user, client, server, bar } = setup();
    await act(() => signIn(client));
    act(() => server.push(...ring(), phone(6)));
    const call = screen.getByRole('group', { name: '当前通话' });
    // The status says what the call is doing, once: the call card beside it does not repeat it.
    expect(badge()).toBe('通话中');
    expect(within(call).queryByText('通话中')).toBeNull();
    await user.click(button('保持'));
    await waitFor(() => expect(bar().dataset.state).toBe('held'));
    expect(badge()).toBe('保持中');
    expect(within(call).getByRole('timer', { name: '保持时长' })).toBeTruthy();
    await user.click(button('恢复通话'));
    await waitFor(() => expect(bar().dataset.state).toBe('connected'));
    await user.click(button('挂断'));
    await waitFor(() => expect(bar().dataset.state).toBe('idle'));
    expect(screen.queryByRole('group', { name: '当前通话' })).toBeNull();
  });

  it('consults a free agent, then transfers the caller', async () => {
    const config = createConfigFetch();
    vi.stubGlobal('fetch', config.fetch);
    const { user, client, server, bar } = setup({ apiUrl: API });
    await act(() => signIn(client));
    act(() => server.push(...ring(), phone(6)));
    await user.click(button('转接/咨询'));
    const consult = screen.getByRole('dialog', { name: '咨询与转接' });
    await user.click(await within(consult).findByRole('button', { name: /1002 李四/ }));
    await user.click(within(consult).getByRole('button', { name: '咨询坐席' }));
    await waitFor(() => expect(bar().dataset.state).toBe('consulting'));
    expect(server.actions(24)).toEqual([{ Action: 24, AgID: 2 }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(screen.getByRole('group', { name: '当前通话' })).getByText(/1002 李四/)).toBeTruthy();
    expect((button('转接') as HTMLButtonElement).title).toBe('被咨询方尚未接通');
    act(() => server.push(phone(22)));
    expect(bar().dataset.state).toBe('consultConnected');
    await user.click(button('转接'));
    await waitFor(() => expect(bar().dataset.state).toBe('idle'));
    expect(server.actions(29)).toHaveLength(1);
  });

  it('sends DTMF from the keypad during a call', async () => {
    const { user, client, server } = setup();
    await act(() => signIn(client));
    act(() => server.push(...ring(), phone(6)));
    expect(screen.queryByRole('group', { name: '拨号键盘' })).toBeNull();
    await user.click(button('拨号键盘'));
    const keypad = screen.getByRole('group', { name: '拨号键盘' });
    await user.click(within(keypad).getByRole('button', { name: '1' }));
    await user.click(within(keypad).getByRole('button', { name: '#' }));
    await waitFor(() => expect(server.actions(42)).toEqual([{ Action: 42, Dtmf: '1' }, { Action: 42, Dtmf: '#' }]));
    expect(within(keypad).getByRole('status').textContent).toBe('1#');
  });

  it('dials out with the chosen caller number and queue, and remembers the number', async () => {
    const config = createConfigFetch();
    vi.stubGlobal('fetch', config.fetch);
    const { user, client, server, bar } = setup({ apiUrl: API });
    await act(() => signIn(client));
    await user.click(button('拨号'));
    const dial = screen.getByRole('dialog', { name: '外呼' });
    await user.type(await within(dial).findByRole('searchbox'), '13900139000');
    await user.click(within(dial).getByRole('button', { name: /13900139000/ }));
    await user.selectOptions(within(dial).getByRole('combobox', { name: '外显号码' }), '58452441');
    await within(dial).findByRole('option', { name: '售后服务 (6251)' });
    await user.selectOptions(within(dial).getByRole('combobox', { name: '队列' }), '售后服务 (6251)');
    await user.click(within(dial).getByRole('button', { name: '外呼' }));
    await waitFor(() => expect(bar().dataset.state).toBe('ringing'));
    expect(server.actions(22)[0]).toMatchObject({ Called: '13900139000', CallerID: '58452441', GroupID: 6251 });
    expect(within(screen.getByRole('region', { name: '来电' })).getByText('请摘机，接通后开始外呼')).toBeTruthy();
    act(() => server.push(phone(0), agentState(3)));
    await waitFor(() => expect(bar().dataset.state).toBe('idle'));
    await user.click(button('拨号'));
    const recent = await within(screen.getByRole('dialog', { name: '外呼' })).findByRole('list', { name: '最近拨打' });
    expect(within(recent).getByRole('button', { name: '13900139000' })).toBeTruthy();
    expect(sessionStorage.getItem('wincall:recent:demo')).toBe('["13900139000"]');
  });

  it('renders server-provided text as text, never as markup', async () => {
    const { client, server } = setup();
    await act(() => signIn(client));
    act(() => server.push(...ring({ caller: '<img src=x onerror=alert(1)>' })));
    const banner = screen.getByRole('region', { name: '来电' });
    expect(within(banner).getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('connection', () => {
  it('says what is happening while reconnecting (with Reconnect now), and alerts when the connection is lost for good', async () => {
    const { client, server } = setup();
    await act(() => signIn(client));
    act(() => server.setStatus('reconnecting'));
    const notices = screen.getByRole('alert');
    expect(within(notices).getByText('连接中断，正在重新连接')).toBeTruthy();
    expect(within(notices).getByText(/恢复前无法接打电话或转接/)).toBeTruthy();
    expect(within(notices).getByRole('timer', { name: '已断开' })).toBeTruthy();
    expect(within(notices).getByRole('button', { name: '立即重连' })).toBeTruthy();
    act(() => server.setStatus('disconnected'));
    await waitFor(() => expect(within(screen.getByRole('alert')).getByText('与服务器的连接已断开，签入已失效')).toBeTruthy());
    expect(within(screen.getByRole('alert')).getByRole('button', { name: '重新签入' })).toBeTruthy();
    expect(screen.getByLabelText('工号')).toBeTruthy();
    // "Sign in again" puts the agent into the form.
    await act(() => within(screen.getByRole('alert')).getByRole('button', { name: '重新签入' }).click());
    expect(document.activeElement).toBe(screen.getByLabelText('工号'));
  });
});

describe('language', () => {
  it('speaks English with locale="en", including server error texts', async () => {
    const harness = createHarness({ provider: { locale: 'en' } });
    const user = userEvent.setup();
    renderWith(harness, <SoftphoneBar />);
    harness.server.reply(100, () => [result(100, 806)]);
    await user.type(screen.getByLabelText('Agent number'), '1001');
    await user.type(screen.getByLabelText('Password'), 'x');
    await user.type(screen.getByLabelText('Extension'), '8001');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('wrong agent password')).toBeTruthy();
  });

  it('takes message overrides', () => {
    const harness = createHarness({ provider: { messages: { 'signIn.submit': '上班' } } });
    renderWith(harness, <SoftphoneBar />);
    expect(screen.getByRole('button', { name: '上班' })).toBeTruthy();
  });
});
