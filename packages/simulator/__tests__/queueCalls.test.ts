import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agentIn, callIn, startTestSim, type TestSim } from './support/sim';

describe('a customer calls a queue', () => {
  let t: TestSim;
  afterEach(async () => {
    await t.close();
  });

  describe('with instant timings', () => {
    beforeEach(async () => {
      t = await startTestSim();
    });

    it('rings the agent with the full screen pop, and connects when the desk phone is answered', async () => {
      const agent = await t.agent('1001', '8001');
      const { body } = await t.post('/sim/calls', { caller: '13912345678', queueId: 6250 });
      const callId = body.callId as string;

      const ring = await agent.phone(5);
      expect(ring).toEqual({
        MT: 3,
        PhoSta: 5,
        RingType: 1,
        OAgId: 0,
        Caller: '13912345678',
        Called: '4008001000',
        CallId: callId,
        QueId: 6250,
        ServNum: '4008001000',
        Custom: '',
        CallerAreaCode: '010',
        CallerAreaName: '北京',
      });
      expect(await agent.next()).toEqual({ MT: 4, AgSta: 4, AgStaParam: '' });
      expect(agentIn(await t.state(), '1001')).toMatchObject({ status: 'occupied', phase: 'ringing', callId });

      expect((await t.post('/sim/phones/8001/answer')).status).toBe(200);
      expect(await agent.phone(6)).toMatchObject({ CallId: callId, Caller: '13912345678' });
      expect(agentIn(await t.state(), '1001').phase).toBe('connected');
      expect(callIn(await t.state(), callId)).toMatchObject({ state: 'connected', agents: ['1001'], queueId: 6250 });
    });

    it('offers to the agent idle longest', async () => {
      const first = await t.agent('1002', '8002');
      const second = await t.agent('1003', '8003');
      await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
      await first.phone(5);
      await t.post('/sim/calls', { caller: '58450002', queueId: 6250 });
      expect(await second.phone(5)).toMatchObject({ Caller: '58450002' });
    });

    it('a call back to idle goes to the back of the line', async () => {
      const first = await t.agent('1002', '8002');
      const second = await t.agent('1003', '8003');
      // 1002 was idle longest, but goes busy and comes back: now 1003 has waited longer.
      await first.request({ Action: 4, Reason: 100 });
      await first.request({ Action: 5 });
      await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
      await second.phone(5);
    });

    it('waits in the queue until someone is free, skipping busy agents', async () => {
      const busy = await t.agent('1001', '8001', { state: 2 });
      const { body } = await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
      expect((await t.state()).queues.find((q) => q.id === 6250)?.waiting).toEqual([body.callId]);
      expect(callIn(await t.state(), body.callId as string).state).toBe('queued');
      await busy.request({ Action: 5 });
      expect(await busy.phone(5)).toMatchObject({ CallId: body.callId });
    });

    it('ends with PhoSta 0 and AgSta 3 when the customer hangs up', async () => {
      const agent = await t.agent('1001', '8001');
      const { body } = await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
      await t.post('/sim/phones/8001/answer');
      await agent.phone(6);
      expect((await t.post(`/sim/calls/${String(body.callId)}/hangup`)).status).toBe(200);
      expect(await agent.phone(0)).toMatchObject({ CallId: body.callId });
      expect(await agent.next()).toEqual({ MT: 4, AgSta: 3, AgStaParam: '' });
      expect(callIn(await t.state(), body.callId as string).state).toBe('ended');
    });

    it('agent hanging up (Action 23) gets the result first, then the end sequence', async () => {
      const agent = await t.agent('1001', '8001');
      await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
      await t.post('/sim/phones/8001/answer');
      await agent.phone(6);
      agent.send({ Action: 23 });
      expect(await agent.next()).toMatchObject({ MT: 1, Retact: 23, Ret: 0 });
      expect(await agent.next()).toMatchObject({ MT: 3, PhoSta: 0 });
      expect(await agent.next()).toMatchObject({ MT: 4, AgSta: 3 });
      expect(await agent.request({ Action: 23 })).toMatchObject({ Ret: 2 });
    });

    it('a rejected ring goes back to the queue and to another agent, never to the same one', async () => {
      const first = await t.agent('1002', '8002');
      const second = await t.agent('1003', '8003', { state: 2 });
      const { body } = await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
      await first.phone(5);
      first.send({ Action: 23 });
      expect(await first.result(23)).toMatchObject({ Ret: 0 });
      await first.phone(0);
      await first.agentState(3);
      // Nobody else is free: the call waits, and is not offered to 1002 again.
      const { before } = await first.sync();
      expect(before).toEqual([]);
      expect((await t.state()).queues.find((q) => q.id === 6250)?.waiting).toEqual([body.callId]);
      await second.request({ Action: 5 });
      expect(await second.phone(5)).toMatchObject({ CallId: body.callId });
    });

    it('putting the desk phone down while it rings rejects the call too', async () => {
      const agent = await t.agent('1002', '8002');
      await t.post('/sim/calls', { caller: '58450001', queueId: 6251 });
      await agent.phone(5);
      expect((await t.post('/sim/phones/8002/hangup')).status).toBe(200);
      await agent.phone(0);
      await agent.agentState(3);
    });

    it('a call straight to an agent rings RingType 0 with OAgId 0 (an outside line)', async () => {
      const agent = await t.agent('1004', '8004');
      const { status, body } = await t.post('/sim/calls', { caller: '58450001', agentNum: '1004', servNum: '4008009999' });
      expect(status).toBe(201);
      expect(await agent.phone(5)).toMatchObject({ RingType: 0, OAgId: 0, Caller: '58450001', ServNum: '4008009999', CallId: body.callId });
    });

    it('a direct call to a busy agent returns it to busy with its reason afterwards', async () => {
      const agent = await t.agent('1004', '8004');
      await agent.request({ Action: 4, Reason: 102 });
      const { body } = await t.post('/sim/calls', { caller: '58450001', agentNum: '1004' });
      await agent.phone(5);
      await t.post('/sim/phones/8004/answer');
      await agent.phone(6);
      await t.post(`/sim/calls/${String(body.callId)}/hangup`);
      await agent.phone(0);
      expect(await agent.next()).toEqual({ MT: 4, AgSta: 2, AgStaParam: 102 });
    });

    it('QUERY during a call reports occupied and the phone state', async () => {
      const agent = await t.agent('1001', '8001');
      const { body } = await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
      await agent.phone(5);
      expect((await agent.sync()).snapshot).toEqual([
        { MT: 4, AgSta: 4, AgStaParam: '' },
        expect.objectContaining({ MT: 3, PhoSta: 5, RingType: 1, CallId: body.callId }),
      ]);
      await t.post('/sim/phones/8001/answer');
      await agent.phone(6);
      expect((await agent.sync()).snapshot[1]).toMatchObject({ MT: 3, PhoSta: 6, CallId: body.callId });
    });
  });

  it('with ringTimeout: an unanswered ring is re-queued and the agent set busy (AgSta 2, reason 0)', async () => {
    t = await startTestSim({ ringTimeout: 30 });
    const agent = await t.agent('1001', '8001');
    const { body } = await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
    await agent.phone(5);
    await agent.phone(0);
    expect(await agent.next()).toEqual({ MT: 4, AgSta: 2, AgStaParam: 0 });
    expect((await t.state()).queues.find((q) => q.id === 6250)?.waiting).toEqual([body.callId]);
  });

  it('with autoAnswer: the desk phone answers by itself', async () => {
    t = await startTestSim({ autoAnswer: 0 });
    const agent = await t.agent('1001', '8001');
    await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
    await agent.phone(5);
    await agent.phone(6);
  });

  it('with after-call work: AgSta 5 with the seconds, then idle and the next waiting call', async () => {
    t = await startTestSim({ afterCallWorkSeconds: 1 });
    const agent = await t.agent('1001', '8001');
    const { body } = await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
    await t.post('/sim/phones/8001/answer');
    await agent.phone(6);
    await t.post('/sim/calls', { caller: '58450002', queueId: 6250 });
    await t.post(`/sim/calls/${String(body.callId)}/hangup`);
    await agent.phone(0);
    expect(await agent.next()).toEqual({ MT: 4, AgSta: 5, AgStaParam: 1 });
    expect(agentIn(await t.state(), '1001').status).toBe('afterCallWork');
    expect(await agent.next(() => true, 3000)).toEqual({ MT: 4, AgSta: 3, AgStaParam: '' });
    expect(await agent.phone(5)).toMatchObject({ Caller: '58450002' });
  });

  it('BUSY during after-call work ends it; the agent is busy and gets no calls', async () => {
    t = await startTestSim({ afterCallWorkSeconds: 30 });
    const agent = await t.agent('1001', '8001');
    const { body } = await t.post('/sim/calls', { caller: '58450001', queueId: 6250 });
    await t.post('/sim/phones/8001/answer');
    await agent.phone(6);
    await t.post(`/sim/calls/${String(body.callId)}/hangup`);
    await agent.agentState(5);
    expect(await agent.request({ Action: 4, Reason: 100 })).toMatchObject({ Ret: 0 });
    expect(agentIn(await t.state(), '1001')).toMatchObject({ status: 'busy', busyReasonId: 100 });
    expect(await agent.request({ Action: 5 })).toMatchObject({ Ret: 0 });
    expect(agentIn(await t.state(), '1001').status).toBe('idle');
  });
});
