import { describe, expect, it } from 'vitest';
import { reduce, initialState, type MachineInput, type WinCallState, type Notice } from '../src/machine';
import { decodeFrame } from '../src/protocol/codec';
import { translateMessage } from '../src/protocol/translate';
import { WinCallError } from '../src/errors';
import { noticeText } from '../src/notices';
import { loadCodeTexts } from '../src/protocol/codes';

/**
 * Notices as the agent meets them: each scene plays the server's frames (through the real codec
 * and translator) and the agent's commands into the state machine, and checks what the agent is
 * told, in zh and en, what it offers, and when it goes away.
 */

const T0 = 1_000_000;
let t = T0;

/** The machine fed like a client feeds it: frames from the server, commands sent, their failures. */
class Scene {
  state: WinCallState = initialState(T0);
  private apply(input: MachineInput) {
    this.state = reduce(this.state, input);
  }
  tick(ms: number) {
    t += ms;
    return this;
  }
  frame(...messages: Record<string, unknown>[]) {
    const { messages: decoded } = decodeFrame(messages.map((m) => JSON.stringify(m)).join('\r\n'));
    for (const message of decoded) for (const event of translateMessage(message)) this.apply({ type: 'server', event, at: t });
    return this;
  }
  sent(pending: Parameters<typeof reduceSent>[0]) {
    this.apply(reduceSent(pending));
    return this;
  }
  failed(command: Parameters<typeof failedInput>[0], code: string, reason: WinCallError['reason'] = 'rejected') {
    this.apply(failedInput(command, code, reason));
    return this;
  }
  connection(status: WinCallState['connection']) {
    this.apply({ type: 'connection', status, at: t });
    return this;
  }
  dismiss(id: string) {
    this.apply({ type: 'noticeDismissed', id });
    return this;
  }
  get notices(): readonly Notice[] {
    return this.state.notices;
  }
  get last(): Notice | undefined {
    return this.state.notices.at(-1);
  }
}

function reduceSent(pending: { command: string; [key: string]: unknown }): MachineInput {
  return { type: 'commandSent', pending: { since: t, ...pending } as never };
}
function failedInput(command: string, code: string, reason: WinCallError['reason']): MachineInput {
  return { type: 'commandFailed', command: command as never, error: new WinCallError({ code, action: command as never, reason }), at: t };
}

const CUSTOMER = { Caller: '13800138000', Called: '4008001000', CallId: 'c1', QueId: 6250 };
const ringQueue = { MT: 3, PhoSta: 5, RingType: 1, OAgId: 0, ...CUSTOMER };
const phone = (PhoSta: number, extra: Record<string, unknown> = {}) => ({ MT: 3, PhoSta, ...CUSTOMER, ...extra });
const agent = (AgSta: number, AgStaParam?: number) => ({ MT: 4, AgSta, ...(AgStaParam === undefined ? {} : { AgStaParam }) });
const result = (Retact: number, Ret = 0) => ({ MT: 1, Retact, Ret, Retmsg: '' });

function signedIn(): Scene {
  return new Scene()
    .connection('connected')
    .sent({ command: 'login', initialStatus: 'idle', agentNum: '1001', extension: '8001' })
    .frame(result(100), result(2));
}

const zh = (notice: Notice | undefined) => noticeText(notice!, 'zh-CN');
const en = (notice: Notice | undefined) => noticeText(notice!, 'en');

