import { createPhoneHandle } from '@wincall/core/phone';
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
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakePhoneModule } from '../../core/__tests__/support/fakePhone';
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

describe('the browser phone in recordings and reports', () => {
  let model: SimulatorModel;
  let client: WinCallClient;
  afterEach(() => {
    client.destroy();
    model.dispose();
  });

  const INVITE = 'INVITE sip:8001@10.0.0.8 SIP/2.0\r\nFrom: "13900001111" <sip:13900001111@cc.example.com>;tag=1\r\nCSeq: 1 INVITE\r\n\r\nv=0\r\n';
  // Written raw on purpose: the devtools redact credentials whatever device produced the text.
  const REGISTER = 'REGISTER sip:cc.example.com SIP/2.0\r\nAuthorization: Digest username="8001", response="d1g3st-response"\r\nCSeq: 2 REGISTER\r\n\r\n';
  const SAMPLE = { at: 5, rttMs: 42, jitterMs: 3.5, packetsReceived: 500, packetsLost: 1, packetsSent: 500, sentAudioLevel: 0.12, receivedAudioLevel: 0.3 };

  it('records its SIP messages among the frames and its last stats sample, only while recording; a report keeps the SIP lines apart from the replayed entries, redacted, never a password', async () => {
    model = createModel({ timings: 'instant' });
    const phone = fakePhoneModule();
    client = createWinCallClient({
      vccCode: 'demo',
      transport: createMemoryTransport(model),
      loginDelay: 0,
      pageLifecycle: false,
      phone: {
        attach: createPhoneHandle,
        load: phone.load,
        wsUrl: 'wss://user:ws-secret@sip.example.com/ws',
        domain: 'cc.example.com',
        password: 'explicit-secret',
        iceServers: [{ urls: 'turn:turn.example.com', username: 'u', credential: 'turn-secret' }],
      },
    });
    const recorder = createRecorder(client);
    const stop = recorder.start();
    await client.login({ agentNum: '1001', password: '1234', extension: '8001' });
    await vi.waitFor(() => expect(phone.device.registrations).toEqual([{ user: '8001', password: 'explicit-secret' }]));
    const framesBefore = recorder.entries().length;
    phone.device.fire('sip', { direction: 'out', at: 1, summary: 'REGISTER sip:cc.example.com SIP/2.0', text: REGISTER });
    await client.busy(102);
    phone.device.fire('sip', { direction: 'in', at: 2, summary: 'INVITE sip:8001@10.0.0.8 SIP/2.0', text: INVITE });
    phone.device.fire('stats', SAMPLE);

    expect(recorder.sip().map((s) => s.message.summary)).toEqual(['REGISTER sip:cc.example.com SIP/2.0', 'INVITE sip:8001@10.0.0.8 SIP/2.0']);
    // One sequence with the frames: the BUSY command went out between the two SIP messages.
    const [register, invite] = recorder.sip();
    const busy = recorder.entries().find((e) => e.dir === 'out' && e.command.Action === 4);
    expect(register!.seq).toBeGreaterThan(recorder.entries()[framesBefore - 1]!.seq);
    expect(busy!.seq).toBeGreaterThan(register!.seq);
    expect(invite!.seq).toBeGreaterThan(busy!.seq);
    expect(recorder.stats()).toEqual(SAMPLE);

    const report = JSON.parse(JSON.stringify(buildReport(recorder, resolveRedaction()))) as BugReport;
    expect(report.sip).toEqual([
      { seq: register!.seq, at: 1, direction: 'out', summary: 'REGISTER sip:cc.example.com SIP/2.0' },
      { seq: invite!.seq, at: 2, direction: 'in', summary: 'INVITE sip:••••@10.0.0.8 SIP/2.0' },
    ]);
    expect(report.options.phone).toEqual({ wsUrl: 'wss://***@sip.example.com/ws', domain: 'cc.example.com', autoAnswer: false, iceServers: 1 });
    const text = JSON.stringify(report);
    for (const secret of ['explicit-secret', 'turn-secret', 'ws-secret', '8001pw', 'd1g3st-response', '13900001111', '"1234"']) expect(text).not.toContain(secret);
    // The simulator reads it as before: the SIP lines are not entries.
    expect(recordedCommands(parseReplayReport(report)).map((c) => c.command)).toEqual(['login', 'busy']);

    // Stopped: the phone is not listened to any more.
    stop();
    phone.device.fire('sip', { direction: 'in', at: 3, summary: 'BYE sip:8001@10.0.0.8 SIP/2.0', text: 'BYE sip:8001@10.0.0.8 SIP/2.0\r\n\r\n' });
    expect(recorder.sip()).toHaveLength(2);
    recorder.clear();
    expect([recorder.sip(), recorder.stats()]).toEqual([[], null]);
  });
});
