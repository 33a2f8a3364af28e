/**
 * The socket.io packets (protocol 5, socket.io 3 and 4) a wintel connection uses, as text: what
 * socket.io-parser would write and read for them, and no more. `<type>[<nsp>,][<id>][<JSON>]`,
 * the namespace left out when it is the main one.
 */

/** socket.io packet types: 0 CONNECT, 1 DISCONNECT, 2 EVENT, 3 ACK, 4 CONNECT_ERROR, 5 BINARY_EVENT, 6 BINARY_ACK. */
const CONNECT = 0;
const DISCONNECT = 1;
const EVENT = 2;
const CONNECT_ERROR = 4;

export type SocketPacket =
  | { type: 'connect'; nsp: string }
  | { type: 'disconnect'; nsp: string }
  | { type: 'event'; nsp: string; name: string; args: unknown[] }
  | { type: 'connectError'; nsp: string; message: string; data?: unknown };

/** What was wrong with a packet from the server. */
export type SocketPacketErrorKind =
  /** Binary data, or a packet announcing binary attachments: wintel servers send text only. */
  | 'binary'
  /** An acknowledgement: this client never asks for one. */
  | 'ack'
  /** Not a socket.io packet, or one whose payload does not fit its type. */
  | 'malformed';

/**
 * A packet from the server this client does not take: the connection drops with `parse error`.
 * The error travels to an integrator's logger, so it describes the packet without its payload: a
 * broken sign-in answer would carry the phone password.
 */
export class SocketPacketError extends Error {
  override readonly name = 'SocketPacketError';
  constructor(
    readonly kind: SocketPacketErrorKind,
    /** What the packet was, never what it said: `type 2, 312 characters`, or `binary data`. */
    readonly packet: string,
  ) {
    super(`socket.io packet not understood (${kind}): ${packet}`);
  }
}

/** Event names socket.io keeps for itself: a server must not emit them as events. */
const RESERVED = ['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener'];

/** The text socket.io-parser writes for a CONNECT (no auth), a DISCONNECT or an EVENT packet. */
export function encodeSocketPacket(packet: Exclude<SocketPacket, { type: 'connectError' }>): string {
  const nsp = packet.nsp === '/' ? '' : `${packet.nsp},`;
  if (packet.type === 'event') return `${EVENT}${nsp}${JSON.stringify([packet.name, ...packet.args])}`;
  return `${packet.type === 'connect' ? CONNECT : DISCONNECT}${nsp}`;
}

/** Reads one packet from the server; throws SocketPacketError for anything else. */
export function decodeSocketPacket(input: unknown): SocketPacket {
  if (typeof input !== 'string') throw new SocketPacketError('binary', 'binary data');
  const fail = (kind: SocketPacketErrorKind): never => {
    const type = /^\d/.test(input) ? `type ${input[0]}` : 'no type';
    throw new SocketPacketError(kind, `${type}, ${input.length} characters`);
  };
  const type = input.charCodeAt(0) - 48;
  if (!(type >= 0 && type <= 6)) fail('malformed');
  if (type > CONNECT_ERROR) fail('binary');
  if (type === 3) fail('ack');
  let at = 1;
  let nsp = '/';
  if (input[at] === '/') {
    const comma = input.indexOf(',', at);
    at = comma < 0 ? input.length : comma + 1;
    nsp = input.slice(1, comma < 0 ? at : comma);
  }
  // An EVENT may carry an id (the server asks for an acknowledgement): the event is taken, and no
  // acknowledgement is sent (no wintel server asks for one).
  while (input.charCodeAt(at) >= 48 && input.charCodeAt(at) <= 57) at++;
  let data: unknown;
  if (at < input.length) {
    try {
      data = JSON.parse(input.slice(at));
    } catch {
      fail('malformed');
    }
  }
  const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
  switch (type) {
    case CONNECT:
      if (!isObject) fail('malformed');
      return { type: 'connect', nsp };
    case DISCONNECT:
      if (data !== undefined) fail('malformed');
      return { type: 'disconnect', nsp };
    case CONNECT_ERROR: {
      if (!isObject && typeof data !== 'string') fail('malformed');
      const error = data as { message?: unknown; data?: unknown } | string;
      return typeof error === 'string'
        ? { type: 'connectError', nsp, message: error }
        : { type: 'connectError', nsp, message: String(error.message ?? 'connect_error'), data: error.data };
    }
    default: {
      const [name, ...args] = Array.isArray(data) ? (data as unknown[]) : [];
      if ((typeof name !== 'string' && typeof name !== 'number') || RESERVED.includes(name as string)) fail('malformed');
      return { type: 'event', nsp, name: String(name), args };
    }
  }
}
