import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SoftphoneBar } from '../../src';
import { agentState, createConfigFetch, phone } from '../support/fakeServer';
import { configQueryKey } from '../../src';
import { createHarness, renderWith, type Harness } from '../support/render';
import { renderedBetween, snapshotBar } from '../support/renderedComponents';
import { BAR_STATES } from '../support/states';

/** QueuePicker, AgentPicker, OptionPicker, the directory and its lists, their connected versions… */
const isPicker = (name: string) => /Picker$/.test(name) || name === 'ConnectedView' || /Directory/.test(name);
const isDialpad = (name: string) => /Dialpad/.test(name);

/** A bar with the config lists loaded (so every picker has options), in the given state. */
async function barIn(state: 'idle' | 'connected' | 'consulting'): Promise<{ harness: Harness; container: HTMLElement; bar: HTMLElement }> {
  // Only the clock is faked: no timer tick can fall between the two snapshots of a test.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  vi.stubGlobal('fetch', createConfigFetch().fetch);
  const harness = createHarness({ apiUrl: 'http://config.test' });
  const { container } = renderWith(harness, <SoftphoneBar />);
  await BAR_STATES[state](harness);
  const bar = screen.getByRole('region', { name: '软电话' });
  await vi.waitFor(
    () => {
      expect(harness.queryClient.getQueryData(configQueryKey(harness.client.vccCode, 'busyReasons'))).toBeTruthy();
      expect(bar.querySelector('[aria-busy="true"]')).toBeNull();
      expect(harness.queryClient.isFetching()).toBe(0);
    },
    { timeout: 5000 },
  );
  return { harness, container, bar };
}

/** Opens the dial directory (agents, recent numbers) and waits for its lists to load. */
async function openDirectory(harness: Harness) {
  await userEvent.click(screen.getByRole('button', { name: '拨号' }));
  const sheet = screen.getByRole('dialog', { name: '外呼' });
  await vi.waitFor(() => {
    expect(within(sheet).getByRole('button', { name: /1002 李四/ })).toBeTruthy();
    expect(harness.queryClient.isFetching()).toBe(0);
  }, { timeout: 5000 });
  return sheet;
}

describe('an agent status change', () => {
  // The selector, its icon (idle's check mark out, busy's cup in) and its chevron, the time in status.
  const statusParts = ['CallTimer', 'ChevronDown', 'CircleCheck', 'Coffee', 'ConnectedStatusSelector', 'ConnectedStatusTimer', 'Menu', 'SoftphoneBarContent', 'StatusSelector'];

  it('from the server (idle → busy, lunch) renders the status, and no directory list or picker', async () => {
    const { harness, container, bar } = await barIn('idle');
    await openDirectory(harness);
    const before = snapshotBar(container);
    act(() => harness.server.push(agentState(2, 101)));
    expect(bar.dataset.state).toBe('busy');
    expect(within(bar).getByText('午餐', { selector: '.wincall-status-reason' })).toBeTruthy();

    const rendered = renderedBetween(before, snapshotBar(container));
    expect(rendered.filter(isPicker)).toEqual([]);
    expect(rendered.filter(isDialpad)).toEqual([]);
    // The bar's data-state, the status selector with its time in status, and the notice that the
    // server set the agent busy; the actions stay as they were.
    expect(rendered).toEqual([...statusParts, 'ConnectedNotices', 'NoticeView', 'TriangleAlert', 'X'].sort());
    expect(within(bar).getByText('系统已将您置为忙碌')).toBeTruthy();
  });

  it('from the status menu renders no directory list and no picker either', async () => {
    const { container, bar } = await barIn('idle');
    const before = snapshotBar(container);
    await userEvent.click(screen.getByRole('button', { name: /^坐席状态/ }));
    await userEvent.click(screen.getByRole('menuitemradio', { name: '午餐' }));
    await vi.waitFor(() => expect(bar.dataset.state).toBe('busy'));
    await vi.waitFor(() => expect(bar.querySelector('[aria-busy="true"]')).toBeNull());

    const rendered = renderedBetween(before, snapshotBar(container));
    expect(rendered.filter(isPicker)).toEqual([]);
    expect(rendered.filter(isDialpad)).toEqual([]);
    expect(rendered).toEqual(statusParts);
  });
});

describe('a call phase change', () => {
  it('hold → held renders the call card and the actions, no picker; the keypad closes (no DTMF on hold)', async () => {
    const { container, bar } = await barIn('connected');
    await userEvent.click(screen.getByRole('button', { name: '拨号键盘' }));
    expect(screen.getByRole('group', { name: '拨号键盘' })).toBeTruthy();
    const before = snapshotBar(container);
    await userEvent.click(screen.getByRole('button', { name: '保持' }));
    await vi.waitFor(() => expect(bar.dataset.state).toBe('held'));

    const rendered = renderedBetween(before, snapshotBar(container));
    expect(rendered.filter(isPicker)).toEqual([]);
    expect(screen.queryByRole('group', { name: '拨号键盘' })).toBeNull();
    expect(rendered).toEqual(expect.arrayContaining(['ActionBar', 'CallCard', 'ConnectedCallCard', 'SoftphoneBarContent']));
  });

  it('consulting → consult connected, where DTMF stays allowed, keeps the open keypad without rendering it', async () => {
    const { harness, container, bar } = await barIn('consulting');
    await userEvent.click(screen.getByRole('button', { name: '拨号键盘' }));
    const keypad = screen.getByRole('group', { name: '拨号键盘' });
    const before = snapshotBar(container);
    act(() => harness.server.push(phone(22)));
    expect(bar.dataset.state).toBe('consultConnected');

    const rendered = renderedBetween(before, snapshotBar(container));
    expect(rendered.filter(isPicker)).toEqual([]);
    expect(rendered.filter(isDialpad)).toEqual([]);
    expect(screen.getByRole('group', { name: '拨号键盘' })).toBe(keypad);
    // Three-way joins the actions once the consulted party answers: the action bar renders, the keypad does not.
    expect(rendered).toEqual(expect.arrayContaining(['ActionBar', 'CallCard', 'ConnectedCallCard', 'SoftphoneBarContent']));
  });
});
