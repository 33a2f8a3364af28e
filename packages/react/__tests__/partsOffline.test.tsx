import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SoftphoneBar } from '../src';
import { createConfigFetch, phone, ring } from './support/fakeServer';
import { createHarness, renderWith, signIn } from './support/render';

// The chunk of the parts loaded on demand (directory, history, auto-dial, notifier) cannot be
// downloaded: every import of it fails, as on a page whose network dropped after it loaded.
vi.mock('../src/components/onDemand', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('the bar when its on-demand parts cannot be downloaded', () => {
  it('keeps working: the notifier stays quiet, the sheet says so in its place, the call controls work', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubGlobal('fetch', createConfigFetch().fetch);
    const harness = createHarness({ apiUrl: 'http://config.test' });
    const user = userEvent.setup();
    // `notifications` and `ringSound` mount the notifier, from that chunk, with the bar.
    renderWith(harness, <SoftphoneBar notifications ringSound="/ring.mp3" />);
    await act(() => signIn(harness.client));
    act(() => harness.server.push(...ring({ caller: '13800138000', queueId: 6250 }), phone(6)));
    const bar = screen.getByRole('region', { name: '软电话' });
    await waitFor(() => expect(bar.dataset.state).toBe('connected'));
    expect(screen.queryByText('软电话出现错误')).toBeNull();

    await user.click(screen.getByRole('button', { name: '转接/咨询' }));
    const sheet = screen.getByRole('dialog', { name: '咨询与转接' });
    const notice = await within(sheet).findByRole('alert');
    expect(notice.textContent).toContain('这部分没能加载，网络恢复后会自动重试。');
    await user.click(within(notice).getByRole('button', { name: '重试' }));
    expect(await within(sheet).findByText('这部分没能加载，网络恢复后会自动重试。')).toBeTruthy();
    expect(screen.queryByText('软电话出现错误')).toBeNull();

    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: '挂断' }));
    await waitFor(() => expect(harness.server.actions(23)).toHaveLength(1));
    vi.restoreAllMocks();
  });
});
