import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { WinCallClient } from '@wincall/core';
import { SoftphoneBar, useLocale, useMessages, useQueues, useWinCall, WinCallProvider } from '../src';
import { createConfigFetch, phone, ring } from './support/fakeServer';
import { createHarness, renderWith, signIn } from './support/render';

const flushMicrotasks = () => act(async () => {});

describe('WinCallProvider', () => {
  it('creates a client from options, and destroys it on unmount', async () => {
    let client!: WinCallClient;
    function Probe() {
      client = useWinCall();
      return null;
    }
    const view = render(
      <WinCallProvider options={{ vccCode: 'demo', serverUrl: 'http://127.0.0.1:1' }}>
        <Probe />
      </WinCallProvider>,
    );
    expect(client.vccCode).toBe('demo');
    view.unmount();
    await flushMicrotasks();
    expect(client.destroyed).toBe(true);
  });

  it('keeps its client through StrictMode’s double mount', async () => {
    const clients = new Set<WinCallClient>();
    function Probe() {
      clients.add(useWinCall());
      return null;
    }
    const view = render(
      <StrictMode>
        <WinCallProvider options={{ vccCode: 'demo', serverUrl: 'http://127.0.0.1:1' }}>
          <Probe />
        </WinCallProvider>
      </StrictMode>,
    );
    await flushMicrotasks();
    const live = [...clients].filter((c) => !c.destroyed);
    expect(live).toHaveLength(1);
    view.unmount();
    await flushMicrotasks();
    expect(live[0]!.destroyed).toBe(true);
  });

  it('never destroys a client it was given', async () => {
    const harness = createHarness();
    const view = renderWith(harness, <div />);
    view.unmount();
    await flushMicrotasks();
    expect(harness.client.destroyed).toBe(false);
  });

  it('brings its own react-query client when none is given', async () => {
    vi.stubGlobal('fetch', createConfigFetch().fetch);
    const harness = createHarness({ apiUrl: 'http://config.test' });
    const wrapper = ({ children }: { children: ReactNode }) => <WinCallProvider client={harness.client}>{children}</WinCallProvider>;
    const view = renderHook(() => useQueues(), { wrapper });
    await vi.waitFor(() => expect(view.result.current.data).toHaveLength(2));
  });

  it('speaks Chinese by default, English on request, and takes overrides', () => {
    const harness = createHarness({ provider: { locale: 'en', messages: { 'action.hangup': 'End call' } } });
    const view = renderHook(() => ({ locale: useLocale(), t: useMessages().t }), { wrapper: harness.wrapper });
    expect(view.result.current.locale).toBe('en');
    expect(view.result.current.t('action.hangup')).toBe('End call');
    expect(view.result.current.t('action.hold')).toBe('Hold');
    expect(view.result.current.t('announce.incoming', { caller: '139' })).toBe('Incoming call from 139');
    const zh = renderHook(() => useMessages().t('action.hold'));
    expect(zh.result.current).toBe('保持');
  });
});

describe('hotkeys', () => {
  const hotkeys = { answer: 'Alt+A', hangup: 'Alt+H', hold: 'Alt+O' };

  it('are off unless configured', async () => {
    const harness = createHarness();
    const user = userEvent.setup();
    renderWith(harness, <SoftphoneBar />);
    await act(() => signIn(harness.client));
    act(() => harness.server.push(...ring(), phone(6)));
    await user.keyboard('{Alt>}h{/Alt}');
    expect(harness.server.actions(23)).toHaveLength(0);
  });

  it('hang up, hold / resume and answer with the configured keys, and say so on the buttons', async () => {
    const harness = createHarness({ provider: { hotkeys } });
    const user = userEvent.setup();
    renderWith(harness, <SoftphoneBar />);
    await act(() => signIn(harness.client, 'idle', true));
    act(() => harness.server.push(...ring({ alwaysOn: true, ringType: 7 })));
    expect(screen.getByRole('button', { name: '接听' }).getAttribute('aria-keyshortcuts')).toBe('Alt+A');
    await user.keyboard('{Alt>}a{/Alt}');
    await vi.waitFor(() => expect(harness.client.getState().call?.phase).toBe('connected'));
    expect(screen.getByRole('button', { name: '挂断' }).getAttribute('aria-keyshortcuts')).toBe('Alt+H');
    await user.keyboard('{Alt>}o{/Alt}');
    await vi.waitFor(() => expect(harness.client.getState().call?.phase).toBe('held'));
    await user.keyboard('{Alt>}o{/Alt}');
    await vi.waitFor(() => expect(harness.client.getState().call?.phase).toBe('connected'));
    await user.keyboard('{Alt>}h{/Alt}');
    await vi.waitFor(() => expect(harness.client.getState().call).toBeNull());
    expect(harness.server.actions(51)).toHaveLength(1);
    expect(harness.server.actions(33)).toHaveLength(1);
    expect(harness.server.actions(34)).toHaveLength(1);
  });

  it('are ignored while typing in a field', async () => {
    const harness = createHarness({ provider: { hotkeys } });
    const user = userEvent.setup();
    renderWith(harness, <SoftphoneBar />);
    await act(() => signIn(harness.client));
    act(() => harness.server.push(...ring(), phone(6)));
    await user.click(screen.getByRole('button', { name: '转接/咨询' }));
    await user.click(await screen.findByRole('searchbox'));
    await user.keyboard('{Alt>}h{/Alt}');
    expect(harness.server.actions(23)).toHaveLength(0);
    expect(harness.client.getState().call?.phase).toBe('connected');
  });

  it('do nothing when the command is not available', async () => {
    const harness = createHarness({ provider: { hotkeys } });
    const user = userEvent.setup();
    renderWith(harness, <SoftphoneBar />);
    await act(() => signIn(harness.client));
    await user.keyboard('{Alt>}h{/Alt}{Alt>}o{/Alt}{Alt>}a{/Alt}');
    expect(harness.server.sent.map((c) => c.Action)).toEqual([100, 2]);
  });
});
