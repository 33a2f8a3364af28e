import { afterEach, describe, expect, it } from 'vitest';
import { type CallRecord, type CallRecorderMemory, type RecorderInput } from '../../src';
import { emptyMemory, recordStep } from '../../src/records/builder';
import { must, until, world } from './support';

let env: Awaited<ReturnType<typeof world>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('call records on demand, against the real simulator', () => {
  it('a listener that subscribes while the agent is on hold gets the record the builder makes from the whole call', async () => {
    env = await world({ afterCallWorkSeconds: 0 });
    const model = env.sim.model;
    const agent = await env.agent('1001');
    // Every transition the client goes through from the start, fed to the pure builder.
    let memory: CallRecorderMemory = emptyMemory();
    const built: CallRecord[] = [];
    agent.inspect!((event) => {
      if (event.kind !== 'transition') return;
      const step = recordStep(memory, { type: 'transition', ...event } as RecorderInput);
      memory = step.memory;
      built.push(...step.records);
    });

    const call = must(model.placeCall({ caller: '13900000003', agentNum: '1001' }));
    await until(agent, (s) => s.call?.phase === 'ringing');
    model.phoneAnswer('8001');
    await until(agent, (s) => s.call?.phase === 'connected');
    await agent.hold();
    const records: CallRecord[] = [];
    agent.on('callRecord', (event) => records.push(event.record));
    await agent.restore();
    model.customerHangup(call.callId);
    await expect.poll(() => records.length, { timeout: 5_000, interval: 20 }).toBe(1);
    expect(built).toHaveLength(1);
    expect(records).toEqual(built);
    expect(records[0]).toMatchObject({ callIds: [call.callId], endReason: 'remoteHangup', hold: { count: 1 } });
  });
});
