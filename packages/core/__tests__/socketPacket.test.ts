import fc from 'fast-check';
import { Decoder, Encoder, PacketType, type Packet } from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import { decodeSocketPacket, encodeSocketPacket, SocketPacketError, type SocketPacket } from '../src/transport/socketPacket';
import { fuzzParameters } from './fuzz/settings';

// The in-house socket.io packet codec against socket.io-parser 4 (what socket.io-client and the
// socket.io 4 server use), a devDependency kept for this comparison only.

const encoder = new Encoder();
const encoded = (packet: Packet) => {
  const parts = encoder.encode(packet);
  expect(parts).toHaveLength(1); // text only: no binary attachments
  return parts[0] as string;
};

/** What socket.io-parser makes of a text, or the error it throws. */
function parsed(text: string): Packet | Error {
  const decoder = new Decoder();
  let packet: Packet | undefined;
  decoder.on('decoded', (p: Packet) => (packet = p));
  try {
    decoder.add(text);
  } catch (error) {
    return error as Error;
  }
  return packet ?? new Error('incomplete');
}

/** What our codec makes of a text: its packet, or what it threw. */
function decodedByUs(text: unknown): { packet: SocketPacket } | { thrown: unknown } {
  try {
    return { packet: decodeSocketPacket(text) };
  } catch (thrown) {
    return { thrown };
  }
}

/** socket.io-parser's packet in our codec's shape. */
function asOurs(packet: Packet): SocketPacket {
  const { nsp } = packet;
  switch (packet.type) {
    case PacketType.CONNECT:
      return { type: 'connect', nsp };
    case PacketType.DISCONNECT:
      return { type: 'disconnect', nsp };
    case PacketType.EVENT: {
      const [name, ...args] = packet.data as unknown[];
      return { type: 'event', nsp, name: String(name), args };
    }
    case PacketType.CONNECT_ERROR:
      return typeof packet.data === 'string'
        ? { type: 'connectError', nsp, message: packet.data }
        : { type: 'connectError', nsp, message: String(packet.data.message ?? 'connect_error'), data: packet.data.data };
    default:
      throw new Error(`not a packet of ours: ${packet.type}`);
  }
}

/**
 * Packets socket.io-parser reads but this client refuses: acknowledgements and binary packets,
 * and a CONNECT, CONNECT_ERROR or EVENT without its payload (socket.io-parser checks a payload
 * only when there is one; socket.io-client then reports a connection error, or emits nothing).
 */
function refusedByUs(packet: Packet): boolean {
  if ([PacketType.ACK, PacketType.BINARY_EVENT, PacketType.BINARY_ACK].includes(packet.type)) return true;
  return packet.type !== PacketType.DISCONNECT && packet.data === undefined;
}

const json = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
const nsp = fc.constantFrom('/', '/', '/agents', '/a-b');
const eventName = fc.oneof(fc.constantFrom('AgentCmd', 'toAgent', 'response'), fc.string({ minLength: 1, maxLength: 12 })).filter(
  (name) => !['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener'].includes(name),
);

describe('socket.io packets as the client writes them', () => {
  it.each([
    ['CONNECT on the main namespace', { type: 'connect', nsp: '/' }, { type: PacketType.CONNECT, nsp: '/' }, '0'],
    ['DISCONNECT', { type: 'disconnect', nsp: '/' }, { type: PacketType.DISCONNECT, nsp: '/' }, '1'],
    [
      'an AgentCmd EVENT',
      { type: 'event', nsp: '/', name: 'AgentCmd', args: [{ Action: 100, VccCode: 'demo', AgNum: '1001' }] },
      { type: PacketType.EVENT, nsp: '/', data: ['AgentCmd', { Action: 100, VccCode: 'demo', AgNum: '1001' }] },
      '2["AgentCmd",{"Action":100,"VccCode":"demo","AgNum":"1001"}]',
    ],
    ['CONNECT on another namespace', { type: 'connect', nsp: '/agents' }, { type: PacketType.CONNECT, nsp: '/agents' }, '0/agents,'],
  ] as [string, Parameters<typeof encodeSocketPacket>[0], Packet, string][])('%s: the same text as socket.io-parser', (_, ours, theirs, text) => {
    expect(encodeSocketPacket(ours)).toBe(text);
    expect(encoded(theirs)).toBe(text);
  });

  it('writes every EVENT exactly as socket.io-parser does, and reads it back', () => {
    fc.assert(
      fc.property(nsp, eventName, fc.array(json, { maxLength: 3 }), (space, name, args) => {
        const text = encodeSocketPacket({ type: 'event', nsp: space, name, args });
        expect(text).toBe(encoded({ type: PacketType.EVENT, nsp: space, data: [name, ...args] }));
        expect(decodeSocketPacket(text)).toEqual({ type: 'event', nsp: space, name, args });
      }),
      fuzzParameters(),
    );
  });
});

