import { afterEach, describe, expect, it, vi } from 'vitest';
import { io } from 'socket.io-client';
import { type IoFactory, type LogEntry, type SocketLike, type WinCallClient } from '../../src';
import { restartableWorld, until, must, world } from './support';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('faults against the real simulator', () => {
  it('signs the agent in again within 5 s after the server is killed mid-call and restarted', async () => {
    const world = await restartableWorld();
    cleanups.push(() => world.close());
    const { client } = world;
    must(world.sim.model.placeCall({ caller: '13800138000', queueId: 6250 }));
    await until(client, (s) => s.call?.phase === 'ringing');
    must(world.sim.model.phoneAnswer('8001'));
    await until(client, (s) => s.call?.phase === 'connected');

    await world.restart();
    const restartedAt = Date.now();

    // The restarted server lost everything: the client signs in again and drops the dead call.
    await until(client, (s) => s.connection === 'connected' && s.agent.status === 'idle' && s.call === null, 5_000);
    expect(Date.now() - restartedAt).toBeLessThan(5_000);
    expect(world.sim.model.snapshot().agents.find((a) => a.agentNum === '1001')).toMatchObject({ signedIn: true, connected: true });
  });

  it('stays correct when frames arrive late and twice', async () => {
    const env = await world();
    cleanups.push(() => env.close());
    const client = env.client({ io: chaosIo });
    await client.login({ agentNum: '1001', password: '1234', extension: '8001' });
    const events: string[] = [];
    client.on('incomingCall', () => events.push('ring'));
    client.on('callConnected', () => events.push('connected'));
    client.on('callEnded', () => events.push('ended'));

    must(env.sim.model.placeCall({ caller: '13800138000', queueId: 6250 }));
    await until(client, (s) => s.call?.phase === 'ringing');
    must(env.sim.model.phoneAnswer('8001'));
    await until(client, (s) => s.call?.phase === 'connected');
    await client.hold();
    await client.restore();
    await client.busy(101).catch(() => undefined); // refused in a call, duplicate answers included
    await client.hangup();
    await until(client, (s) => s.call === null && s.agent.status === 'idle');
    // Every duplicate has arrived by now; nothing happened twice.
    await vi.waitFor(() => expect(chaos.delivered).toBe(chaos.scheduled));
    expect(events).toEqual(['ring', 'connected', 'ended']);
    expect(client.getState()).toMatchObject({ pending: null, agent: { status: 'idle' } });
  });

  it('never lets the password reach logs, events, the store or the console', async () => {
    const env = await world();
    cleanups.push(() => env.close());
    const password = '1234';
    const logs: LogEntry[] = [];
    const seen: unknown[] = [];
    const consoleOutput: unknown[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const spy = vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleOutput.push(args));
      cleanups.push(() => spy.mockRestore());
    }
    const client: WinCallClient = env.client({ logger: (entry) => logs.push(entry) });
    for (const name of ['stateChanged', 'signedIn', 'incomingCall', 'callEnded', 'error', 'protocolError'] as const) {
      client.on(name, (event) => seen.push(event));
    }
    await client.login({ agentNum: '1001', password, extension: '8001' });
    must(env.sim.model.placeCall({ caller: '13800138000', queueId: 6250 }));
    await until(client, (s) => s.call?.phase === 'ringing');
    await client.hangup();
    await client.login({ agentNum: '1001', password, extension: '8001' }).catch(() => undefined);
    await client.logout();

    const haystack = JSON.stringify([logs, seen, consoleOutput, client.getState()]);
    expect(logs.length).toBeGreaterThan(5);
    expect(haystack).not.toContain(`"${password}"`);
    expect(haystack).not.toContain('8001pw'); // the phone password from the INIT result
    expect(JSON.stringify(logs)).toContain('"AgPass":"***"');
  });
});

/** Frames are delivered with random delays (in order, as over TCP) and every one of them twice. */
const chaos = { scheduled: 0, delivered: 0 };
const chaosIo: IoFactory = (url, options) => {
  const socket = io(url, options) as unknown as SocketLike;
  let tail = Promise.resolve();
  const on = socket.on.bind(socket);
  return Object.assign(socket, {
    on(event: string, handler: (...args: never[]) => void) {
      if (event !== 'toAgent') return on(event, handler);
      return on(event, ((payload: never) => {
        chaos.scheduled += 2;
        for (let copy = 0; copy < 2; copy++) {
          const delay = Math.floor(Math.random() * 15);
          tail = tail.then(
            () =>
              new Promise<void>((resolve) =>
                setTimeout(() => {
                  chaos.delivered++;
                  handler(payload);
                  resolve();
                }, delay),
              ),
          );
        }
      }) as never);
    },
  });
};
