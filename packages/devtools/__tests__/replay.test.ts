import { createWinCallClient, type WinCallClient } from '@wincall/core';
import { buildReport, createRecorder, resolveRedaction, type BugReport } from '@wincall/devtools/headless';
import { DEFAULT_SEED, parseReplayReport, replayReport, ReplayReportError, startSimulator, type RunningSimulator, type Seed } from '@wincall/simulator';
import { afterEach, describe, expect, it } from 'vitest';
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

  async function recordSession(): Promise<{ report: (masked: boolean) => BugReport }> {
    sim = await startSimulator({ port: 0, seed, timings: { heartbeat: 250 } });
    const live = createWinCallClient({ vccCode: 'demo', serverUrl: sim.url, loginDelay: 0, pageLifecycle: false });
    client = live;
    const recorder = createRecorder(live);
    recorder.start();
    await live.login({ agentNum: '1001', password: 'pw-1001-secret', extension: '8001' });
    await live.busy(101);
    await live.unbusy();
    const placed = sim.model.placeCall({ caller: '13912345678', queueId: 6250 });
    expect(placed.ok).toBe(true);
    await until(live, (s) => s.call?.phase === 'ringing');
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

  it('rejects a file that is not a report with a typed error', () => {
    expect(() => parseReplayReport({ hello: 1 })).toThrow(ReplayReportError);
    expect(() => parseReplayReport({ format: 'wincall-bug-report', version: 2, entries: [] })).toThrow(/version 2/);
    expect(() => parseReplayReport({ format: 'wincall-bug-report', version: 1, entries: [{ dir: 'out', at: 1, command: {} }] })).toThrow(
      /entry 0: an "out" frame needs a command with a numeric Action/,
    );
  });
});
