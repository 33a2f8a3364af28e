import { createMemoryTransport, createWinCallClient, type WinCallClient } from '@wincall/core';
import {
  buildReport,
  createRecorder,
  maskNumber,
  redactPayload,
  resolveRedaction,
  type BugReport,
  type ReportEntry,
} from '@wincall/devtools/headless';
import { parseReplayReport, recordedCommands } from '@wincall/simulator';
import { createModel, type SimulatorModel } from '@wincall/simulator/model';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from './support';

describe('redaction', () => {
  const masked = resolveRedaction();
  const open = resolveRedaction({ numbers: false, dtmf: false });

  it('masks numbers by default, keeping their shape', () => {
    expect(masked).toEqual({ numbers: true, dtmf: true });
    expect(maskNumber('13912345678')).toBe('139••••••78');
    expect(maskNumber('+86 139-1234-5678')).toBe('+86 1••-••••-••78');
    expect(maskNumber('8001')).toBe('••••');
  });

  it('never shows the phone password of a sign-in answer, whatever the options', () => {
    const frame = '{"MT":1,"Retact":100,"Ret":0,"Retmsg":"[[6250],[\\"58452440\\"],\\"8001pw\\"]"}';
    for (const redaction of [masked, open]) {
      const out = redactPayload(frame, redaction);
      expect(out).not.toContain('8001pw');
      expect(JSON.parse(JSON.parse(out).Retmsg)).toEqual([[6250], ['58452440'], '***']);
    }
  });

  it('masks call parameters, DTMF and IVR digits when asked', () => {
    const frame = '{"MT":3,"PhoSta":5,"Caller":"13912345678","CallId":"c1","Custom":"card 4111111111111111"}\r\n{"MT":7,"IvrResult":"4111"}';
    const out = redactPayload(frame, masked);
    expect(out).toContain('"Caller":"139••••••78"');
    expect(out).toContain('"CallId":"c1"');
    expect(out).not.toContain('4111');
    expect(redactPayload(frame, open)).toBe(frame);
  });
});

describe('the report format', () => {
  let model: SimulatorModel;
  let client: WinCallClient;
  afterEach(() => {
    client.destroy();
    model.dispose();
  });

  async function session(): Promise<BugReport> {
    model = createModel({ timings: 'instant' });
    client = createWinCallClient({ vccCode: 'demo', transport: createMemoryTransport(model), loginDelay: 0, pageLifecycle: false, timeouts: { command: 4_000 } });
    const recorder = createRecorder(client);
    recorder.start();
    await client.login({ agentNum: '1001', password: '1234', extension: '8001' });
    await client.busy(102);
    model.placeCall({ caller: '13900001111', queueId: 6250 });
    await client.unbusy().catch(() => undefined);
    await until(client, (s) => s.call?.phase === 'ringing');
    return JSON.parse(JSON.stringify(buildReport(recorder, resolveRedaction(), new Date('2026-11-30T01:02:03Z')))) as BugReport;
  }

  it('is one JSON document with versions, settings without functions, and the entries in order', async () => {
    const report = await session();
    expect(report).toMatchObject({
      format: 'wincall-bug-report',
      version: 1,
      createdAt: '2026-11-30T01:02:03.000Z',
      versions: { devtools: expect.any(String), core: expect.any(String) },
      options: { vccCode: 'demo', loginDelay: 0, timeouts: { command: 4_000 }, transport: 'custom' },
      redaction: { numbers: true, dtmf: true },
      tab: { role: 'solo', seesFrames: true },
      dropped: 0,
    });
    const seqs = report.entries.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const dirs = new Set(report.entries.map((e) => e.dir));
    expect(dirs).toEqual(new Set(['in', 'out', 'transition']));
    // The password only as the core redacted it.
    const init = report.entries.find((e): e is Extract<ReportEntry, { dir: 'out' }> => e.dir === 'out' && e.command.Action === 100);
    expect(init?.command).toMatchObject({ AgNum: '1001', AgPass: '***', AgPhoneNum: '8001' });
    expect(JSON.stringify(report)).not.toMatch(/"1234"|8001pw|13900001111/);
  });

  it('records each transition with its input, the state after it and a diff', async () => {
    const report = await session();
    const busy = report.entries.find(
      (e): e is Extract<ReportEntry, { dir: 'transition' }> =>
        e.dir === 'transition' && e.diff.some((d) => d.path === 'agent.status' && d.after === 'busy'),
    );
    expect(busy?.input).toMatchObject({ type: 'server', event: { type: expect.stringMatching(/^(result|agent)$/) } });
    expect(busy?.state).toMatchObject({ connection: 'connected', agent: 'busy', busyReasonId: 102 });
    expect(busy?.diff).toEqual(expect.arrayContaining([{ path: 'agent.status', before: 'idle', after: 'busy' }]));
    const ringing = report.entries.find((e): e is Extract<ReportEntry, { dir: 'transition' }> => e.dir === 'transition' && e.state.call === 'ringing');
    expect(ringing?.diff).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'call', before: null, after: expect.objectContaining({ phase: 'ringing' }) })]),
    );
    // A masked number in the diff, never the real one.
    expect(JSON.stringify(ringing?.diff)).toContain('139••••••11');
  });

  it('is what the simulator reads: the agent commands it would replay', async () => {
    const report = parseReplayReport(await session());
    expect(recordedCommands(report).map((c) => [c.command, c.args])).toEqual([
      ['login', [{ agentNum: '1001', password: 'replay', extension: '8001', initialStatus: 'idle' }]],
      ['busy', [102]],
      ['unbusy', []],
    ]);
  });
});
