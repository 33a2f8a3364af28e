import { render, screen, waitFor, within } from '@testing-library/react';
import { createPhoneHandle } from '@wincall/core/phone';
import userEvent from '@testing-library/user-event';
import { createWinCallClient } from '@wincall/core';
import { describe, expect, inject, it } from 'vitest';
import { fakePhoneModule } from '../../../core/__tests__/support/fakePhone';
import { WinCallDevtools, type BugReport } from '../../src';
import { keep } from './support';

/**
 * The browser phone in the devtools panel (Chromium, a real client against the simulator; the
 * phone device is a stand-in that plays the SIP side: the real one is tested against kamailio in
 * packages/phone). Its SIP messages sit in the frames list, its call audio in a stats line.
 */
const INVITE = [
  'INVITE sip:8005@127.0.0.1:5066;transport=ws SIP/2.0',
  'From: "13912345678" <sip:13912345678@cc.example.com>;tag=1',
  'To: <sip:8005@cc.example.com>',
  'CSeq: 7 INVITE',
  'Content-Type: application/sdp',
  '',
  'v=0',
  'c=IN IP4 127.0.0.1',
  '',
].join('\r\n');
const OK = 'SIP/2.0 200 OK\r\nCSeq: 7 INVITE\r\nContact: <sip:8005@127.0.0.1>\r\n\r\n';

const frames = () => screen.queryAllByTestId('wincall-devtools-frame');

describe('the browser phone in the devtools panel', () => {
  it('lists its SIP messages next to the wintel frames, redacted, filters them by source, shows the call audio and the registration, and exports the SIP lines', async () => {
    const phone = fakePhoneModule();
    const client = keep(
      createWinCallClient({
        vccCode: 'demo',
        serverUrl: inject('simUrl'),
        apiUrl: inject('simUrl'),
        loginDelay: 0,
        pageLifecycle: false,
        phone: { attach: createPhoneHandle, load: phone.load, wsUrl: 'ws://127.0.0.1:5066/ws' },
      }),
    );
    const exported: BugReport[] = [];
    render(<WinCallDevtools client={client} locale="en" hotkey={false} onExport={(report) => exported.push(report)} />);
    await screen.findByTestId('wincall-devtools-toggle');
    await client.login({ agentNum: '1005', password: '1234', extension: '8005' });
    await waitFor(() => expect(phone.device.state.registration).toBe('registered'), { timeout: 10_000 });
    phone.device.fire('sip', { direction: 'in', at: Date.now(), summary: 'INVITE sip:8005@127.0.0.1:5066;transport=ws SIP/2.0', text: INVITE });
    phone.device.fire('sip', { direction: 'out', at: Date.now(), summary: 'SIP/2.0 200 OK', text: OK });
    phone.device.set({ quality: { rttMs: 480, jitterMs: 12, packetLossPercent: 4.2, mos: 3.1, warnings: ['highRtt', 'highPacketLoss', 'lowMos'] } });
    phone.device.fire('stats', { at: Date.now(), rttMs: 480, jitterMs: 12.4, packetsReceived: 900, packetsLost: 38, packetsSent: 901, sentAudioLevel: 0.25, receivedAudioLevel: 0.5 });

    // Recorded before the panel was opened, like the frames.
    await userEvent.click(screen.getByTestId('wincall-devtools-toggle'));
    const panel = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    const sipRows = () => frames().filter((row) => row.getAttribute('data-source') === 'sip');
    await waitFor(() => expect(sipRows()).toHaveLength(2));
    const [invite, ok] = sipRows();
    expect(invite!.getAttribute('data-dir')).toBe('in');
    expect(invite!.textContent).toContain('↓ in SIP');
    expect(invite!.textContent).toContain('INVITE sip:••••@127.0.0.1:5066;transport=ws SIP/2.0');
    expect(invite!.textContent).toMatch(/呼叫邀请.*call invitation/);
    expect(ok!.getAttribute('data-dir')).toBe('out');
    expect(ok!.textContent).toMatch(/SIP\/2\.0 200 OK.*呼叫邀请 → 成功.*call invitation → OK/);
    // In the order they came: after the sign-in's frames.
    const all = frames();
    expect(all.indexOf(invite!)).toBeGreaterThan(all.findIndex((row) => row.textContent?.includes('Action 100 INIT')));

    // The details hold the whole message, redacted; never the phone password, never the caller's number.
    for (const details of panel.querySelectorAll('details')) details.open = true;
    expect(invite!.textContent).toContain('From: "139••••••78" <sip:139••••••78@cc.example.com>;tag=1');
    expect(invite!.textContent).toContain('c=IN IP4 127.0.0.1');
    expect(panel.textContent).not.toContain('13912345678');
    expect(panel.textContent).not.toContain('8005pw');

    // Only SIP, then only wintel frames.
    const source = within(panel).getByRole('combobox', { name: 'Source' });
    await userEvent.selectOptions(source, 'sip');
    await waitFor(() => expect(frames()).toHaveLength(2));
    await userEvent.selectOptions(source, 'wintel');
    await waitFor(() => expect(frames().every((row) => row.getAttribute('data-source') === 'wintel')).toBe(true));
    expect(frames().length).toBeGreaterThan(2);

    // The call audio: the last sample and the quality the device derived from the samples.
    const stats = within(panel).getByTestId('wincall-devtools-stats');
    expect(stats.textContent).toMatch(/Call audio.*RTT 480 ms.*jitter 12\.4 ms.*loss 4\.2 %.*MOS 3\.10.*mic level 0\.25.*speaker level 0\.50.*warnings: highRtt, highPacketLoss, lowMos/);

    await userEvent.click(within(panel).getByRole('tab', { name: 'Connection' }));
    expect(within(panel).getByTestId('wincall-devtools-phone').textContent).toBe('registered');

    await userEvent.click(within(panel).getByRole('button', { name: 'Export a bug report' }));
    await waitFor(() => expect(exported).toHaveLength(1));
    expect(exported[0]!.sip.map((line) => [line.direction, line.summary])).toEqual([
      ['in', 'INVITE sip:••••@127.0.0.1:5066;transport=ws SIP/2.0'],
      ['out', 'SIP/2.0 200 OK'],
    ]);
    expect(JSON.stringify(exported[0])).not.toMatch(/8005pw|13912345678/);
    await client.logout();
  });
});
