import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createSharedWinCallClient } from '@wincall/core/tabs';
import { WinCallProvider } from '@wincall/react';
import { describe, expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import { WinCallDevtools, type BugReport } from '../../src';
import { control, keep, liveClient, signInAndAnswer, until } from './support';

const frames = () => screen.queryAllByTestId('wincall-devtools-frame');
const openPanel = async () => {
  await userEvent.click(await screen.findByTestId('wincall-devtools-toggle'));
  return screen.findByRole('dialog', {}, { timeout: 10_000 });
};

describe('the devtools panel, live against the simulator', () => {
  it('shows every frame in and out, decoded in zh and en, and filters them', async () => {
    const client = liveClient();
    // Inside a provider: the devtools find the client there.
    render(
      <WinCallProvider client={client}>
        <WinCallDevtools locale="en" />
      </WinCallProvider>,
    );
    await screen.findByTestId('wincall-devtools-toggle');
    await client.login({ agentNum: '1002', password: '1234', extension: '8002' });
    await client.busy(101);
    const panel = await openPanel();

    // Recorded before the panel was opened, decoded when shown.
    await waitFor(() => expect(within(panel).getAllByText(/Action 100 INIT/).length).toBeGreaterThan(0));
    expect(within(panel).getAllByText('MT 1 command result · BUSY').length).toBe(1);
    const busyRow = within(panel).getAllByTestId('wincall-devtools-frame').find((row) => row.textContent?.includes('MT 1 command result · BUSY'));
    expect(busyRow?.textContent).toContain('示忙');
    expect(busyRow?.textContent).toMatch(/busy/);
    expect(busyRow?.textContent).toContain('005000');
    expect(busyRow?.getAttribute('data-dir')).toBe('in');
    expect(within(panel).getAllByText('Action 4 BUSY').length).toBe(1);
    expect(within(panel).getAllByText(/MT 6 state after login/).length).toBe(1);
    expect(within(panel).getAllByText(/登录\(进入队列\)/).length).toBeGreaterThan(0);

    // Filter by text (any of title, meaning, field), then by direction.
    const all = frames().length;
    await userEvent.type(within(panel).getByRole('searchbox'), '示忙');
    await waitFor(() => expect(frames()).toHaveLength(2));
    expect(frames().map((row) => row.getAttribute('data-dir'))).toEqual(['out', 'in']);
    expect(all).toBeGreaterThan(4);
    await userEvent.clear(within(panel).getByRole('searchbox'));
    await userEvent.selectOptions(within(panel).getByRole('combobox'), 'out');
    await waitFor(() => expect(frames().every((row) => row.getAttribute('data-dir') === 'out')).toBe(true));
    expect(frames().map((row) => row.textContent).join(' ')).toMatch(/Action 100 INIT.*Action 2 LOGIN.*Action 4 BUSY/);
  });

  it('shows the state timeline with the input of each transition and a diff', async () => {
    const client = liveClient();
    render(<WinCallDevtools client={client} locale="zh-CN" defaultOpen />);
    const panel = await screen.findByRole('dialog', { name: 'WinCall 调试工具' }, { timeout: 10_000 });
    await client.login({ agentNum: '1003', password: '1234', extension: '8003' });
    await client.busy(100);
    await userEvent.click(within(panel).getByRole('tab', { name: '状态时间线' }));
    const rows = await within(panel).findAllByTestId('wincall-devtools-transition');
    const text = rows.map((row) => row.textContent).join('\n');
    expect(text).toMatch(/commandSent login/);
    expect(text).toMatch(/connection connected/);
    expect(text).toMatch(/commandSent busy/);
    expect(text).toMatch(/agent\.status: "idle" → "busy"/);
    expect(text).toMatch(/agent\.busyReasonId: — → 100|agent\.busyReasonId: null → 100/);
  });

  it('shows the connection and the pending command', async () => {
    const client = liveClient();
    render(<WinCallDevtools client={client} locale="en" defaultOpen />);
    const panel = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    await client.login({ agentNum: '1004', password: '1234', extension: '8004' });
    await userEvent.click(within(panel).getByRole('tab', { name: 'Connection' }));
    const grid = await within(panel).findByTestId('wincall-devtools-connection');
    expect(grid.textContent).toContain(`socket.io ${inject('simUrl')}`);
    expect(grid.textContent).toMatch(/Statusconnected/);
    expect(grid.textContent).toMatch(/Last frame\d+(\.\d)? s ago/);
    expect(grid.textContent).toMatch(/Tab rolesolo/);
    // A command on its way shows with its deadline until answered.
    const stalled = control('/sim/network', { stall: 1_500 });
    await stalled;
    const busy = client.busy(102);
    await waitFor(() => expect(grid.textContent).toMatch(/Pending commandsbusy · deadline \d+(\.\d)? s from now/));
    await busy;
    await waitFor(() => expect(grid.textContent).toMatch(/Pending commandsnone/));
  });

  it('never shows or exports a password; masks numbers and digits unless told not to', async () => {
    for (const masked of [true, false]) {
      const client = liveClient();
      const exported: BugReport[] = [];
      const view = render(
        <WinCallDevtools client={client} locale="en" defaultOpen redact={{ numbers: masked, dtmf: masked }} onExport={(report) => exported.push(report)} />,
      );
      const panel = await screen.findByRole('dialog', {}, { timeout: 10_000 });
      await signInAndAnswer(client);
      await client.dtmf('97');
      await client.hangup();
      await until(client, (s) => s.call === null);
      await userEvent.click(within(panel).getByRole('button', { name: 'Export a bug report' }));
      await waitFor(() => expect(exported).toHaveLength(1));

      // Open every frame's details so that the DOM holds every field.
      for (const details of panel.querySelectorAll('details')) details.open = true;
      for (const text of [panel.textContent ?? '', JSON.stringify(exported[0])]) {
        expect(text).not.toMatch(/"AgPass":"1234"/);
        expect(text).toMatch(/"AgPass":"\*\*\*"/);
        expect(text).not.toContain('8001pw'); // the phone password the server returns at sign-in
        expect(text.includes('13912345678')).toBe(!masked);
        expect(text.includes('"Dtmf":"97"')).toBe(!masked);
      }
      if (masked) expect(panel.textContent).toContain('139••••••78');
      await client.logout();
      view.unmount();
    }
  });

  it('works with the shared client: the leader tab shows the frames, a follower its role and the mirrored state', async () => {
    const channelName = `devtools-test-${Math.random().toString(36).slice(2)}`;
    const options = { vccCode: 'demo', serverUrl: inject('simUrl'), loginDelay: 0, pageLifecycle: false, channelName, vaultWorkerUrl: false as const };
    const leader = keep(createSharedWinCallClient(options));
    await waitFor(() => expect(leader.role).toBe('leader'));
    const follower = keep(createSharedWinCallClient(options));
    render(
      <>
        <div data-testid="leader">
          <WinCallDevtools client={leader} locale="en" defaultOpen hotkey={false} />
        </div>
        <div data-testid="follower">
          <WinCallDevtools client={follower} locale="en" defaultOpen hotkey={false} />
        </div>
      </>,
    );
    const leaderPanel = await within(screen.getByTestId('leader')).findByRole('dialog', {}, { timeout: 10_000 });
    const followerPanel = await within(screen.getByTestId('follower')).findByRole('dialog', {}, { timeout: 10_000 });
    expect(followerPanel.textContent).toContain('Tab role: follower');
    expect(leaderPanel.textContent).toContain('Tab role: leader (holds the connection)');

    // A command from the follower goes through the leader's socket.
    await follower.login({ agentNum: '1005', password: '1234', extension: '8005' });
    await until(follower, (s) => s.agent.status === 'idle');
    await waitFor(() => expect(within(leaderPanel).getAllByText(/Action 100 INIT/).length).toBeGreaterThan(0));
    expect(followerPanel.textContent).toContain('This tab is a follower: frames show in the leader tab');
    await userEvent.click(within(followerPanel).getByRole('tab', { name: 'State timeline' }));
    await waitFor(() => expect(followerPanel.textContent).toMatch(/mirrored from the leader tab.*agent\.status: "signedOut" → "idle"|agent\.status: "signingIn" → "idle"/s));
    await follower.logout();
  });

  it('opens and closes with its hotkey', async () => {
    const client = liveClient();
    render(<WinCallDevtools client={client} locale="en" />);
    await screen.findByTestId('wincall-devtools-toggle');
    await userEvent.keyboard('{Alt>}{Shift>}D{/Shift}{/Alt}');
    const panel = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    await userEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.keyboard('{Alt>}{Shift>}D{/Shift}{/Alt}');
    await screen.findByRole('dialog');
  });

  it('draws the README picture (artifacts/screens/devtools.png)', async () => {
    await page.viewport(1100, 560);
    const client = liveClient();
    render(<WinCallDevtools client={client} locale="en" defaultOpen redact={{ numbers: true, dtmf: true }} />);
    const panel = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    await signInAndAnswer(client);
    await client.hold();
    await client.restore();
    await client.dtmf('5');
    await waitFor(() => expect(within(panel).getAllByText(/Action 42 DTMF/).length).toBe(1));
    const path = '../../../../artifacts/screens/devtools.png';
    await page.screenshot({ path, element: panel });
    expect(frames().length).toBeGreaterThan(10);
  });
});