describe('a missed ring', () => {
  it('says the ring went unanswered, that the server set the agent busy, and offers Go available until the agent acts', () => {
    const s = signedIn().frame(ringQueue, agent(4)).tick(30_000).frame(phone(0), agent(2, 0));
    expect(s.state.agent.status).toBe('busy');
    expect(s.notices).toHaveLength(1);
    expect(s.last).toMatchObject({ kind: 'missedRing', setBusy: true, ringMs: 30_000, action: { type: 'ready' }, call: { callId: 'c1', number: '13800138000', kind: 'queue' } });
    expect(zh(s.last)).toEqual({ title: '未接来电', detail: '13800138000 响铃 0:30 无人接听。系统已将您置为忙碌，不会再分配来电；准备好后请置闲。', action: '置闲' });
    expect(en(s.last)).toEqual({ title: 'Missed call', detail: '13800138000 rang for 0:30 with no answer. You were set to Busy and get no calls until you go available.', action: 'Go available' });
    // A duplicate busy report does not stack a second notice.
    s.frame(agent(2, 0));
    expect(s.notices).toHaveLength(1);
    // The agent goes available: the notice has done its job.
    s.sent({ command: 'unbusy' }).frame(result(5));
    expect(s.state.agent.status).toBe('idle');
    expect(s.notices).toEqual([]);
  });

  it('offers a call back when the caller gave up before the agent answered (the agent stays available)', () => {
    const s = signedIn().frame(ringQueue, agent(4)).tick(4_000).frame(phone(0), agent(3));
    expect(s.last).toMatchObject({ kind: 'missedRing', setBusy: false, ringMs: 4_000, action: { type: 'callBack', number: '13800138000' } });
    // The next call takes its place.
    s.frame({ ...ringQueue, CallId: 'c2' });
    expect(s.notices).toEqual([]);
  });

  it('says nothing when the agent declined the ring or hung up a call', () => {
    const declined = signedIn().frame(ringQueue, agent(4)).sent({ command: 'hangup' }).frame(phone(0), result(23), agent(3));
    expect(declined.notices).toEqual([]);
    const talked = signedIn().frame(ringQueue, agent(4), phone(6)).sent({ command: 'hangup' }).frame(result(23), phone(0), agent(3));
    expect(talked.notices).toEqual([]);
  });

  it('a refused hang-up leaves the call the agent’s to lose: the customer hanging up later is not the agent’s doing', () => {
    const s = signedIn().frame(ringQueue, agent(4), phone(6)).sent({ command: 'hold' }).frame(result(33));
    s.sent({ command: 'hangup' }).failed('hangup', '023999');
    expect(s.state.call?.ending).toBeUndefined();
    s.tick(5_000).frame(phone(0), agent(3));
    expect(s.notices.map((n) => n.kind)).toEqual(['error', 'endedWhileHeld']);
  });
});

describe('a failed outbound call', () => {
  const dial = (s: Scene) => s.sent({ command: 'dialOuter' }).frame(result(22), { MT: 3, PhoSta: 5, RingType: 2, Called: '13900139486', CallId: 'o1' }, agent(4), { MT: 3, PhoSta: 10 }, { MT: 3, PhoSta: 4 });

  it('busy or unreachable: it ended before the far end rang', () => {
    const s = dial(signedIn()).frame({ MT: 3, PhoSta: 0 }, agent(3));
    expect(s.last).toMatchObject({ kind: 'dialFailed', cause: 'busyOrUnreachable', action: { type: 'callBack', number: '13900139486' } });
    expect(zh(s.last).detail).toBe('13900139486：对方忙或号码无法接通');
    expect(en(s.last)).toMatchObject({ title: 'Call not connected', detail: '13900139486 is busy or cannot be reached', action: 'Call back' });
  });

  it('no answer: the far end rang and nobody answered', () => {
    const s = dial(signedIn()).frame({ MT: 3, PhoSta: 55 }).tick(8_000).frame({ MT: 3, PhoSta: 0 }, agent(3));
    expect(s.last).toMatchObject({ kind: 'dialFailed', cause: 'noAnswer' });
    expect(en(s.last).detail).toBe('13900139486 did not answer');
  });

  it('refused by the server: the result code says why, in both languages', async () => {
    await loadCodeTexts();
    const s = signedIn().sent({ command: 'dialOuter' }).failed('dialOuter', '022504');
    expect(s.last).toMatchObject({ kind: 'dialFailed', cause: 'rejected', code: '022504' });
    expect(zh(s.last)).toMatchObject({ title: '呼叫未接通', detail: '外呼号码为黑名单' });
    expect(en(s.last).detail).toBe('number is blacklisted');
  });

  it('not when the agent hung up while it rang', () => {
    const s = dial(signedIn()).frame({ MT: 3, PhoSta: 55 }).sent({ command: 'hangup' }).frame({ MT: 3, PhoSta: 0 }, result(23), agent(3));
    expect(s.notices).toEqual([]);
  });
});

