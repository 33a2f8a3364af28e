import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWinCallClient, type InspectEvent, type SharedWinCallClient, type WinCallClient } from '../src';
import { createFakeTransport, INIT_OK, result } from './support/fakeTransport';
import { fakeBrowser } from './support/tabs';

const clients: WinCallClient[] = [];
const tabs: SharedWinCallClient[] = [];
afterEach(() => {
  for (const client of [...clients.splice(0), ...tabs.splice(0)]) client.destroy();
});

function setup() {
  const fake = createFakeTransport();
  const client = createWinCallClient({ vccCode: 'demo', transport: fake.transport, loginDelay: 0, pageLifecycle: false });
  clients.push(client);
  return { fake, client };
}

async function signIn(fake: ReturnType<typeof createFakeTransport>, client: WinCallClient) {
  const login = client.login({ agentNum: '1001', password: 'the-password', extension: '8001' });
  await fake.waitForAction(100);
  fake.push(INIT_OK);
  await fake.waitForAction(2);
  fake.push(result(2), { MT: 4, AgSta: 3 });
  await login;
}

/** The debugging tap (`client.inspect`) that @wincall/devtools reads. */
describe('client.inspect', () => {
  it('reports the frames in and out and every transition with its input, in order', async () => {
    const { fake, client } = setup();
    const events: InspectEvent[] = [];
    client.inspect?.((event) => events.push(event));
    expect(events[0]).toMatchObject({ kind: 'attached', options: { vccCode: 'demo' } });

    await signIn(fake, client);
    fake.push({ MT: 2 });
    const kinds = events.map((e) => (e.kind === 'out' ? `out ${String(e.command.Action)}` : e.kind === 'transition' ? `transition ${e.input.type}` : e.kind));
    expect(kinds).toEqual([
      'attached',
      'transition commandSent',
      'transition connection',
      'transition connection',
      'out 100',
      'in',
      'transition server',
      'out 2',
      'in',
      'transition server',
      'in',
      'out 7',
    ]);
    const login = [...events].reverse().find((e): e is Extract<InspectEvent, { kind: 'transition' }> => e.kind === 'transition' && e.input.type === 'server');
    expect(login?.previous.agent.status).toBe('signingIn');
    expect(login?.current.agent.status).toBe('idle');
    expect(events.find((e) => e.kind === 'in')).toMatchObject({ payload: JSON.stringify(INIT_OK) });
  });

  it('never passes the password on', async () => {
    const { fake, client } = setup();
    const events: InspectEvent[] = [];
    client.inspect?.((event) => events.push(event));
    await signIn(fake, client);
    const init = events.find((e) => e.kind === 'out' && e.command.Action === 100);
    expect(init).toMatchObject({ command: { AgNum: '1001', AgPass: '***', AgPhoneNum: '8001' }, sent: true });
    expect(JSON.stringify(events.filter((e) => e.kind !== 'attached'))).not.toContain('the-password');
  });

  it('stops on unsubscribe, and a throwing listener breaks nothing', async () => {
    const { fake, client } = setup();
    const seen: InspectEvent[] = [];
    const stop = client.inspect?.((event) => seen.push(event));
    client.inspect?.(() => {
      throw new Error('a buggy tool');
    });
    await signIn(fake, client);
    expect(client.getState().agent.status).toBe('idle');
    const count = seen.length;
    stop?.();
    fake.push({ MT: 4, AgSta: 2, AgStaParam: 1 });
    expect(client.getState().agent.status).toBe('busy');
    expect(seen).toHaveLength(count);
  });

  it('on a shared client, taps the leader tab\'s connection; a follower has none to tap', async () => {
    const { open, transports: fakes } = fakeBrowser(tabs, { channelName: `inspect-${Math.random()}` });
    const leaderEvents: InspectEvent[] = [];
    const leader = open();
    // Subscribed before the tab knows it leads: attached once it does.
    leader.inspect?.((event) => leaderEvents.push(event));
    await vi.waitFor(() => expect(leader.role).toBe('leader'));
    expect(leaderEvents[0]?.kind).toBe('attached');
    const followerEvents: InspectEvent[] = [];
    const follower = open();
    expect(follower.role).toBe('follower');
    follower.inspect?.((event) => followerEvents.push(event));
    fakes[0]!.push({ MT: 2 });
    expect(leaderEvents.some((e) => e.kind === 'in')).toBe(true);
    expect(followerEvents).toEqual([]);
  });
});
