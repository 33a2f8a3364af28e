import type { IoFactory, SocketLike } from '../../src/compat';
import type { WireCommand } from '../../src/protocol/commands';
import type { WinCallResponse } from '../../src/compat';

type Handler = (...args: unknown[]) => void;

/** A socket.io client socket the test drives as the server would. */
export interface FakeSocket extends SocketLike {
  readonly url: string;
  readonly options: Record<string, unknown>;
  /** Every `AgentCmd` payload the client emitted. */
  readonly sent: WireCommand[];
  /** The server accepts the connection. */
  serverConnect(): void;
  /** The server (or the network) drops the connection. */
  serverDrop(reason?: string): void;
  /** The server sends a `toAgent` payload (objects are joined with \r\n like a real server). */
  serverSend(...messages: (object | string)[]): void;
}

/** An `io` factory that records the sockets it opened instead of touching the network. */
export function createFakeIo() {
  const sockets: FakeSocket[] = [];
  const io: IoFactory = (url, options) => {
    const handlers = new Map<string, Set<Handler>>();
    const fire = (event: string, ...args: unknown[]) => {
      for (const handler of [...(handlers.get(event) ?? [])]) handler(...args);
    };
    const socket: FakeSocket = {
      url,
      options,
      sent: [],
      connected: false,
      on(event, handler) {
        if (!handlers.has(event)) handlers.set(event, new Set());
        handlers.get(event)!.add(handler as Handler);
        return socket;
      },
      off(event, handler) {
        if (event === undefined) handlers.clear();
        else if (handler === undefined) handlers.delete(event);
        else handlers.get(event)?.delete(handler as Handler);
        return socket;
      },
      emit(event, ...args) {
        if (event === 'AgentCmd') socket.sent.push(args[0] as WireCommand);
        return socket;
      },
      close() {
        (socket as { connected: boolean }).connected = false;
        return socket;
      },
      serverConnect() {
        (socket as { connected: boolean }).connected = true;
        fire('connect');
      },
      serverDrop(reason = 'transport close') {
        (socket as { connected: boolean }).connected = false;
        fire('disconnect', reason);
      },
      serverSend(...messages) {
        fire('toAgent', messages.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join('\r\n'));
      },
    };
    sockets.push(socket);
    return socket;
  };
  return {
    io,
    sockets,
    /** The socket opened last. */
    get socket(): FakeSocket {
      const socket = sockets.at(-1);
      if (!socket) throw new Error('no socket was opened');
      return socket;
    },
  };
}

/** The eight fields the legacy listener received, for comparing with protocol-events.tsv. */
export function listenerFields(response: WinCallResponse) {
  const { code, msg, type, agStatus, queStatus, enableActions, disableActions, data } = response;
  return { code, msg, type, agStatus, queStatus, enableActions, disableActions, data };
}

export const result = (retact: number, ret = 0, retmsg = '') => ({ MT: 1, Retact: retact, Ret: ret, Retmsg: retmsg });
export const INIT_OK = result(100, 0, JSON.stringify([[6250, 6251], ['58452440', '58452441'], 'phone-secret']));