describe('socket.io packets as the server writes them', () => {
  it.each([
    ['CONNECT with the session id', { type: PacketType.CONNECT, nsp: '/', data: { sid: 'abc' } }],
    ['a toAgent EVENT', { type: PacketType.EVENT, nsp: '/', data: ['toAgent', '{"MT":2}\r\n{"MT":4,"AgSta":2}'] }],
    ['an EVENT that asks for an acknowledgement', { type: PacketType.EVENT, nsp: '/', id: 7, data: ['toAgent', '{"MT":2}'] }],
    ['an EVENT on another namespace', { type: PacketType.EVENT, nsp: '/agents', data: ['response', 1, null] }],
    ['CONNECT_ERROR from a middleware', { type: PacketType.CONNECT_ERROR, nsp: '/', data: { message: 'not allowed', data: { code: 4 } } }],
    ['CONNECT_ERROR as text (socket.io 3)', { type: PacketType.CONNECT_ERROR, nsp: '/', data: 'Invalid namespace' }],
    ['DISCONNECT', { type: PacketType.DISCONNECT, nsp: '/' }],
  ] as [string, Packet][])('%s: read as socket.io-parser reads it', (_, packet) => {
    const text = encoded(packet);
    const theirs = parsed(text);
    expect(theirs).not.toBeInstanceOf(Error);
    expect(decodeSocketPacket(text)).toEqual(asOurs(theirs as Packet));
  });

  it.each([
    ['binary data', new Uint8Array([1, 2, 3]), 'binary'],
    ['a BINARY_EVENT', '51-["toAgent",{"_placeholder":true,"num":0}]', 'binary'],
    ['a BINARY_ACK', '61-3[{"_placeholder":true,"num":0}]', 'binary'],
    ['an ACK', '3[]', 'ack'],
    ['an ACK with an id', '312["ok"]', 'ack'],
    ['an unknown type', '9["toAgent"]', 'malformed'],
    ['an empty packet', '', 'malformed'],
    ['JSON that does not parse', '2["toAgent",', 'malformed'],
    ['an EVENT without a name', '2[]', 'malformed'],
    ['an EVENT that is not an array', '2{"toAgent":1}', 'malformed'],
    ['an EVENT named like a reserved one', '2["disconnect","io server disconnect"]', 'malformed'],
    ['a CONNECT without its object', '0', 'malformed'],
    ['a DISCONNECT with data', '1"bye"', 'malformed'],
    ['a CONNECT_ERROR with a number', '44', 'malformed'],
  ])('%s is a SocketPacketError (%s), never another exception', (_, input, kind) => {
    const ours = decodedByUs(input);
    const caught = 'thrown' in ours ? ours.thrown : undefined;
    expect(caught).toBeInstanceOf(SocketPacketError);
    expect(caught).toMatchObject({ name: 'SocketPacketError', kind });
    if (typeof input === 'string') {
      // Named by its type and length, never by its payload (which may carry a password).
      const described = input === '' ? 'no type, 0 characters' : `type ${input[0]}, ${input.length} characters`;
      expect((caught as SocketPacketError).packet).toBe(described);
      expect((caught as Error).message).toBe(`socket.io packet not understood (${kind}): ${described}`);
      // socket.io-parser refuses it too, or takes it as a packet this client never accepts.
      const theirs = parsed(input);
      expect(theirs instanceof Error || refusedByUs(theirs)).toBe(true);
    }
  });

  it('describes a bad packet without its payload (a broken sign-in answer would carry the phone password)', () => {
    const broken = `2["message",{"MT":1,"Action":100,"Ret":0,"Retmsg":[[1],["4008001000"],"phone-secret-8001"]`;
    const ours = decodedByUs(broken);
    const caught = 'thrown' in ours ? ours.thrown : undefined;
    expect(caught).toBeInstanceOf(SocketPacketError);
    expect((caught as SocketPacketError).packet).toBe(`type 2, ${broken.length} characters`);
    expect(String(caught)).not.toContain('phone-secret-8001');
    expect(JSON.stringify(caught)).not.toContain('phone-secret-8001');
  });

  it('on any text: agrees with socket.io-parser, or throws a SocketPacketError', () => {
    const packetText = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.tuple(fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7'), fc.constantFrom('', '/', '/agents', '/agents,'), fc.constantFrom('', '12', 'x'), fc.oneof(json.map((v) => JSON.stringify(v)), fc.string({ maxLength: 10 })))
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(packetText, (text) => {
        const ours = decodedByUs(text);
        const theirs = parsed(text);
        if ('thrown' in ours) {
          expect(ours.thrown).toBeInstanceOf(SocketPacketError);
          expect(theirs instanceof Error || refusedByUs(theirs)).toBe(true);
          return;
        }
        expect(theirs).not.toBeInstanceOf(Error);
        expect(ours.packet).toEqual(asOurs(theirs as Packet));
      }),
      fuzzParameters(),
    );
  });
});
