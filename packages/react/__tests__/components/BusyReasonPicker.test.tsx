import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BusyReasonPicker, ConnectedBusyReasonPicker } from '../../src';
import { createConfigFetch } from '../support/fakeServer';
import { createHarness, renderWith } from '../support/render';

const REASONS = [
  { id: 100, name: '开会' },
  { id: 101, name: '午餐' },
];

describe('BusyReasonPicker', () => {
  it('offers plain busy first, then the reasons', () => {
    render(<BusyReasonPicker reasons={REASONS} defaultValue={1} />);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['忙碌（无原因）', '开会', '午餐']);
    expect((screen.getByRole('combobox', { name: '置忙原因' }) as HTMLSelectElement).value).toBe('1');
  });

  it('can leave plain busy out', () => {
    render(<BusyReasonPicker reasons={REASONS} includePlainBusy={false} defaultValue={100} />);
    expect(screen.getAllByRole('option')).toHaveLength(2);
  });

  // Arrow keys on a native select are the browser's job: the react-browser project presses them.
  it('is a native select reached with Tab', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<BusyReasonPicker reasons={REASONS} defaultValue={1} onValueChange={onValueChange} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
    await user.selectOptions(screen.getByRole('combobox'), '开会');
    expect(onValueChange).toHaveBeenLastCalledWith(100);
  });
});

describe('ConnectedBusyReasonPicker', () => {
  it('loads the tenant’s reasons', async () => {
    vi.stubGlobal('fetch', createConfigFetch().fetch);
    const harness = createHarness({ apiUrl: 'http://config.test' });
    renderWith(harness, <ConnectedBusyReasonPicker defaultValue={1} />);
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(4));
    expect(screen.getByRole('option', { name: '培训' })).toBeTruthy();
  });

  it('offers plain busy only without a config API, and asks for nothing when opened', async () => {
    const config = createConfigFetch();
    vi.stubGlobal('fetch', config.fetch);
    const harness = createHarness();
    renderWith(harness, <ConnectedBusyReasonPicker defaultValue={1} />);
    await act(async () => screen.getByRole('combobox').focus());
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['忙碌（无原因）']);
    expect(screen.queryByText('列表加载失败')).toBeNull();
    expect(config.calls).toEqual([]);
  });

  it('fetches a stale list again when opened', async () => {
    const config = createConfigFetch();
    vi.stubGlobal('fetch', config.fetch);
    const harness = createHarness({ apiUrl: 'http://config.test' });
    renderWith(harness, <ConnectedBusyReasonPicker defaultValue={1} />);
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(4));
    act(() => screen.getByRole('combobox').focus());
    expect(config.calls).toHaveLength(1);
    await act(() => harness.queryClient.invalidateQueries({ queryKey: ['wincall', 'demo', 'busyReasons'], refetchType: 'none' }));
    act(() => screen.getByRole('combobox').blur());
    act(() => screen.getByRole('combobox').focus());
    await waitFor(() => expect(config.calls).toHaveLength(2));
  });
});
