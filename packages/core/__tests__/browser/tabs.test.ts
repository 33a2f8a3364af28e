import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { createSharedWinCallClient, type SharedWinCallClient } from '../../src/tabs';

const tabs: SharedWinCallClient[] = [];
afterEach(async () => {
  for (const tab of tabs.splice(0)) tab.destroy();
  await fetch(`${inject('simUrl')}/sim/reset`, { method: 'POST' });
});

const control = (path: string, body: object = {}) =>
  fetch(`${inject('simUrl')}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) =>
    r.json(),
  );
const simState = () => fetch(`${inject('simUrl')}/sim/state`).then((r) => r.json()) as Promise<{ agents: { agentNum: string; connected: boolean; signedIn: boolean }[] }>;

function openTab(channelName: string) {
  const tab = createSharedWinCallClient({ serverUrl: inject('simUrl'), vccCode: 'demo', loginDelay: 0, channelName });
  tabs.push(tab);
  return tab;
}

describe('tabs in a real browser (Web Locks + BroadcastChannel)', () => {
  it('share one socket, mirror the state, forward commands, and hand over when the leader closes', async () => {
    const name = `tabs-${Math.random()}`;
    const a = openTab(name);
    const b = openTab(name);
    await vi.waitFor(() => expect([a.role, b.role].sort()).toEqual(['follower', 'leader']));
    const [leader, follower] = a.role === 'leader' ? [a, b] : [b, a];

    await follower.login({ agentNum: '1002', password: '1234', extension: '8002' });
    await vi.waitFor(() => expect(follower.getState().agent.status).toBe('idle'));
    await follower.busy(101);
    await vi.waitFor(() => expect(leader.getState().agent).toMatchObject({ status: 'busy', busyReasonId: 101 }));

    const rang: string[] = [];
    follower.on('incomingCall', (e) => rang.push(e.call.params.Caller ?? ''));
    await control('/sim/calls', { caller: '13800138000', agentNum: '1002' });
    await vi.waitFor(() => expect(rang).toEqual(['13800138000']));

    leader.destroy();
    await vi.waitFor(() => expect(follower.role).toBe('leader'), { timeout: 2_000 });
    await vi.waitFor(() => expect(follower.getState()).toMatchObject({ connection: 'connected', call: { phase: 'ringing' } }), {
      timeout: 5_000,
    });
    const agent = (await simState()).agents.find((x) => x.agentNum === '1002');
    expect(agent).toMatchObject({ connected: true, signedIn: true });
  });
});
