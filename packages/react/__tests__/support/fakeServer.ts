import type { Transport, TransportListener, TransportStatus } from '@wincall/core';
import type { WireCommand } from '@wincall/core/protocol';

/** A result (MT 1) of the command with this Action number. */
export const result = (retact: number, ret = 0, retmsg = '') => ({ MT: 1, Retact: retact, Ret: ret, Retmsg: retmsg });
export const INIT_OK = result(100, 0, JSON.stringify([[6250, 6251], ['58452440', '58452441'], 'phone-secret']));

/** Phone state (MT 3) messages, by what happens to the call. */
export const phone = (PhoSta: number, fields: Record<string, unknown> = {}) => ({ MT: 3, PhoSta, ...fields });
export const agentState = (AgSta: number, AgStaParam?: number) =>
  AgStaParam === undefined ? { MT: 4, AgSta } : { MT: 4, AgSta, AgStaParam };

export interface RingOptions {
  caller?: string;
  called?: string;
  queueId?: number;
  callId?: string;
  /** RingType: 0 direct (inner with otherAgentId), 1 queue, 2 outbound, 3 chanspy, 4 consult, 5 auto-dial. */
  ringType?: number;
  otherAgentId?: number;
  alwaysOn?: boolean;
}

/** A call ringing on the agent's phone, and the agent becoming occupied. */
export function ring(options: RingOptions = {}) {
  return [
    phone(options.alwaysOn ? 7 : 5, {
      RingType: options.ringType ?? 1,
      OAgId: options.otherAgentId ?? 0,
      Caller: options.caller ?? '13800138000',
      ...(options.called ? { Called: options.called } : {}),
      ...(options.queueId ? { QueId: options.queueId } : {}),
      CallId: options.callId ?? 'call-1',
    }),
    agentState(4),
  ];
}

type Message = object | string;

/** What a cooperative server answers to each command (a real server is the simulator's job). */
const DEFAULT_REPLIES: Record<number, (command: WireCommand) => Message[]> = {
  100: () => [INIT_OK],
  23: () => [result(23), phone(0), agentState(3)],
  21: () => [result(21), phone(4)],
  22: (c) => [result(22), phone(5, { RingType: 2, OAgId: 0, Called: 'Called' in c ? c.Called : '' })],
  24: () => [result(24), phone(21)],
  25: () => [result(25), phone(21)],
  26: () => [result(26), phone(23)],
  27: () => [result(27), phone(25)],
  28: () => [result(28), phone(26)],
  29: () => [result(29), phone(33), phone(0), agentState(3)],
  30: () => [result(30), phone(5, { RingType: 3, OAgId: 0 })],
  51: () => [result(51), phone(8)],
};

/**
 * A scripted in-page server behind a `Transport`: it records what the client sends and answers
 * like a cooperative server (every command succeeds) unless a test holds or overrides an action.
 */
export function createFakeServer() {
  const listeners = new Set<TransportListener>();
  const sent: WireCommand[] = [];
  const held = new Set<number>();
  const overrides = new Map<number, (command: WireCommand) => Message[]>();
  let status: TransportStatus | 'idle' = 'idle';

  const setStatus = (next: TransportStatus) => {
    status = next;
    for (const l of [...listeners]) l.status(next);
  };
  const push = (...messages: Message[]) => {
    const payload = messages.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join('\r\n');
    for (const l of [...listeners]) l.frame(payload);
  };

  const transport: Transport = {
    get status() {
      return status;
    },
    open() {
      if (status === 'connected' || status === 'connecting') return;
      setStatus('connecting');
      queueMicrotask(() => {
        if (status === 'connecting') setStatus('connected');
      });
    },
    close() {
      if (status !== 'disconnected') setStatus('disconnected');
    },
    reconnect() {
      if (status === 'disconnected' || status === 'idle') return;
      setStatus('reconnecting');
      queueMicrotask(() => {
        if (status === 'reconnecting') setStatus('connected');
      });
    },
    send(command) {
      if (status !== 'connected') return false;
      sent.push(command);
      if (!held.has(command.Action)) {
        const reply = overrides.get(command.Action) ?? DEFAULT_REPLIES[command.Action] ?? (() => [result(command.Action)]);
        const messages = reply(command);
        // Answers arrive after send() returns, as they would over a socket.
        queueMicrotask(() => {
          if (status === 'connected' && messages.length > 0) push(...messages);
        });
      }
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  return {
    transport,
    sent,
    push,
    setStatus,
    /** Commands with this Action are recorded but not answered until `push`ed by the test. */
    hold(action: number) {
      held.add(action);
    },
    release(action: number) {
      held.delete(action);
    },
    /** Answers this Action with these messages from now on. */
    reply(action: number, messages: (command: WireCommand) => Message[]) {
      overrides.set(action, messages);
    },
    actions(action: number) {
      return sent.filter((c) => c.Action === action);
    },
  };
}

export type FakeServer = ReturnType<typeof createFakeServer>;

/** The config API of the simulator's seed tenant, for a stubbed `fetch`. */
export const CONFIG_DATA: Record<string, unknown[]> = {
  '/v2/wintelapi/api/busyreason/list': [
    { id: 100, vcc_id: 1, ag_stat: 1, stat_reason: '开会' },
    { id: 101, vcc_id: 1, ag_stat: 1, stat_reason: '午餐' },
    { id: 102, vcc_id: 1, ag_stat: 1, stat_reason: '培训' },
  ],
  '/v2/wintelapi/api/jsonp/queue/list': [
    { id: 6250, que_name: '售前咨询' },
    { id: 6251, que_name: '售后服务' },
  ],
  '/v2/wintelapi/api/agent/free': [
    { ag_id: 2, ag_num: '1002', ag_name: '李四', pho_num: '8002' },
    { ag_id: 3, ag_num: '1003', ag_name: '王五', pho_num: '8003' },
  ],
  '/v2/wintelapi/api/agent/ontheline': [{ ag_id: 4, pho_num: '8004', ag_time: '0:01:05' }],
};

/** A `fetch` answering the config API from `data`; counts the requests per path. */
export function createConfigFetch(data: Record<string, unknown[] | Error> = CONFIG_DATA) {
  const calls: string[] = [];
  const fetch = async (input: string | URL | Request): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    calls.push(url.pathname);
    const body = data[url.pathname];
    if (body instanceof Error) throw body;
    if (!body) return new Response('not found', { status: 404 });
    return new Response(JSON.stringify({ code: 200, message: 'ok', data: body }), { status: 200 });
  };
  return { fetch, calls };
}
