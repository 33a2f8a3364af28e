import { afterEach, describe, expect, it } from 'vitest';
import { createModel, type SimulatorModel } from '@wincall/simulator/model';
import { createMemoryTransport, createWinCallClient, type WinCallClient } from '../src';
import { until } from './integration/support';

let model: SimulatorModel | undefined;
let client: WinCallClient | undefined;
afterEach(() => {
  client?.destroy();
  model?.dispose();
});

describe('the in-memory transport (Storybook runs the simulator model in the page this way)', () => {
  it('signs in, takes a call and survives the server dropping the connection', async () => {
    model = createModel({ timings: 'instant' });
    client = createWinCallClient({
      vccCode: 'demo',
      transport: createMemoryTransport(model, { reconnectDelay: 10 }),
      loginDelay: 0,
      pageLifecycle: false,
    });
    await client.login({ agentNum: '1001', password: '1234', extension: '8001' });
    expect(client.getState()).toMatchObject({ connection: 'connected', agent: { status: 'idle' } });

    model.placeCall({ caller: '13800138000', queueId: 6250 });
    await until(client, (s) => s.call?.phase === 'ringing');
    model.phoneAnswer('8001');
    await until(client, (s) => s.call?.phase === 'connected');

    model.fault('drop-sockets');
    await until(client, (s) => s.connection === 'reconnecting');
    await until(client, (s) => s.connection === 'connected' && s.call?.phase === 'connected');
    await client.hangup();
    await until(client, (s) => s.call === null);
  });

  it('reconnects on request and stops for good when closed', async () => {
    model = createModel({ timings: 'instant' });
    const transport = createMemoryTransport(model, { reconnectDelay: 10 });
    client = createWinCallClient({ vccCode: 'demo', transport, loginDelay: 0, pageLifecycle: false });
    await client.login({ agentNum: '1002', password: '1234', extension: '8002' });
    transport.reconnect();
    expect(client.getState().connection).toBe('reconnecting');
    await until(client, (s) => s.connection === 'connected' && s.agent.status === 'idle');
    await client.logout();
    expect(transport.status).toBe('disconnected');
    expect(transport.send({ Action: 7 })).toBe(false);
  });
});
