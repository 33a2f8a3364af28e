import { createMemoryTransport, createWinCallClient, type WinCallClient } from '@wincall/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createModel, type SimulatorModel } from '../src/model';
import { until } from '../../core/__tests__/support/until';

/** The core's own client, in memory against the model: what Storybook runs. */
describe('the core client against the in-memory model', () => {
  let model: SimulatorModel;
  let client: WinCallClient;
  afterEach(() => {
    client.destroy();
    model.dispose();
  });

  it('signs in, rings, connects and hangs up', async () => {
    model = createModel({ timings: 'instant' });
    client = createWinCallClient({ vccCode: 'demo', transport: createMemoryTransport(model), loginDelay: 0, pageLifecycle: false });
    await client.login({ agentNum: '1001', password: '1234', extension: '8001' });
    expect(client.getState().agent).toMatchObject({ status: 'idle', queues: [6250], callers: ['58452440', '58452441'] });

    const placed = model.placeCall({ caller: '13900009999', queueId: 6250 });
    const ringing = await until(client, (s) => s.call?.phase === 'ringing');
    expect(ringing.call).toMatchObject({ kind: 'queue', params: { Caller: '13900009999' } });
    expect(placed.ok && client.getParam('CallId')).toBe(placed.ok ? placed.callId : null);

    model.phoneAnswer('8001');
    await until(client, (s) => s.call?.phase === 'connected');
    await client.hangup();
    await until(client, (s) => s.call === null && s.agent.status === 'idle');
  });
});