describe('a call lost with the connection', () => {
  it('counts talk time until the drop, says the call is lost once the server says so, and offers a call back', () => {
    const s = signedIn().frame(ringQueue, agent(4)).tick(1_000).frame(phone(6)).tick(2_000).connection('reconnecting');
    const lostAt = t;
    expect(s.last).toMatchObject({ kind: 'reconnecting', action: { type: 'reconnect' } });
    expect(en(s.last)).toMatchObject({ title: 'Connection lost, reconnecting', action: 'Reconnect now' });
    // Ten seconds later the connection is back and the server says the agent is idle: no call.
    s.tick(10_000).connection('connected');
    expect(s.notices).toEqual([]);
    s.frame(result(100, 1), result(2), agent(3));
    expect(s.state.call).toBeNull();
    expect(s.last).toMatchObject({ kind: 'callLost', talkMs: 2_000, lostAt, action: { type: 'callBack', number: '13800138000' } });
    expect(zh(s.last)).toEqual({ title: '连接中断，通话已丢失', detail: '13800138000 · 通话 0:02', action: '回拨' });
  });

  it('a call the resync finds still going is no news', () => {
    const s = signedIn().frame(ringQueue, agent(4), phone(6)).connection('reconnecting').tick(3_000).connection('connected');
    s.frame(result(100, 1), result(2), agent(4), phone(6));
    expect(s.state.call?.interruptedAt).toBeUndefined();
    s.tick(5_000).frame(phone(0), agent(3));
    expect(s.notices).toEqual([]);
  });

  it('signed out when the connection is given up: the call is lost and the agent must sign in again', () => {
    const s = signedIn().frame(ringQueue, agent(4), phone(6)).tick(4_000).connection('reconnecting').tick(60_000).connection('disconnected');
    expect(s.notices.map((n) => [n.kind, n.action?.type])).toEqual([
      ['callLost', 'callBack'],
      ['signInLost', 'signIn'],
    ]);
    expect(en(s.notices[1])).toEqual({ title: 'Disconnected: you are no longer signed in', detail: 'Sign in again to continue.', action: 'Sign in again' });
    // Signing in again clears the sign-in notice.
    s.connection('connected').sent({ command: 'login', initialStatus: 'idle' }).frame(result(100), result(2));
    expect(s.notices.map((n) => n.kind)).toEqual(['callLost']);
  });

  it('no notice when the agent signs out', () => {
    const s = signedIn().sent({ command: 'logout' }).frame(result(1)).connection('disconnected');
    expect(s.notices).toEqual([]);
  });
});

describe('forced status', () => {
  it('a supervisor sets the agent busy, idle, or signs them out', () => {
    const busy = signedIn().frame({ MT: 10, Code: 6 });
    expect(busy.last).toMatchObject({ kind: 'forcedStatus', by: 'supervisor', status: 'busy' });
    expect(zh(busy.last).title).toBe('班长已将您置为忙碌');
    // The client obeys (BUSY): that busy is no second notice.
    busy.sent({ command: 'busy', reasonId: 1 }).frame(result(4), agent(2, 1));
    expect(busy.notices).toHaveLength(1);
    const idle = signedIn().sent({ command: 'busy', reasonId: 1 }).frame(result(4)).frame({ MT: 10, Code: 5 });
    expect(en(idle.last).title).toBe('A supervisor set you to Available');
    const out = signedIn().frame({ MT: 10, Code: 4 });
    expect(out.last).toMatchObject({ kind: 'forcedStatus', status: 'signedOut', action: { type: 'signIn' } });
    expect(zh(out.last)).toEqual({ title: '班长已将您强制签出', detail: '如需继续工作，请重新签入。', action: '重新签入' });
  });

  it('the server sets the agent busy with a reason: named when the page knows the reason', () => {
    const s = signedIn().frame(agent(2, 101));
    expect(s.last).toMatchObject({ kind: 'forcedStatus', by: 'server', status: 'busy', reasonId: 101, action: { type: 'ready' } });
    expect(noticeText(s.last!, 'zh-CN', { busyReason: (id) => (id === 101 ? '午餐' : undefined) }).detail).toBe('原因：午餐。忙碌期间不会分配来电。');
    expect(en(s.last).detail).toBe('You get no calls while Busy.');
  });

  it('after-call work ending is no news', () => {
    const s = signedIn().frame(ringQueue, agent(4), phone(6)).frame(phone(0), agent(5, 15)).tick(15_000).frame(agent(3));
    expect(s.notices).toEqual([]);
  });
});

