import { afterEach, describe, expect, it, vi } from 'vitest';
import { WinCallError, type WinCallClient, type WinCallClientOptions } from '../src';
import { INIT_OK, result, signedInClient } from './support/fakeTransport';
import { withLatency } from './support/laggy';

// Each behaviour that involves timing, on a LAN (0 ms) and 150 ms away from the server (one way).
// Fake timers: the delays are exact, whatever the machine's speed.

let client: WinCallClient | undefined;
afterEach(() => {
  client?.destroy();
  client = undefined;
  vi.useRealTimers();
});

async function setup(latency: number, options: Partial<WinCallClientOptions> = {}) {
  vi.useFakeTimers();
  const signed = await signedInClient(options);
  client = signed.client;
  const server = withLatency(signed.fake, latency);
  return { ...signed, server };
}

const CALL = { MT: 3, PhoSta: 6, CallId: 'c1', Caller: '13800138000' };

describe.each([0, 150])('%i ms one-way', (latency) => {
  const trip = (n = 1) => vi.advanceTimersByTimeAsync(latency * n);

  describe('DTMF', () => {
    it('sends four digits fired back to back, in order, and matches each to its result', async () => {
      const { client, server, fake } = await setup(latency);
      fake.push(CALL, { MT: 4, AgSta: 4 });
      const digits = ['1', '2', '3', '4'].map((d) => client.dtmf(d));
      // Nothing waits for a digit: the next command is not blocked by them.
      expect(client.unavailableReason('hold')).toBeNull();
      expect(client.getState().pending).toBeNull();
      await trip();
      expect(server.actions(42)).toEqual(['1', '2', '3', '4'].map((d) => ({ Action: 42, Dtmf: d })));
      for (let i = 0; i < 4; i++) server.reply(result(42, 0));
      await trip();
      await expect(Promise.all(digits)).resolves.toHaveLength(4);
      expect(client.getState().lastError).toBeNull();
    });

    it('sends digits clicked 80 ms apart while earlier ones are still on their way', async () => {
      const { client, server, fake } = await setup(latency);
      fake.push(CALL, { MT: 4, AgSta: 4 });
      server.answerEvery(42);
      const digits: Promise<unknown>[] = [];
      for (const d of '1234#') {
        digits.push(client.dtmf(d));
        await vi.advanceTimersByTimeAsync(80);
      }
      await trip(2);
      expect(server.actions(42).map((c) => ('Dtmf' in c ? c.Dtmf : ''))).toEqual(['1', '2', '3', '4', '#']);
      await expect(Promise.all(digits)).resolves.toHaveLength(5);
      expect(client.getState().lastError).toBeNull();
    });

    it('a digit the server refuses rejects alone, shows an error, and the digits around it go through', async () => {
      const { client, server, fake } = await setup(latency);
      fake.push(CALL, { MT: 4, AgSta: 4 });
      const [one, two, three] = ['1', '2', '3'].map((d) => client.dtmf(d));
      const refused = two!.catch((error: unknown) => error);
      await trip();
      server.reply(result(42, 0), result(42, 1), result(42, 0));
      await trip();
      await expect(one).resolves.toBeDefined();
      expect(await refused).toMatchObject({ action: 'dtmf', reason: 'rejected', messageEn: 'the key could not be sent into the call' });
      await expect(three).resolves.toBeDefined();
      expect(client.getState().lastError?.text('zh-CN')).toBe('按键未能发送到通话中');
    });

    it('a digit that timed out does not take the next digit’s answer', async () => {
      const { client, server, fake } = await setup(latency, { timeouts: { command: 1_000 } });
      fake.push(CALL, { MT: 4, AgSta: 4 });
      const one = client.dtmf('1');
      const settled = one.catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await settled).toMatchObject({ code: 'TIMEOUT', action: 'dtmf' });
      const two = client.dtmf('2');
      const refused = two.catch((error: unknown) => error);
      await trip();
      // The late answer to "1", then the answer to "2".
      server.reply(result(42, 0));
      server.reply(result(42, 1));
      await trip();
      expect(await refused).toBeInstanceOf(WinCallError);
    });
  });

  describe('busy reasons', () => {
    it('re-authentication with a server that lost the session restores the exact busy reason', async () => {
      const { client, server, fake } = await setup(latency);
      const busy = client.busy(100);
      await trip();
      server.reply(result(4, 0));
      await trip();
      await busy;
      expect(client.getState().agent).toMatchObject({ status: 'busy', busyReasonId: 100 });
      // The server restarts: the socket reconnects to a server without the session.
      fake.setStatus('reconnecting');
      fake.setStatus('connected');
      await trip();
      expect(server.arrived.at(-1)).toMatchObject({ Action: 100 });
      server.reply(INIT_OK);
      await trip(2);
      expect(server.arrived.at(-1)).toEqual({ Action: 2, State: 2 });
      server.reply(result(2, 0));
      await trip(2);
      expect(server.arrived.at(-1)).toEqual({ Action: 4, Reason: 100 });
      server.reply(result(4, 0));
      await trip(2);
      expect(server.arrived.at(-1)).toEqual({ Action: 6 });
      expect(client.getState().agent).toMatchObject({ status: 'busy', busyReasonId: 100 });
      expect(client.getState().lastError).toBeNull();
    });

    it('a kept session (INIT “already initialised”) is asked, not overwritten', async () => {
      const { client, server, fake } = await setup(latency);
      const busy = client.busy(101);
      await trip();
      server.reply(result(4, 0));
      await trip();
      await busy;
      fake.setStatus('reconnecting');
      fake.setStatus('connected');
      await trip();
      server.reply(result(100, 1));
      await trip(2);
      server.reply(result(2, 1));
      await trip(2);
      expect(server.arrived.slice(-3).map((c) => c.Action)).toEqual([100, 2, 6]);
      server.reply(result(6, 0), { MT: 4, AgSta: 2, AgStaParam: 101 });
      await trip();
      expect(client.getState().agent).toMatchObject({ status: 'busy', busyReasonId: 101 });
    });
  });

  describe('late answers', () => {
    it('a hold that timed out and then went through clears its timeout error', async () => {
      const { client, server, fake } = await setup(latency);
      fake.push(CALL, { MT: 4, AgSta: 4 });
      const hold = client.hold().catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await hold).toMatchObject({ code: 'TIMEOUT', action: 'hold' });
      expect(client.getState().lastError).toMatchObject({ code: 'TIMEOUT' });
      // Traffic was held for 12 s: the HOLD reaches the server and its answer comes back.
      server.reply(result(33, 0));
      await trip();
      expect(client.getState().call?.phase).toBe('held');
      expect(client.getState().lastError).toBeNull();
    });

    it('a hang-up that timed out is settled by the call ending', async () => {
      const { client, server, fake } = await setup(latency);
      fake.push(CALL, { MT: 4, AgSta: 4 });
      const hangup = client.hangup().catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await hangup).toMatchObject({ code: 'TIMEOUT' });
      server.reply({ MT: 3, PhoSta: 0, CallId: 'c1' });
      await trip();
      expect(client.getState().call).toBeNull();
      expect(client.getState().lastError).toBeNull();
    });

    it('a timeout whose command never took effect stays on screen', async () => {
      const { client, server, fake } = await setup(latency);
      fake.push(CALL, { MT: 4, AgSta: 4 });
      const hold = client.hold().catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(10_000);
      await hold;
      server.reply({ MT: 5 }, result(33, 4));
      await trip();
      expect(client.getState().call?.phase).toBe('connected');
      expect(client.getState().lastError).toMatchObject({ code: 'TIMEOUT', action: 'hold' });
    });
  });

  describe('stalls', () => {
    it('an unanswered command flags a stall after 3 s, and the next frame clears it', async () => {
      const { client, server, fake } = await setup(latency);
      fake.push(CALL, { MT: 4, AgSta: 4 });
      const hold = client.hold();
      await vi.advanceTimersByTimeAsync(2_999);
      expect(client.getState().stalledSince).toBeNull();
      await vi.advanceTimersByTimeAsync(1);
      expect(client.getState().stalledSince).not.toBeNull();
      expect(client.getState().connection).toBe('connected');
      server.reply(result(33, 0));
      await trip();
      await hold;
      expect(client.getState().stalledSince).toBeNull();
    });

    it('a command answered in time never flags a stall', async () => {
      const { client, server, fake } = await setup(latency);
      fake.push(CALL, { MT: 4, AgSta: 4 });
      const hold = client.hold();
      await trip();
      server.reply(result(33, 0));
      await trip();
      await hold;
      await vi.advanceTimersByTimeAsync(5_000);
      expect(client.getState().stalledSince).toBeNull();
    });

    it('a heartbeat overdue by half an interval flags a stall; three silent intervals reconnect', async () => {
      const { client, server } = await setup(latency);
      for (let i = 0; i < 3; i++) {
        server.reply({ MT: 2 });
        await vi.advanceTimersByTimeAsync(2_000);
      }
      // The last heartbeat reached the client at 4 000 + latency; 1.5 intervals later it is overdue.
      const lastBeat = 4_000 + latency;
      await vi.advanceTimersByTimeAsync(lastBeat + 2_999 - 6_000);
      expect(client.getState().stalledSince).toBeNull();
      await vi.advanceTimersByTimeAsync(1);
      expect(client.getState().stalledSince).not.toBeNull();
      await vi.advanceTimersByTimeAsync(3_000);
      expect(client.getState().connection).toBe('reconnecting');
      expect(client.getState().stalledSince).toBeNull();
    });
  });
});
