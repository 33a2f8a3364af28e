import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startSimulator, type RunningSimulator } from '@wincall/simulator';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWinCallClient, type WinCallClient, type WinCallClientOptions } from '../../src';
import { until } from './support';

// Back after an outage, for real: the core's own socket.io connection, a simulator on 127.0.0.1,
// and in between a network the test can cut.

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function simulator(port = 0): Promise<RunningSimulator> {
  const sim = await startSimulator({ port, timings: 'instant' });
  cleanups.push(() => sim.close());
  return sim;
}

function client(serverUrl: string, extra: Partial<WinCallClientOptions> = {}): WinCallClient {
  const c = createWinCallClient({ serverUrl, vccCode: 'demo', loginDelay: 0, pageLifecycle: false, ...extra });
  cleanups.push(() => c.destroy());
  return c;
}

const agent1001 = (sim: RunningSimulator) => sim.model.snapshot().agents.find((a) => a.agentNum === '1001');

/**
 * A TCP hop in front of the simulator. Cut, it drops the connections it carries and then takes new
 * ones without ever answering (a dead network neither answers nor refuses); restored, it carries
 * new connections again.
 */
async function network(target: number) {
  let cut = false;
  const carried = new Set<Socket>();
  /** Connections taken while cut: each one a connection attempt the client made. */
  const swallowed: Socket[] = [];
  const server: Server = createServer((socket) => {
    if (cut) {
      swallowed.push(socket);
      socket.on('error', () => undefined);
      return;
    }
    const upstream = connect(target, '127.0.0.1');
    for (const [a, b] of [
      [socket, upstream],
      [upstream, socket],
    ] as const) {
      a.pipe(b);
      a.on('error', () => b.destroy());
      a.on('close', () => b.destroy());
    }
    carried.add(socket);
    socket.on('close', () => carried.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of [...carried, ...swallowed]) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    swallowed,
    cut() {
      cut = true;
      for (const socket of carried) socket.destroy();
    },
    restore() {
      cut = false;
    },
  };
}

describe('back after an outage', () => {
  it('reconnects at once on client.reconnect() when the next retry is a minute away', async () => {
    const first = await simulator();
    const c = client(first.url, { reconnection: { delay: 60_000, delayMax: 60_000 } });
    await c.login({ agentNum: '1001', password: '1234', extension: '8001' });

    // The server goes away and comes back on the same port; the client's next retry is 30–60 s away.
    await first.close();
    await until(c, (s) => s.connection === 'reconnecting');
    const second = await simulator(first.port);

    c.reconnect();
    await until(c, (s) => s.connection === 'connected', 10_000);
    await vi.waitFor(() => expect(agent1001(second)).toMatchObject({ signedIn: true, connected: true }), { timeout: 10_000 });
    await expect(c.busy()).resolves.toMatchObject({ code: expect.any(String) });
    expect(agent1001(second)).toMatchObject({ status: 'busy' });
  });

  it('gives up an attempt the dead network swallows, and is working again once the network is back', async () => {
    const sim = await simulator();
    const net = await network(sim.port);
    // A short connect timeout, so that the test sees several attempts swallowed and given up.
    const c = client(net.url, { reconnection: { timeout: 300 } });
    await c.login({ agentNum: '1001', password: '1234', extension: '8001' });

    net.cut();
    await until(c, (s) => s.connection === 'reconnecting');
    // The client does not wait behind a swallowed attempt: it gives it up and tries again. (It
    // cannot cancel the request that hangs, which engine.io-client leaves to the network.)
    await vi.waitFor(() => expect(net.swallowed.length).toBeGreaterThanOrEqual(3), { timeout: 15_000 });

    net.restore();
    await until(c, (s) => s.connection === 'connected', 15_000);
    await vi.waitFor(() => expect(agent1001(sim)).toMatchObject({ signedIn: true, connected: true }), { timeout: 10_000 });
    await c.busy();
    expect(agent1001(sim)).toMatchObject({ status: 'busy' });
  }, 45_000);
});
