import { afterEach, describe, expect, it } from 'vitest';
import { must, restartableWorld, until, world } from './support';

// The timing-sensitive behaviours against the real simulator, on a LAN and 150 ms away (one way,
// both directions, with jitter). Waits are bounded by events, never by the machine's speed.

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function inCall(latency: number, extra: Parameters<Awaited<ReturnType<typeof world>>['agent']>[2] = {}) {
  const env = await world('instant', { latency, jitter: latency / 5 });
  cleanups.push(() => env.close());
  const agent = await env.agent('1001', 'idle', extra);
  const { callId } = must(env.sim.model.placeCall({ caller: '13800138000', queueId: 6250 }));
  await until(agent, (s) => s.call?.phase === 'ringing');
  must(env.sim.model.phoneAnswer('8001'));
  await until(agent, (s) => s.call?.phase === 'connected');
  const dtmfOnServer = () => env.sim.model.snapshot().calls.find((c) => c.callId === callId)?.dtmf;
  return { env, agent, dtmfOnServer };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each([0, 150])('%i ms one-way against the simulator', (latency) => {
  it('every digit pressed 80 ms apart reaches the call, in order', async () => {
    const { agent, dtmfOnServer } = await inCall(latency);
    const sent: Promise<unknown>[] = [];
    for (const digit of '1234#') {
      sent.push(agent.dtmf(digit));
      // An agent typing: the next key comes before the last one's answer.
      await pause(80);
    }
    await Promise.all(sent);
    expect(dtmfOnServer()).toBe('1234#');
    expect(agent.getState().lastError).toBeNull();
  });

  it('four digits fired back to back all go through, and Hold is not blocked by them', async () => {
    const { agent, dtmfOnServer } = await inCall(latency);
    const digits = ['9', '8', '7', '6'].map((d) => agent.dtmf(d));
    const hold = agent.hold();
    await Promise.all([...digits, hold]);
    expect(dtmfOnServer()).toBe('9876');
    expect(agent.getState().call?.phase).toBe('held');
  });

  it('a busy sign-in is plain busy on both sides, and stays so after a call', async () => {
    const env = await world('instant', { latency });
    cleanups.push(() => env.close());
    const agent = await env.agent('1002', 'busy');
    const onServer = () => env.sim.model.snapshot().agents.find((a) => a.agentNum === '1002');
    expect(agent.getState().agent).toMatchObject({ status: 'busy', busyReasonId: 1 });
    expect(onServer()).toMatchObject({ status: 'busy', busyReasonId: 1 });
    // A direct call to the busy agent, then back to busy: the reason must still be 1.
    must(env.sim.model.placeCall({ caller: '13800138000', agentNum: '1002' }));
    await until(agent, (s) => s.call?.phase === 'ringing');
    must(env.sim.model.phoneAnswer('8002'));
    await until(agent, (s) => s.call?.phase === 'connected');
    await agent.hangup();
    await until(agent, (s) => s.call === null && s.agent.status === 'busy');
    expect(agent.getState().agent.busyReasonId).toBe(1);
    expect(onServer()).toMatchObject({ status: 'busy', busyReasonId: 1 });
  });

  it('after a server restart the agent is signed in again busy with the exact reason', async () => {
    const world = await restartableWorld({ latency });
    cleanups.push(() => world.close());
    const { client } = world;
    await client.busy(100);
    await world.restart();
    const onServer = () => world.sim.model.snapshot().agents.find((a) => a.agentNum === '1001');
    await until(client, (s) => s.connection === 'connected' && s.pending === null && onServer()?.busyReasonId === 100, 15_000);
    expect(onServer()).toMatchObject({ signedIn: true, status: 'busy', busyReasonId: 100 });
    expect(client.getState().agent).toMatchObject({ status: 'busy', busyReasonId: 100 });
    expect(client.getState().lastError).toBeNull();
  });

  it('a Hold held up past its timeout clears its error when it goes through', async () => {
    const { env, agent } = await inCall(latency, { timeouts: { command: 1_000 } });
    // Traffic held (no FIN, no RST) longer than the command timeout.
    env.sim.network.stall(2_000 + 2 * latency);
    const hold = agent.hold().catch((error: unknown) => error);
    expect(await hold).toMatchObject({ code: 'TIMEOUT', action: 'hold' });
    expect(agent.getState().lastError).toMatchObject({ code: 'TIMEOUT' });
    await until(agent, (s) => s.call?.phase === 'held', 15_000);
    expect(agent.getState().lastError).toBeNull();
    expect(env.sim.model.snapshot().agents.find((a) => a.agentNum === '1001')).toMatchObject({ phase: 'held' });
  });

  it('a stall mid-call shows as stalled within 3 s of a command, and clears when traffic flows', async () => {
    const { env, agent } = await inCall(latency);
    const changes: (number | null)[] = [];
    agent.store.subscribe((s, p) => {
      if (s.stalledSince !== p.stalledSince) changes.push(s.stalledSince);
    });
    env.sim.network.stall(5_000);
    const hold = agent.hold();
    await until(agent, (s) => s.stalledSince !== null, 10_000);
    expect(agent.getState().connection).toBe('connected');
    await hold;
    await until(agent, (s) => s.stalledSince === null && s.call?.phase === 'held');
    expect(changes.filter((c) => c !== null)).toHaveLength(1);
  });
});

describe('the simulated network', () => {
  it('delays each direction by the latency, keeps order under jitter, and can be changed live', async () => {
    const env = await world('instant', { latency: 100, jitter: 40 });
    cleanups.push(() => env.close());
    const agent = await env.agent('1001');
    const started = Date.now();
    await agent.query();
    // One round trip: at least twice the one-way delay less the jitter.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * (100 - 40) - 5);
    expect(env.sim.network.set({ latency: 0, jitter: 0 })).toMatchObject({ latency: 0, jitter: 0 });
    expect(() => env.sim.network.set({ latency: -1 })).toThrow(RangeError);
    const response = await fetch(`${env.sim.url}/sim/network`, { method: 'POST', body: JSON.stringify({ latency: 30, jitter: 5 }) });
    expect(await response.json()).toMatchObject({ latency: 30, jitter: 5, stalledUntil: 0 });
    const bad = await fetch(`${env.sim.url}/sim/fault`, { method: 'POST', body: JSON.stringify({ kind: 'stall', ms: 'long' }) });
    expect(bad.status).toBe(400);
  });
});
