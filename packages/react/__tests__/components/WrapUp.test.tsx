import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CallRecord, WinCallClientOptions } from '@wincall/core';
import { SoftphoneBar } from '../../src';
import { agentState, phone, result, ring } from '../support/fakeServer';
import { createHarness, renderWith, signIn } from '../support/render';

const CODES = [
  { id: 'resolved', label: '已解决' },
  { id: 'callback', label: '需回电' },
];

/** Agent 1001 signed in with wrap-up codes, on a queue call that has connected. */
async function inCall(wrapUp: WinCallClientOptions['wrapUp'], locale: 'zh-CN' | 'en' = 'zh-CN') {
  const harness = createHarness({ client: { wrapUp }, provider: { locale } });
  const user = userEvent.setup();
  const records: CallRecord[] = [];
  harness.client.on('callRecord', (event) => records.push(event.record));
  const view = renderWith(harness, <SoftphoneBar />);
  await act(() => signIn(harness.client));
  act(() => harness.server.push(...ring({ caller: '13800138000', queueId: 6250 }), phone(6)));
  const bar = screen.getByRole('region', { name: locale === 'en' ? 'Softphone' : '软电话' });
  await waitFor(() => expect(bar.dataset.state).toBe('connected'));
  return { ...harness, user, records, bar, view };
}

