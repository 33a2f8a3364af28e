import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConnectedIncomingCallBanner, IncomingCallBanner } from '../../src';
import { createConfigFetch, ring } from '../support/fakeServer';
import { createHarness, renderWith, signIn } from '../support/render';

describe('IncomingCallBanner', () => {
  it('shows caller, queue and kind, and the hint to pick up the phone', () => {
    render(<IncomingCallBanner caller="13800138000" queueName="售前咨询" kind="queue" className="x" />);
    const banner = screen.getByRole('region', { name: '来电' });
    expect(banner.dataset.state).toBe('ringing');
    expect(banner.className).toContain('x');
    expect(within(banner).getByText('队列来电')).toBeTruthy();
    expect(within(banner).getByText('13800138000')).toBeTruthy();
    expect(within(banner).getByText('售前咨询')).toBeTruthy();
    expect(within(banner).getByText('请摘机接听')).toBeTruthy();
    expect(within(banner).queryByRole('button')).toBeNull();
  });

  it('offers an answer button when answering from the browser is possible', async () => {
    const onAnswer = vi.fn();
    render(<IncomingCallBanner caller="139" kind="inner" onAnswer={onAnswer} answerShortcut="Alt+A" />);
    const answer = screen.getByRole('button', { name: '接听' });
    expect(answer.getAttribute('aria-keyshortcuts')).toBe('Alt+A');
    await userEvent.click(answer);
    expect(onAnswer).toHaveBeenCalledOnce();
  });

  it('renders a hostile caller as text', () => {
    render(<IncomingCallBanner caller={'<img src=x onerror=alert(1)>'} queueName="<b>q</b>" kind={null} />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(screen.getByText('<b>q</b>')).toBeTruthy();
    expect(document.querySelector('img, b')).toBeNull();
    expect(screen.getByText('来电')).toBeTruthy();
  });
});

describe('ConnectedIncomingCallBanner', () => {
  it('appears while a call rings, with the queue named from the config API', async () => {
    vi.stubGlobal('fetch', createConfigFetch().fetch);
    const harness = createHarness({ apiUrl: 'http://config.test' });
    const { container } = renderWith(harness, <ConnectedIncomingCallBanner />);
    await act(() => signIn(harness.client));
    expect(container.textContent).toBe('');
    act(() => harness.server.push(...ring({ caller: '13800138000', queueId: 6251 })));
    expect(await screen.findByText('售后服务')).toBeTruthy();
  });

  it('answers in always-on mode', async () => {
    const harness = createHarness();
    renderWith(harness, <ConnectedIncomingCallBanner />);
    await act(() => signIn(harness.client, 'idle', true));
    act(() => harness.server.push(...ring({ alwaysOn: true, ringType: 7 })));
    await userEvent.click(screen.getByRole('button', { name: '接听' }));
    await waitFor(() => expect(harness.client.getState().call?.phase).toBe('connected'));
    expect(screen.queryByRole('region')).toBeNull();
  });
});
