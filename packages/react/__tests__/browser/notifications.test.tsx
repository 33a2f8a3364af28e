import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createWinCallClient } from '@wincall/core';
import { createSharedWinCallClient, type SharedWinCallClient } from '@wincall/core/tabs';
import '../../src/styles.css';
import { SoftphoneBar, WinCallProvider } from '../../src';
import { createFakeServer, phone, ring } from '../support/fakeServer';
import { createHarness, renderWith, signIn } from '../support/render';

// The browser's Notification and Audio are stubbed at their boundary (a headless browser can show
// neither); user activation, page visibility events, Web Locks and BroadcastChannel are Chromium's own.

class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static shown: FakeNotification[] = [];
  static requests: { userActivation: boolean }[] = [];
  static requestPermission = async (): Promise<NotificationPermission> => {
    FakeNotification.requests.push({ userActivation: navigator.userActivation.isActive });
    FakeNotification.permission = 'granted';
    return 'granted';
  };
  onclick: (() => void) | null = null;
  closed = false;
  constructor(
    readonly title: string,
    readonly options: NotificationOptions = {},
  ) {
    FakeNotification.shown.push(this);
  }
  close() {
    this.closed = true;
  }
}

/** An `<audio>` whose play() is refused (autoplay blocked) until `allowed`. */
class FakeAudio {
  static allowed = true;
  static all: FakeAudio[] = [];
  loop = false;
  playing = false;
  attempts = 0;
  constructor(readonly src: string) {
    FakeAudio.all.push(this);
  }
  play(): Promise<void> {
    this.attempts += 1;
    if (!FakeAudio.allowed) return Promise.reject(new DOMException('play() failed because the user did not interact', 'NotAllowedError'));
    this.playing = true;
    return Promise.resolve();
  }
  pause() {
    this.playing = false;
  }
}
const ringing = () => FakeAudio.all.filter((a) => a.playing);

let hidden = false;
function setHidden(value: boolean) {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  FakeNotification.permission = 'granted';
  FakeNotification.shown = [];
  FakeNotification.requests = [];
  FakeAudio.allowed = true;
  FakeAudio.all = [];
  vi.stubGlobal('Notification', FakeNotification);
  vi.stubGlobal('Audio', FakeAudio);
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
});

afterEach(() => {
  setHidden(false);
  delete (document as { hidden?: boolean }).hidden;
  delete (document as { visibilityState?: string }).visibilityState;
});

async function ringWhileHidden(props: Parameters<typeof SoftphoneBar>[0] = {}) {
  const harness = createHarness();
  renderWith(harness, <SoftphoneBar {...props} />);
  await act(() => signIn(harness.client));
  setHidden(true);
  act(() => harness.server.push(...ring({ caller: '13912345678', queueId: 6250 })));
  await vi.waitFor(() => expect(screen.getByRole('region', { name: '软电话' }).dataset.state).toBe('ringing'));
  return harness;
}

