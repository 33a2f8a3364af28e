import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CallRecord } from '@wincall/core';
import { CallHistoryList, useCallHistory, WinCallProvider, type CallHistoryStorage } from '../../src';
import { agentState, createConfigFetch, phone, ring } from '../support/fakeServer';
import { callRecord } from '../support/records';
import { createHarness, renderWith, signIn } from '../support/render';

const base = callRecord('c1');
const missed = callRecord('c2', { id: 'c2:2000', otherParty: '13900001111', answeredAt: null, talkMs: 0, endReason: 'missed', missed: true });

describe('CallHistoryList', () => {
  it('lists calls with number, reason and talk time; missed calls are marked', async () => {
    render(<CallHistoryList records={[missed, base]} />);
    // Loaded on demand: the list appears once its code is there.
    expect(await screen.findByRole('list', { name: '通话记录' })).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.dataset.state).toBe('missed');
    expect(items[0]!.hasAttribute('data-missed')).toBe(true);
    expect(within(items[0]!).getByText('未接')).toBeTruthy();
    expect(within(items[0]!).getByText('未接通')).toBeTruthy();
    expect(items[1]!.hasAttribute('data-missed')).toBe(false);
    expect(within(items[1]!).getByText('对方挂断')).toBeTruthy();
    expect(within(items[1]!).getByText('01:05')).toBeTruthy();
    expect(items[1]!.textContent).toContain('售前咨询');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('calls back through onRedial; disabled with the reason when calling is not possible', async () => {
    const onRedial = vi.fn();
    const view = render(<CallHistoryList records={[base]} onRedial={onRedial} />);
    await userEvent.click(await screen.findByRole('button', { name: '回拨 13800138000' }));
    expect(onRedial).toHaveBeenCalledWith('13800138000', base);
    view.rerender(<CallHistoryList records={[base]} onRedial={onRedial} redialUnavailable="通话中" />);
    const button = screen.getByRole('button', { name: '回拨 13800138000' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.title).toBe('通话中');
  });

  it('says so when there are no calls, in English too', async () => {
    const harness = createHarness();
    render(
      <WinCallProvider client={harness.client} queryClient={harness.queryClient} locale="en">
        <CallHistoryList records={[]} />
      </WinCallProvider>,
    );
    expect(await screen.findByText('No calls yet')).toBeTruthy();
  });

  it('renders server-provided numbers as text', async () => {
    render(<CallHistoryList records={[{ ...base, otherParty: '<img src=x onerror=alert(1)>' }]} />);
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});

function History({ storage, limit }: { storage?: CallHistoryStorage; limit?: number }) {
  const { records, error } = useCallHistory({ ...(limit === undefined ? {} : { limit }), ...(storage ? { storage } : {}) });
  return (
    <>
      <CallHistoryList records={records} />
      {error ? <p role="alert">{error.message}</p> : null}
    </>
  );
}

describe('useCallHistory', () => {
  it('adds each finished call once, newest first, saves it once and names its queue', async () => {
    vi.stubGlobal('fetch', createConfigFetch().fetch);
    const harness = createHarness({ apiUrl: 'http://config.test' });
    const saved: CallRecord[] = [];
    const storage: CallHistoryStorage = { load: async () => [missed], save: (record) => void saved.push(record) };
    // Two components on one storage: still one save per call.
    renderWith(
      harness,
      <>
        <History storage={storage} />
        <History storage={storage} limit={1} />
      </>,
    );
    await act(() => signIn(harness.client));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    act(() => harness.server.push(...ring({ callId: 'live-1', queueId: 6251, caller: '13700000000' }), phone(6)));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    act(() => harness.server.push(phone(0), agentState(3)));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
    const [newest] = screen.getAllByRole('list')[0]!.querySelectorAll('li');
    expect(newest!.dataset.callId).toBe('live-1');
    await waitFor(() => expect(newest!.textContent).toContain('售后服务'));
    expect(saved.map((r) => r.callId)).toEqual(['live-1']);
    expect(saved[0]).toMatchObject({ endReason: 'remoteHangup', otherParty: '13700000000', queue: { id: 6251, name: null } });
    // The limited list shows only the newest.
    expect(screen.getAllByRole('list')[1]!.querySelectorAll('li')).toHaveLength(1);
  });

  it('shows records in a follower tab but leaves saving to the leader', async () => {
    const harness = createHarness();
    Object.assign(harness.client, { role: 'follower', onRoleChange: () => () => undefined });
    const save = vi.fn();
    renderWith(harness, <History storage={{ save }} />);
    await act(() => signIn(harness.client));
    act(() => harness.server.push(...ring({ callId: 'f-1' }), phone(6), phone(0), agentState(3)));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(save).not.toHaveBeenCalled();
  });

  it('reports a storage that fails instead of throwing', async () => {
    const harness = createHarness();
    const storage: CallHistoryStorage = {
      load: () => Promise.reject(new Error('CRM unreachable')),
    };
    renderWith(harness, <History storage={storage} />);
    expect((await screen.findByRole('alert')).textContent).toBe('CRM unreachable');
  });
});
