import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CallRecord } from '@wincall/core';
import { SoftphoneBar } from '../../src';
import { agentState, CONFIG_DATA, createConfigFetch, phone, result, ring } from '../support/fakeServer';
import { createHarness, renderWith, signIn } from '../support/render';

const API = 'http://config.test';
const FREE = '/v2/wintelapi/api/agent/free';
const ON_CALL = '/v2/wintelapi/api/agent/ontheline';

/** Agent 1001 (extension 8001) on a queue call, the bar in `locale`, the config API answering from `data`. */
async function inCall(data: Record<string, unknown[]>, locale: 'zh-CN' | 'en' = 'zh-CN') {
  vi.stubGlobal('fetch', createConfigFetch(data).fetch);
  const harness = createHarness({ apiUrl: API, provider: { locale } });
  const user = userEvent.setup();
  const records: CallRecord[] = [];
  harness.client.on('callRecord', (event) => records.push(event.record));
  renderWith(harness, <SoftphoneBar />);
  await act(() => signIn(harness.client));
  return { ...harness, user, records };
}

describe('the directory: colleagues on a call, and a blind transfer to a colleague', () => {
  it('lists colleagues on a call as busy, with their time, named when known, not selectable; free ones stay selectable', async () => {
    const data: Record<string, unknown[]> = { ...CONFIG_DATA, [FREE]: [{ ag_id: 4, ag_num: '1004', ag_name: '赵六', pho_num: '8004' }], [ON_CALL]: [] };
    const { user, server } = await inCall(data);
    // The agent has seen 1004 赵六 free earlier (the dial directory): the bar can name him later.
    await user.click(screen.getByRole('button', { name: '拨号' }));
    await within(screen.getByRole('dialog', { name: '外呼' })).findByRole('button', { name: /1004 赵六/ });
    await user.keyboard('{Escape}');

    data[FREE] = CONFIG_DATA[FREE]!;
    data[ON_CALL] = [
      { ag_id: 4, pho_num: '8004', ag_time: '0:03:12' },
      { ag_id: 5, pho_num: '8005', ag_time: '0:00:07' },
      // The agent's own call: never in their own list.
      { ag_id: 1, pho_num: '8001', ag_time: '0:00:01' },
    ];
    act(() => server.push(...ring({ caller: '13800138000', queueId: 6250 }), phone(6)));
    await user.click(await screen.findByRole('button', { name: '转接/咨询' }));
    const sheet = screen.getByRole('dialog', { name: '咨询与转接' });
    const busy = await within(sheet).findByRole('list', { name: '通话中的坐席' });
    const zhao = within(busy).getByRole('button', { name: /1004 赵六/ }) as HTMLButtonElement;
    expect(zhao.disabled).toBe(true);
    expect(zhao.textContent).toBe('1004 赵六正在通话，暂不可选通话中 03:12');
    const unknown = within(busy).getByRole('button', { name: /分机 8005/ }) as HTMLButtonElement;
    expect(unknown.disabled).toBe(true);
    expect(unknown.textContent).toContain('通话中 00:07');
    expect(within(busy).getAllByRole('button')).toHaveLength(2);
    expect(within(sheet).queryByText(/8001/)).toBeNull();
    // A disabled colleague cannot be picked: the sheet still asks for a choice.
    await user.click(zhao).catch(() => undefined);
    expect(within(sheet).getByText('请先选择转接或呼叫的对象')).toBeTruthy();
    const free = within(sheet).getByRole('list', { name: '空闲坐席' });
    const li = within(free).getByRole('button', { name: /1002 李四/ }) as HTMLButtonElement;
    expect(li.disabled).toBe(false);
    await user.click(li);
    expect(within(sheet).getByRole('button', { name: '咨询坐席' })).toBeTruthy();
    expect(within(sheet).getByRole('button', { name: '转接' })).toBeTruthy();
  });

  it('says the same in English', async () => {
    const data = { ...CONFIG_DATA, [ON_CALL]: [{ ag_id: 4, pho_num: '8004', ag_time: '0:03:12' }] };
    const { user, server } = await inCall(data, 'en');
    act(() => server.push(...ring({ caller: '13800138000', queueId: 6250 }), phone(6)));
    await user.click(await screen.findByRole('button', { name: 'Transfer / consult' }));
    const sheet = screen.getByRole('dialog');
    const busy = await within(sheet).findByRole('list', { name: 'Agents on a call' });
    const entry = within(busy).getByRole('button') as HTMLButtonElement;
    expect(entry.disabled).toBe(true);
    expect(entry.textContent).toBe("Extension 8004On a call: can't be picked nowOn a call 03:12");
    await user.click(within(within(sheet).getByRole('list', { name: 'Free agent' })).getByRole('button', { name: /1003/ }));
    expect(within(sheet).getByRole('button', { name: 'Consult agent' })).toBeTruthy();
    expect(within(sheet).getByRole('button', { name: 'Transfer' })).toBeTruthy();
    expect(within(sheet).getByText('Transfer: the customer rings this agent directly, and you leave the call.')).toBeTruthy();
  });

  it("a blind transfer to a picked colleague sends BLIND TRANSFER with the colleague's extension; the record names the agent", async () => {
    const { user, server, records } = await inCall(CONFIG_DATA);
    act(() => server.push(...ring({ caller: '13800138000', queueId: 6250 }), phone(6)));
    await user.click(await screen.findByRole('button', { name: '转接/咨询' }));
    const sheet = screen.getByRole('dialog', { name: '咨询与转接' });
    await user.click(await within(sheet).findByRole('button', { name: /1003 王五/ }));
    expect(within(sheet).getByText('转接：客户直接振铃该坐席，您将离开本通话。')).toBeTruthy();
    server.reply(46, () => [result(46), phone(0), agentState(3)]);
    await user.click(within(sheet).getByRole('button', { name: '转接' }));
    await waitFor(() => expect(server.actions(46)).toEqual([{ Action: 46, Called: '8003', Caller: '58452440' }]));
    await waitFor(() => expect(records).toHaveLength(1));
    expect(records[0]).toMatchObject({ endReason: 'transferred', transfers: [{ target: { type: 'agent', agentId: 3 }, mode: 'blind' }] });
    expect(screen.getByRole('region', { name: '软电话' }).dataset.state).toBe('idle');
  });
});