describe('desktop notification of an incoming call', () => {
  it('is off by default', async () => {
    await ringWhileHidden();
    expect(FakeNotification.shown).toEqual([]);
    expect(screen.queryByRole('button', { name: '开启来电桌面通知' })).toBeNull();
  });

  it('shows one notification with the caller while the page is hidden; a click brings the page back', async () => {
    const focus = vi.spyOn(window, 'focus').mockImplementation(() => undefined);
    const harness = await ringWhileHidden({ notifications: true });
    await vi.waitFor(() => expect(FakeNotification.shown).toHaveLength(1));
    const [shown] = FakeNotification.shown;
    expect(shown?.title).toBe('来电');
    expect(shown?.options.body).toBe('来电 13912345678');
    shown?.onclick?.();
    expect(focus).toHaveBeenCalledTimes(1);
    expect(shown?.closed).toBe(true);
    setHidden(false);
    act(() => harness.server.push(phone(6)));
    expect(FakeNotification.shown).toHaveLength(1);
  });

  it('closes the notification once the call is answered', async () => {
    const harness = await ringWhileHidden({ notifications: true });
    await vi.waitFor(() => expect(FakeNotification.shown).toHaveLength(1));
    act(() => harness.server.push(phone(6)));
    await vi.waitFor(() => expect(FakeNotification.shown[0]?.closed).toBe(true));
  });

  it('stays quiet while the page is visible', async () => {
    const harness = createHarness();
    renderWith(harness, <SoftphoneBar notifications />);
    await act(() => signIn(harness.client));
    act(() => harness.server.push(...ring({ caller: '13912345678' })));
    await vi.waitFor(() => expect(screen.getByRole('region', { name: '软电话' }).dataset.state).toBe('ringing'));
    expect(FakeNotification.shown).toEqual([]);
  });

  it('asks for permission only when the agent clicks, never on mount', async () => {
    FakeNotification.permission = 'default';
    const harness = createHarness();
    renderWith(harness, <SoftphoneBar notifications />);
    await act(() => signIn(harness.client));
    const bell = screen.getByRole('button', { name: '开启来电桌面通知' });
    expect(FakeNotification.requests).toEqual([]);
    await userEvent.click(bell);
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: '开启来电桌面通知' })).toBeNull());
    expect(FakeNotification.requests).toEqual([{ userActivation: true }]);
    setHidden(true);
    act(() => harness.server.push(...ring({ caller: '13912345678' })));
    await vi.waitFor(() => expect(FakeNotification.shown).toHaveLength(1));
  });

  it('comes from the tab holding the connection only, not from a follower tab', async () => {
    const server = createFakeServer();
    const channelName = `notify-${Math.random()}`;
    const tabs: SharedWinCallClient[] = [];
    const openTab = () => {
      const tab = createSharedWinCallClient({
        vccCode: 'demo',
        loginDelay: 0,
        channelName,
        vaultWorkerUrl: false,
        environment: { createClient: (options) => createWinCallClient({ ...options, transport: server.transport }) },
      });
      tabs.push(tab);
      return tab;
    };
    try {
      const [a, b] = [openTab(), openTab()];
      await vi.waitFor(() => expect([a.role, b.role].sort()).toEqual(['follower', 'leader']));
      const follower = a.role === 'follower' ? a : b;
      render(
        <WinCallProvider client={follower}>
          <SoftphoneBar notifications ringSound="/ring.mp3" />
        </WinCallProvider>,
      );
      await act(() => signIn(follower));
      setHidden(true);
      act(() => server.push(...ring({ caller: '13912345678' })));
      await vi.waitFor(() => expect(screen.getByRole('region', { name: '软电话' }).dataset.state).toBe('ringing'));
      expect(FakeNotification.shown).toEqual([]);
      expect(FakeAudio.all).toEqual([]);

      // The same bar in the leader's tab does notify and ring.
      const leader = a === follower ? b : a;
      render(
        <WinCallProvider client={leader}>
          <SoftphoneBar notifications ringSound="/ring.mp3" />
        </WinCallProvider>,
      );
      act(() => server.push(...ring({ caller: '13900000001', callId: 'call-2' })));
      await vi.waitFor(() => expect(FakeNotification.shown.map((n) => n.options.body)).toEqual(['来电 13900000001']));
      expect(ringing()).toHaveLength(1);
    } finally {
      for (const tab of tabs) tab.destroy();
    }
  });
});

describe('ring sound', () => {
  it('rings while a call rings and stops when it is answered or hung up', async () => {
    const harness = createHarness();
    renderWith(harness, <SoftphoneBar ringSound="/ring.mp3" />);
    await act(() => signIn(harness.client));
    expect(FakeAudio.all).toEqual([]);
    act(() => harness.server.push(...ring()));
    await vi.waitFor(() => expect(ringing()).toHaveLength(1));
    expect(ringing()[0]).toMatchObject({ src: '/ring.mp3', loop: true });
    act(() => harness.server.push(phone(6)));
    await vi.waitFor(() => expect(ringing()).toEqual([]));

    act(() => harness.server.push(phone(0), ...ring({ callId: 'call-2' })));
    await vi.waitFor(() => expect(ringing()).toHaveLength(1));
    await act(() => harness.client.hangup());
    await vi.waitFor(() => expect(ringing()).toEqual([]));
    expect(screen.getByRole('region', { name: '软电话' }).dataset.state).toBe('idle');
  });

  it('when autoplay is blocked, stays silent without an error and starts at the next click while still ringing', async () => {
    FakeAudio.allowed = false;
    const harness = createHarness();
    renderWith(harness, <SoftphoneBar ringSound="/ring.mp3" />);
    await act(() => signIn(harness.client));
    act(() => harness.server.push(...ring({ caller: '13912345678' })));
    await vi.waitFor(() => expect(FakeAudio.all[0]?.attempts).toBe(1));
    const bar = screen.getByRole('region', { name: '软电话' });
    expect(bar.dataset.state).toBe('ringing');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(ringing()).toEqual([]);

    // The agent's first gesture on the page lets audio start (a click on the ringing call's card).
    FakeAudio.allowed = true;
    await userEvent.click(screen.getByRole('region', { name: '来电' }));
    await vi.waitFor(() => expect(ringing()).toHaveLength(1));

    // No retry is left behind once the call stops ringing.
    act(() => harness.server.push(phone(6)));
    await vi.waitFor(() => expect(ringing()).toEqual([]));
    await userEvent.click(bar);
    expect(ringing()).toEqual([]);
    expect(FakeAudio.all[0]?.attempts).toBe(2);
  });
});
