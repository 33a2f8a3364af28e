import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSimulator } from '@wincall/simulator';
import { Server, type Socket } from 'socket.io';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeFrame } from '../../src/protocol';
import { connectSocket } from '../../src/transport/engineSocket';
import { SocketPacketError } from '../../src/transport/socketPacket';
import type { SocketLike } from '../../src/transport/socketTransport';

// The core's own socket.io connection (engine.io-client + the in-house packet codec, no
// socket.io-client) against the real simulator, and against a bare socket.io 4 server that
// misbehaves: both on 127.0.0.1.

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function open(url: string, options: Record<string, unknown> = {}): SocketLike {
  const socket = connectSocket(url, { forceNew: true, reconnection: true, reconnectionDelay: 50, reconnectionDelayMax: 100, randomizationFactor: 0, ...options });
  cleanups.push(() => socket.close());
  return socket;
}

/** The next `event` on `target` (bounded: a test never waits forever). */
function next(target: { on(event: string, handler: (...args: never[]) => void): unknown }, event: string, timeoutMs = 5_000): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    target.on(event, ((...args: unknown[]) => {
      clearTimeout(timer);
      resolve(args);
    }) as never);
  });
}

describe('the socket.io connection of the core', () => {
  it('connects, sends AgentCmd, receives toAgent frames, and closes cleanly', async () => {
    const sim = await startSimulator({ port: 0, timings: 'instant' });
    cleanups.push(() => sim.close());
    const socket = open(sim.url);
    await next(socket, 'connect');
    expect(socket.connected).toBe(true);

    const frame = next(socket, 'toAgent');
    socket.emit('AgentCmd', { Action: 100, VccCode: 'demo', AgNum: '1001', AgPass: '1234', AgPhoneNum: '8001' });
    const { messages } = decodeFrame((await frame)[0]);
    expect(messages).toContainEqual(expect.objectContaining({ MT: 1, Retact: 100, Ret: 0 }));

    const disconnect = next(socket, 'disconnect');
    socket.close();
    expect(await disconnect).toEqual(['io client disconnect']);
    expect(socket.connected).toBe(false);
    // Closed on purpose: it stays closed (nothing reconnects behind the caller's back).
    socket.emit('AgentCmd', { Action: 7 });
    expect(socket.connected).toBe(false);
  });

  it('reconnects by itself when the connection drops (closing the engine, as the watchdog does)', async () => {
    const sim = await startSimulator({ port: 0, timings: 'instant' });
    cleanups.push(() => sim.close());
    const socket = open(sim.url);
    await next(socket, 'connect');
    const disconnect = next(socket, 'disconnect');
    const reconnected = next(socket, 'connect');
    socket.io!.engine!.close();
    expect((await disconnect)[0]).toBe('forced close');
    await reconnected;
    expect(socket.connected).toBe(true);
  });

  it('retries with backoff while the server is gone, then gives up after the attempts it was given', async () => {
    const sim = await startSimulator({ port: 0, timings: 'instant' });
    const socket = open(sim.url, { reconnectionAttempts: 2 });
    await next(socket, 'connect');
    const errors: unknown[] = [];
    socket.on('connect_error', (error: never) => void errors.push(error));
    const disconnect = next(socket, 'disconnect');
    const gaveUp = next(socket.io!, 'reconnect_failed', 10_000);
    await sim.close();
    // Which transport noticed first (a long-poll or the WebSocket) decides the words.
    expect(['transport close', 'transport error']).toContain((await disconnect)[0]);
    await gaveUp;
    expect(errors).toHaveLength(2);
    expect(socket.connected).toBe(false);
  });

  it('takes the server back when it returns on the same port', async () => {
    const first = await startSimulator({ port: 0, timings: 'instant' });
    const socket = open(first.url);
    await next(socket, 'connect');
    const disconnect = next(socket, 'disconnect');
    await first.close();
    await disconnect;
    const second = await startSimulator({ port: first.port, timings: 'instant' });
    cleanups.push(() => second.close());
    await next(socket, 'connect');
    expect(socket.connected).toBe(true);
  });
});

/** A socket.io 4 server on 127.0.0.1 that runs `onConnection` for each connection, in order. */
async function startServer(onConnection: (socket: Socket, index: number) => void): Promise<string> {
  const http = createServer();
  const io = new Server(http);
  let count = 0;
  io.on('connection', (socket) => onConnection(socket, count++));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => void io.close(() => resolve())));
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

describe('packets the connection does not take', () => {
  it.each([
    ['a binary event', (socket: Socket) => void socket.emit('toAgent', Buffer.from('{"MT":2}')), 'binary'],
    ['an acknowledgement', (socket: Socket) => void socket.conn.send('30["ok"]'), 'ack'],
    ['a packet that does not parse', (socket: Socket) => void socket.conn.send('2["toAgent",'), 'malformed'],
    ['an event named like a reserved one', (socket: Socket) => void socket.conn.send('2["connect"]'), 'malformed'],
  ])('%s drops the connection with a typed error, and the next connection works', async (_, misbehave, kind) => {
    const url = await startServer((socket, index) => {
      if (index === 0) misbehave(socket);
      else socket.emit('toAgent', '{"MT":2}');
    });
    const socket = open(url);
    const disconnect = next(socket, 'disconnect');
    const frame = next(socket, 'toAgent');
    const [reason, detail] = await disconnect;
    expect(reason).toBe('parse error');
    expect(detail).toBeInstanceOf(SocketPacketError);
    expect(detail).toMatchObject({ kind });
    // Reconnected by itself: the second connection's frame arrives.
    expect(await frame).toEqual(['{"MT":2}']);
    expect(socket.connected).toBe(true);
  });
});

describe("a listener's exception", () => {
  it('is thrown apart, on a timer of its own, and the connection keeps reading the frames after it', async () => {
    const boom = new Error('a listener of the host page failed');
    const thrownApart: unknown[] = [];
    // Run every timer as usual, but keep the listener's exception from failing the test run: it
    // is what the page would see as an uncaught error, and what this test expects.
    const realSetTimeout = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) =>
      realSetTimeout(() => {
        try {
          callback();
        } catch (error) {
          if (error !== boom) throw error;
          thrownApart.push(error);
        }
      }, ms)) as typeof setTimeout);
    cleanups.push(() => vi.restoreAllMocks());

    const url = await startServer((socket) => {
      socket.on('AgentCmd', () => {
        // Two frames in one flush: the second is read after the first one's listener threw.
        socket.emit('toAgent', '{"MT":2,"n":1}');
        socket.emit('toAgent', '{"MT":2,"n":2}');
      });
    });
    const socket = open(url, { reconnection: false });
    await next(socket, 'connect');
    const frames: unknown[] = [];
    socket.on('toAgent', (frame: never) => {
      frames.push(frame);
      if (frames.length === 1) throw boom;
    });
    socket.on('disconnect', () => frames.push('disconnect'));
    socket.emit('AgentCmd', { Action: 7 });
    await vi.waitFor(() => expect(frames).toEqual(['{"MT":2,"n":1}', '{"MT":2,"n":2}']), { timeout: 5_000 });
    await vi.waitFor(() => expect(thrownApart).toEqual([boom]), { timeout: 5_000 });
    expect(socket.connected).toBe(true);
    // Still reading: a later frame arrives on the same connection.
    socket.emit('AgentCmd', { Action: 7 });
    await vi.waitFor(() => expect(frames).toHaveLength(4), { timeout: 5_000 });
    expect(frames).not.toContain('disconnect');
  });
});