describe('held, consults and transfers', () => {
  it('the customer hangs up while on hold', () => {
    const s = signedIn().frame(ringQueue, agent(4), phone(6)).sent({ command: 'hold' }).frame(result(33)).tick(42_000).frame(phone(0), agent(3));
    expect(s.last).toMatchObject({ kind: 'endedWhileHeld', heldMs: 42_000 });
    expect(zh(s.last).detail).toBe('13800138000 · 保持了 0:42');
  });

  it('a consult the colleague does not answer: the call is still the agent’s', async () => {
    await loadCodeTexts();
    const s = signedIn().frame(ringQueue, agent(4), phone(6)).sent({ command: 'consultInner', target: { type: 'agent', agentId: 2 } }).frame(result(24), phone(21));
    expect(s.state.call?.consult).toEqual({ target: { type: 'agent', agentId: 2 }, since: t });
    s.tick(20_000).frame(phone(24));
    expect(s.state.call?.phase).toBe('connected');
    expect(s.state.call?.consult).toBeUndefined();
    expect(s.last).toMatchObject({ kind: 'transferFailed', command: 'consultInner', code: '2400' });
    expect(en(s.last)).toMatchObject({ title: 'The consult did not go through', detail: 'consult not reached. The call is still with you.' });
    // It goes when the call moves on.
    s.sent({ command: 'hold' }).frame(result(33));
    expect(s.notices).toEqual([]);
  });

  it('a refused transfer', async () => {
    await loadCodeTexts();
    const s = signedIn().frame(ringQueue, agent(4), phone(6)).sent({ command: 'blindTransfer' }).failed('blindTransfer', '046999');
    expect(s.last).toMatchObject({ kind: 'transferFailed', command: 'blindTransfer' });
    expect(zh(s.last).title).toBe('转接未成功');
    expect(s.state.call?.ending).toBeUndefined();
  });

  it('a transfer that went through ends the call without a notice', () => {
    const s = signedIn().frame(ringQueue, agent(4), phone(6)).sent({ command: 'consultInner' }).frame(result(24), phone(21), phone(22));
    expect(s.state.call?.consult?.connectedAt).toBe(t);
    s.sent({ command: 'transfer' }).frame(result(29), phone(0), agent(5, 15));
    expect(s.notices).toEqual([]);
  });
});

describe('the browser phone', () => {
  it('a ring the browser could not take (microphone refused) and the server then setting the agent busy: one notice, offering Go available', () => {
    const s = signedIn().frame(ringQueue, agent(4));
    s.state = reduce(s.state, { type: 'phone', event: { kind: 'legFailed', code: 'MICROPHONE_DENIED' }, at: t });
    s.frame(phone(0), agent(2, 0));
    expect(s.notices).toHaveLength(1);
    expect(s.last).toMatchObject({ kind: 'phoneFailed', during: 'call', code: 'MICROPHONE_DENIED', setBusy: true, action: { type: 'ready' } });
  });
});

describe('a transfer that reaches this agent', () => {
  it('is no longer the colleague’s consult once handed over (PhoSta 35): the customer is the other party', () => {
    const s = signedIn().frame({ MT: 3, PhoSta: 5, RingType: 4, OAgId: 1, Caller: '8001', CallId: 'c1' }, agent(4), phone(6, { Caller: '8001' }));
    expect(s.state.call?.kind).toBe('consult');
    s.frame({ MT: 3, PhoSta: 35, Caller: '13800138000', CallId: 'c1' });
    expect(s.state.call).toMatchObject({ phase: 'connected', kind: null, params: { Caller: '13800138000' } });
    expect(s.state.call?.params.OAgId).toBeUndefined();
  });
});

describe('errors and housekeeping', () => {
  it('a failed command is a notice until the error is cleared', () => {
    const s = signedIn().sent({ command: 'busy', reasonId: 3 }).failed('busy', 'TIMEOUT', 'timeout');
    expect(s.last).toMatchObject({ kind: 'error', code: 'TIMEOUT', command: 'busy' });
    expect(en(s.last).detail).toBe('the server did not answer in time (the command may still take effect)');
    s.tick(1).sent({ command: 'busy', reasonId: 3 });
    expect(s.notices).toEqual([]);
  });

  it('the agent dismisses a notice; the newest five are kept', () => {
    const s = signedIn();
    for (let i = 0; i < 7; i++) s.tick(1_000).frame({ ...ringQueue, CallId: `c${i}` }, agent(4)).frame(phone(0), agent(3)).frame(agent(2, 0)).frame(agent(3));
    expect(s.notices.length).toBeLessThanOrEqual(5);
    const first = s.notices[0]!;
    s.dismiss(first.id);
    expect(s.notices.find((n) => n.id === first.id)).toBeUndefined();
  });

  it('notices survive a trip through JSON (the multi-tab client mirrors the state)', () => {
    const s = signedIn().frame(ringQueue, agent(4)).frame(phone(0), agent(2, 0));
    expect(JSON.parse(JSON.stringify(s.notices))).toEqual(s.notices);
  });
});
