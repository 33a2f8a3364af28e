import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SoftphoneBar } from '../../src';
import { agentState, createConfigFetch, phone } from '../support/fakeServer';
import { createHarness, renderWith, type Harness } from '../support/render';
import { renderedBetween, snapshotBar } from '../support/renderedComponents';
import { BAR_STATES } from '../support/states';

/** QueuePicker, BusyReasonPicker, AgentPicker, OptionPicker, their connected versions… */
const isPicker = (name: string) => /Picker$/.test(name) || name === 'ConnectedView';
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
      expect(within(bar).getByRole('option', { name: '午餐' })).toBeTruthy();
      expect(bar.querySelector('[aria-busy="true"]')).toBeNull();
      expect(harness.queryClient.isFetching()).toBe(0);
    },
    { timeout: 5000 },
  );
  return { harness, container, bar };
}

describe('an agent status change', () => {
  const expected = ['CallTimer', 'ConnectedStatusBadge', 'ConnectedStatusTimer', 'SoftphoneBarContent', 'StatusBadge'];

  it('from the server (idle → busy, lunch) renders the status and its buttons, no picker and no dialpad', async () => {
    const { harness, container, bar } = await barIn('idle');
    const before = snapshotBar(container);
    act(() => harness.server.push(agentState(2, 101)));
    expect(bar.dataset.state).toBe('busy');
    expect(within(bar).getByText('午餐', { selector: '.wincall-status-reason' })).toBeTruthy();

    const rendered = renderedBetween(before, snapshotBar(container));
    expect(rendered.filter(isPicker)).toEqual([]);
    expect(rendered.filter(isDialpad)).toEqual([]);
    // The bar's data-state, the badge, the time in status, and the idle button that became available.
    expect(rendered).toEqual([...expected, 'CommandButton'].sort());
  });

  it('from the BUSY button renders no picker and no dialpad either', async () => {
    const { container, bar } = await barIn('idle');
    const reason = screen.getByRole('combobox', { name: '置忙原因' });
    await userEvent.selectOptions(reason, '101');
    const before = snapshotBar(container);
    await userEvent.click(screen.getByRole('button', { name: '置忙' }));
    await vi.waitFor(() => expect(bar.dataset.state).toBe('busy'));
    await vi.waitFor(() => expect(within(bar).queryByText(/处理中/)).toBeNull());

    const rendered = renderedBetween(before, snapshotBar(container));
    expect(rendered.filter(isPicker)).toEqual([]);
    expect(rendered.filter(isDialpad)).toEqual([]);
    // While the command is in flight every command button is disabled, so they all render.
    expect(rendered).toEqual([...expected, 'CommandButton'].sort());
  });
});

describe('a call phase change', () => {
  it('hold → held renders the call controls, no picker; the keypad only to disable its keys', async () => {
    const { container, bar } = await barIn('connected');
    const keypad = screen.getByRole('group', { name: '拨号键盘' });
    const before = snapshotBar(container);
    await userEvent.click(screen.getByRole('button', { name: '保持' }));
    await vi.waitFor(() => expect(bar.dataset.state).toBe('held'));

    const rendered = renderedBetween(before, snapshotBar(container));
    expect(rendered.filter(isPicker)).toEqual([]);
    // No DTMF while held: the keys do change (disabled), so the keypad renders, and nothing else of it.
    expect(rendered.filter(isDialpad)).toEqual(['ConnectedDialpad', 'Dialpad']);
    expect(within(keypad).getAllByRole('button').every((key) => (key as HTMLButtonElement).disabled)).toBe(true);
    // The hold command disabled the other buttons while in flight; then hold became restore.
    expect(rendered).toEqual(['CallControls', 'CommandButton', 'ConnectedDialpad', 'Dialpad', 'SoftphoneBarContent']);
  });

  it('consulting → consult connected, where DTMF stays allowed, renders no picker and no dialpad', async () => {
    const { harness, container, bar } = await barIn('consulting');
    const before = snapshotBar(container);
    act(() => harness.server.push(phone(22)));
    expect(bar.dataset.state).toBe('consultConnected');

    const rendered = renderedBetween(before, snapshotBar(container));
    expect(rendered.filter(isPicker)).toEqual([]);
    expect(rendered.filter(isDialpad)).toEqual([]);
    expect(rendered).toEqual(['CallControls', 'CommandButton', 'SoftphoneBarContent']);
  });
});