describe('wrap-up: a code and a note for the call', () => {
  it('during the call (from the more menu) and in after-call work; what was chosen is in the state and the record', async () => {
    const { user, server, client, records } = await inCall({ codes: CODES });
    await user.click(screen.getByRole('button', { name: '更多操作' }));
    await user.click(screen.getByRole('menuitem', { name: '话后小结' }));
    let sheet = screen.getByRole('dialog', { name: '话后小结' });
    await within(sheet).findByRole('option', { name: '需回电' });
    await user.selectOptions(within(sheet).getByRole('combobox', { name: '话后代码' }), '需回电');
    await waitFor(() => expect(client.getState().wrapUp).toMatchObject({ code: 'callback', label: '需回电' }));
    expect(within(sheet).getByRole('status').textContent).toBe('已保存：需回电');
    // Agent-typed text: kept and shown as text, never as markup.
    await user.type(within(sheet).getByRole('textbox', { name: '备注' }), '客户说<b>明天</b>再打');
    expect(within(sheet).getByText('还可输入 986 字')).toBeTruthy();
    await user.click(within(sheet).getByRole('button', { name: '保存小结' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '话后小结' })).toBeNull());
    expect(client.getState().wrapUp).toMatchObject({ code: 'callback', note: '客户说<b>明天</b>再打' });

    act(() => server.push(phone(0), agentState(5, 30)));
    // After-call work: Ready and Wrap-up side by side; optional, so Ready does not wait.
    const ready = (await screen.findByRole('button', { name: '置闲' })) as HTMLButtonElement;
    expect(ready.disabled).toBe(false);
    await user.click(screen.getByRole('button', { name: '话后小结' }));
    sheet = screen.getByRole('dialog', { name: '话后小结' });
    const note = within(sheet).getByRole('textbox', { name: '备注' }) as HTMLTextAreaElement;
    expect(note.value).toBe('客户说<b>明天</b>再打');
    await user.selectOptions(within(sheet).getByRole('combobox', { name: '话后代码' }), '已解决');
    await waitFor(() => expect(client.getState().wrapUp).toMatchObject({ code: 'resolved' }));
    await user.click(ready);
    await waitFor(() => expect(records).toHaveLength(1));
    expect(records[0]!.wrapUp).toEqual({ code: 'resolved', label: '已解决', note: '客户说<b>明天</b>再打' });
    expect(screen.queryByRole('button', { name: '话后小结' })).toBeNull();
  });

  it('required: Ready waits for a code and says why next to it; choosing one lets the agent go', async () => {
    const { user, server, records } = await inCall({ codes: CODES, required: true });
    act(() => server.push(phone(0), agentState(5, 30)));
    const ready = (await screen.findByRole('button', { name: '置闲' })) as HTMLButtonElement;
    expect(ready.disabled).toBe(true);
    expect(ready.closest('.wincall-action')!.textContent).toContain('先选择话后代码');
    // The status menu says the same: going available waits; going busy does not.
    await user.click(screen.getByRole('button', { name: /^坐席状态/ }));
    const idle = screen.getByRole('menuitemradio', { name: /^空闲/ });
    expect(idle.getAttribute('aria-disabled') === 'true' || (idle as HTMLButtonElement).disabled).toBe(true);
    expect(idle.textContent).toContain('先选择话后代码');
    expect(screen.getByRole('menuitemradio', { name: /^忙碌/ }).getAttribute('aria-disabled')).not.toBe('true');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: '话后小结' }));
    const sheet = screen.getByRole('dialog', { name: '话后小结' });
    expect(within(sheet).getByText('本通话必须选择话后代码，选好后才能置闲。')).toBeTruthy();
    await within(sheet).findByRole('option', { name: '已解决' });
    await user.selectOptions(within(sheet).getByRole('combobox', { name: '话后代码' }), '已解决');
    await user.click(within(sheet).getByRole('button', { name: '保存小结' }));
    await waitFor(() => expect(ready.disabled).toBe(false));
    expect(ready.closest('.wincall-action')!.textContent).not.toContain('先选择话后代码');
    server.reply(5, () => [result(5), agentState(3)]);
    await user.click(ready);
    await waitFor(() => expect(records).toHaveLength(1));
    expect(records[0]).toMatchObject({ wrapUp: { code: 'resolved', label: '已解决', note: '' }, wrapUpMissing: false });
  });

  it('says it in English too', async () => {
    const { user, server } = await inCall({ codes: [{ id: 'resolved', label: 'Resolved' }], required: true }, 'en');
    act(() => server.push(phone(0), agentState(5, 30)));
    const ready = (await screen.findByRole('button', { name: 'Go available' })) as HTMLButtonElement;
    expect(ready.disabled).toBe(true);
    expect(ready.closest('.wincall-action')!.textContent).toContain('Choose a wrap-up code first');
    await user.click(screen.getByRole('button', { name: 'Wrap-up' }));
    const sheet = screen.getByRole('dialog', { name: 'Wrap-up' });
    expect(within(sheet).getByText('This call needs a wrap-up code before you can go available.')).toBeTruthy();
    await within(sheet).findByRole('option', { name: 'Resolved' });
    await user.selectOptions(within(sheet).getByRole('combobox', { name: 'Wrap-up code' }), 'Resolved');
    expect(await within(sheet).findByText('Saved: Resolved')).toBeTruthy();
    expect(within(sheet).getByRole('textbox', { name: 'Note' })).toBeTruthy();
  });

  it('a remounted bar shows what was chosen (it is in the state, not in the sheet)', async () => {
    const scene = await inCall({ codes: CODES });
    const { user, client, view } = scene;
    await act(() => client.setWrapUp({ code: 'callback', note: '下午三点后' }));
    view.unmount();
    renderWith(scene, <SoftphoneBar />);
    await user.click(await screen.findByRole('button', { name: '更多操作' }));
    await user.click(screen.getByRole('menuitem', { name: '话后小结' }));
    const sheet = screen.getByRole('dialog', { name: '话后小结' });
    await within(sheet).findByRole('option', { name: '需回电' });
    expect((within(sheet).getByRole('combobox', { name: '话后代码' }) as HTMLSelectElement).value).toBe('callback');
    expect((within(sheet).getByRole('textbox', { name: '备注' }) as HTMLTextAreaElement).value).toBe('下午三点后');
  });

  it('a note typed and left by closing the sheet (Escape) is kept', async () => {
    const { user, client } = await inCall({ codes: CODES });
    await user.click(screen.getByRole('button', { name: '更多操作' }));
    await user.click(screen.getByRole('menuitem', { name: '话后小结' }));
    const sheet = screen.getByRole('dialog', { name: '话后小结' });
    await user.type(within(sheet).getByRole('textbox', { name: '备注' }), '地址已更新');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '话后小结' })).toBeNull());
    await waitFor(() => expect(client.getState().wrapUp).toMatchObject({ code: null, note: '地址已更新' }));
  });

  it('codes from a function that fails: the picker says so, the note still works', async () => {
    const codes = vi.fn(() => Promise.reject(new Error('502')));
    const { user, client } = await inCall({ codes });
    await user.click(screen.getByRole('button', { name: '更多操作' }));
    await user.click(screen.getByRole('menuitem', { name: '话后小结' }));
    const sheet = screen.getByRole('dialog', { name: '话后小结' });
    expect(await within(sheet).findByText('话后代码列表加载失败，可稍后再试', undefined, { timeout: 10_000 })).toBeTruthy();
    await user.type(within(sheet).getByRole('textbox', { name: '备注' }), '只写备注');
    await user.click(within(sheet).getByRole('button', { name: '保存小结' }));
    await waitFor(() => expect(client.getState().wrapUp).toMatchObject({ code: null, note: '只写备注' }));
  });

  it('without the option the bar offers no wrap-up', async () => {
    const { user, server } = await inCall(undefined);
    await user.click(screen.getByRole('button', { name: '更多操作' }));
    expect(screen.queryByRole('menuitem', { name: '话后小结' })).toBeNull();
    await user.keyboard('{Escape}');
    act(() => server.push(phone(0), agentState(5, 30)));
    await screen.findByRole('button', { name: '置闲' });
    expect(screen.queryByRole('button', { name: '话后小结' })).toBeNull();
  });
});
