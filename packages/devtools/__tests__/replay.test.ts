import { createWinCallClient, type WinCallClient } from '@wincall/core';
import { createPhoneHandle } from '@wincall/core/phone';
import { buildReport, createRecorder, resolveRedaction, type BugReport } from '@wincall/devtools/headless';
import { DEFAULT_SEED, parseReplayReport, replayReport, ReplayReportError, startSimulator, type RunningSimulator, type Seed } from '@wincall/simulator';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakePhoneModule } from '../../core/__tests__/support/fakePhone';
import { until } from './support';

/**
 * Export → replay: a real client against the real simulator on 127.0.0.1, recorded by the
 * devtools; its bug report replayed by the simulator to a fresh real client, which must go
 * through the same state sequence.
 */
describe('a bug report replays what the agent saw', () => {
  let sim: RunningSimulator | null = null;
  let client: WinCallClient | null = null;
  afterEach(async () => {
    client?.destroy();
    await sim?.close();
    sim = null;
    client = null;
  });

  /** The default seed, with passwords no other text could contain by chance. */
  const seed: Seed = {
    ...DEFAULT_SEED,
    tenants: DEFAULT_SEED.tenants.map((tenant) => ({
      ...tenant,
      agents: tenant.agents.map((agent) => ({ ...agent, password: `pw-${agent.num}-secret` })),
      extensions: tenant.extensions.map((ext) => ({ ...ext, password: `sip-${ext.number}-secret` })),
    })),
  };

  /** With `phone`, the agent has a (stand-in) browser phone whose SIP messages the report carries too. */
  async function recordSession(phone?: ReturnType<typeof fakePhoneModule>): Promise<{ report: (masked: boolean) => BugReport }> {
    sim = await startSimulator({ port: 0, seed, timings: { heartbeat: 250 } });
    const live = createWinCallClient({
      vccCode: 'demo',
      serverUrl: sim.url,
      loginDelay: 0,
      pageLifecycle: false,
      ...(phone ? { phone: { attach: createPhoneHandle, load: phone.load, wsUrl: 'ws://127.0.0.1:9/ws' } } : {}),
    });
    client = live;
    const recorder = createRecorder(live);
    recorder.start();
    await live.login({ agentNum: '1001', password: 'pw-1001-secret', extension: '8001' });
    if (phone) await vi.waitFor(() => expect(phone.device.state.registration).toBe('registered'), { timeout: 10_000 });
    await live.busy(101);
    await live.unbusy();
    const placed = sim.model.placeCall({ caller: '13912345678', queueId: 6250 });
    expect(placed.ok).toBe(true);
    await until(live, (s) => s.call?.phase === 'ringing');
    phone?.device.fire('sip', { direction: 'in', at: Date.now(), summary: 'INVITE sip:8001@127.0.0.1 SIP/2.0', text: 'INVITE sip:8001@127.0.0.1 SIP/2.0\r\nFrom: <sip:13912345678@cc>;tag=1\r\n\r\n' });
    phone?.device.fire('sip', { direction: 'out', at: Date.now(), summary: 'SIP/2.0 180 Ringing', text: 'SIP/2.0 180 Ringing\r\nCSeq: 1 INVITE\r\n\r\n' });
    sim.model.phoneAnswer('8001');
    await until(live, (s) => s.call?.phase === 'connected');
    await live.hold();
    await live.restore();
    await live.dtmf('4321');
    await live.hangup();
    await until(live, (s) => s.call === null && s.pending === null);
    await live.logout();
    await until(live, (s) => s.agent.status === 'signedOut' && s.pending === null);
    // Through JSON, as a file would carry it.
    return { report: (masked) => JSON.parse(JSON.stringify(buildReport(recorder, resolveRedaction({ numbers: masked, dtmf: masked })))) as BugReport };
  }

  it('reproduces the same state sequence, masked or not, and never carries the password', async () => {
    const session = await recordSession();
    for (const masked of [false, true]) {
      const report = session.report(masked);
      const text = JSON.stringify(report);
      expect(text).not.toContain('pw-1001-secret');
      expect(text).not.toContain('sip-8001-secret'); // the phone password in INIT's answer
      expect(text.includes('13912345678')).toBe(!masked);
      expect(text.includes('"Dtmf":"4321"')).toBe(!masked);

      const result = await replayReport(parseReplayReport(report));
      expect(result.mismatches).toEqual([]);
      expect(result.replayed).toEqual(result.recorded);
      // The sequence is the session's, not a trivial one.
      const seen = result.recorded.map((s) => `${s.agent}/${s.call ?? '-'}`);
      for (const step of ['idle/-', 'busy/-', 'occupied/ringing', 'occupied/connected', 'occupied/held', 'signedOut/-']) {
        expect(seen).toContain(step);
      }
      expect(result.recorded.some((s) => s.busyReasonId === 101)).toBe(true);
    }
  });

  it('replays a session of the browser phone the same: its SIP lines ride along, apart from the entries', async () => {
    const phone = fakePhoneModule();
    const report = (await recordSession(phone)).report(true);
    expect(report.sip.map((line) => [line.direction, line.summary])).toEqual([
      ['in', 'INVITE sip:••••@127.0.0.1 SIP/2.0'],
      ['out', 'SIP/2.0 180 Ringing'],
    ]);
    const text = JSON.stringify(report);
    expect(text).not.toContain('sip-8001-secret');
    expect(text).not.toContain('13912345678');
    // The stand-in device registered with the phone password the server handed over: never in the report.
    expect(phone.device.registrations).toEqual([{ user: '8001', password: 'sip-8001-secret' }]);
    const result = await replayReport(parseReplayReport(report));
    expect(result.mismatches).toEqual([]);
    expect(result.replayed).toEqual(result.recorded);
  });

  it('rejects a file that is not a report with a typed error', () => {
    expect(() => parseReplayReport({ hello: 1 })).toThrow(ReplayReportError);
    expect(() => parseReplayReport({ format: 'wincall-bug-report', version: 2, entries: [] })).toThrow(/version 2/);
    expect(() => parseReplayReport({ format: 'wincall-bug-report', version: 1, entries: [{ dir: 'out', at: 1, command: {} }] })).toThrow(
      /entry 0: an "out" frame needs a command with a numeric Action/,
    );
  });
});
