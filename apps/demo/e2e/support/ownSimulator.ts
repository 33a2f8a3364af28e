/**
 * A simulator of a scenario's own, for what the shared one must not do to every other scenario: a
 * ring that times out by itself, a session that expires soon after its socket is gone. The built
 * demo is pointed at it through the query string (`?server=…&simulator=1`), at the same latency
 * as the project's simulator.
 */
import { expect, inject } from 'vitest';
import { simControl, startSimulator, type AgentSnapshot, type SimControl, type Timings } from '@wincall/simulator';
import { UI_TIMEOUT } from './e2e';
import { E2E_SEED } from './seed';

export interface OwnSimulator {
  control: SimControl;
  /** The demo's page at `path` (e.g. `#/calls`), connected to this simulator. */
  appUrl(path?: string): string;
  /** Polls this simulator until `agentNum` matches `expected`. */
  expectAgent(agentNum: string, expected: Partial<AgentSnapshot>, timeout?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startOwnSimulator(timings: Partial<Timings>): Promise<OwnSimulator> {
  // The project's latency (the `demo-e2e-150ms` project sets it), one way, ± a fifth as jitter.
  const latency = Number(process.env.WINCALL_LATENCY ?? 0);
  const simulator = await startSimulator({
    host: '127.0.0.1',
    port: 0,
    seed: E2E_SEED,
    timings: { afterCallWorkSeconds: 2, sessionGrace: 30_000, ...timings },
    latency,
    jitter: latency / 5,
  });
  const control = simControl(simulator.url);
  return {
    control,
    appUrl(path = '#/customers') {
      const url = new URL(inject('demoE2e').appUrl);
      url.searchParams.set('server', simulator.url);
      url.searchParams.set('simulator', '1');
      url.hash = path;
      return url.href;
    },
    async expectAgent(agentNum, expected, timeout = UI_TIMEOUT) {
      await expect.poll(() => control.agent(agentNum), { timeout, interval: 100 }).toMatchObject(expected);
    },
    close: () => simulator.close(),
  };
}
