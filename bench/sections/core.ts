/**
 * Core throughput in Node: frames per second through the whole client (codec, translation,
 * reducer, store, listeners) and through the codec alone. The frames are a queue call's life as
 * the simulator sends it: ring + occupied in one frame, connected, hold and restore results, and
 * hang-up result + call ended + idle in one frame.
 */
import { createWinCallClient, type Transport, type TransportListener } from '@wincall/core';
import { decodeFrame } from '@wincall/core/protocol';
import { count } from '../lib/format';
import { row, type SectionResult } from '../lib/results';

type Message = Record<string, unknown>;

const encode = (messages: Message[]) => messages.map((m) => JSON.stringify(m)).join('\r\n');

/** One call cycle's frames, with a CallId and caller of its own. */
function callFrames(n: number): string[] {
  const params = {
    RingType: 1,
    OAgId: 0,
    Caller: `138${String(n).padStart(8, '0')}`,
    Called: '4008001000',
    CallId: `1764000000.${n}`,
    QueId: 6250,
    ServNum: '4008001000',
    Custom: '',
    CallerAreaCode: '010',
    CallerAreaName: '北京',
  };
  return [
    encode([{ MT: 3, PhoSta: 5, ...params }, { MT: 4, AgSta: 4 }]),
    encode([{ MT: 3, PhoSta: 6, ...params }]),
    encode([{ MT: 1, Retact: 33, Ret: 0, Retmsg: '' }]),
    encode([{ MT: 1, Retact: 34, Ret: 0, Retmsg: '' }]),
    encode([{ MT: 1, Retact: 23, Ret: 0, Retmsg: '' }, { MT: 3, PhoSta: 0, ...params }, { MT: 4, AgSta: 3 }]),
  ];
}

const FRAMES = Array.from({ length: 200 }, (_, n) => callFrames(n)).flat();
const MESSAGES_PER_FRAME = FRAMES.reduce((sum, f) => sum + f.split('\r\n').length, 0) / FRAMES.length;

/** A transport whose server is this function: it answers sign-in and lets the bench push frames. */
function createPushTransport() {
  let listener: TransportListener | null = null;
  let status: Transport['status'] = 'idle';
  const reply = (action: number): string | null => {
    if (action === 100) return encode([{ MT: 1, Retact: 100, Ret: 0, Retmsg: JSON.stringify([[6250], ['58452440'], 'pw']) }]);
    if (action === 2) return encode([{ MT: 1, Retact: 2, Ret: 0, Retmsg: '' }, { MT: 6 }]);
    return null;
  };
  const transport: Transport = {
    get status() {
      return status;
    },
    open() {
      status = 'connected';
      queueMicrotask(() => listener?.status('connected'));
    },
    close() {
      status = 'disconnected';
    },
    reconnect() {},
    send(command) {
      const frame = reply(command.Action);
      if (frame) queueMicrotask(() => listener?.frame(frame));
      return true;
    },
    subscribe(next) {
      listener = next;
      return () => {
        listener = null;
      };
    },
  };
  return { transport, push: (frame: string) => listener?.frame(frame) };
}

/** Runs `fn` over the frames for about `ms`, a few times; the median rate in frames per second. */
function rate(fn: (frame: string) => void, ms: number, rounds = 5): number {
  const rates: number[] = [];
  let i = 0;
  for (let round = 0; round < rounds; round++) {
    let frames = 0;
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < ms) {
      for (let k = 0; k < 500; k++) fn(FRAMES[i++ % FRAMES.length]!);
      frames += 500;
      elapsed = performance.now() - started;
    }
    rates.push(frames / (elapsed / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)]!;
}

export async function runCore(options: { quick: boolean }): Promise<SectionResult> {
  const ms = options.quick ? 300 : 1000;
  const { transport, push } = createPushTransport();
  const client = createWinCallClient({ vccCode: 'demo', transport, loginDelay: 0, pageLifecycle: false });
  await client.login({ agentNum: '1001', password: '1234', extension: '8001' });

  // What an integrating page typically listens to, plus a store subscriber like a UI binding.
  const seen = { state: 0, events: 0 };
  client.store.subscribe(() => seen.state++);
  for (const name of ['stateChanged', 'incomingCall', 'callPhaseChanged', 'callConnected', 'callEnded', 'agentStatusChanged'] as const) {
    client.on(name, () => seen.events++);
  }

  rate(push, ms / 3, 1); // warm-up
  const clientRate = rate(push, ms);
  const codecRate = rate((frame) => decodeFrame(frame), ms);
  client.destroy();
  if (seen.state === 0 || seen.events === 0) throw new Error('core bench: the listeners never ran');

  const perFrame = (r: number) => `${((1 / r) * 1e6).toFixed(1)} µs/frame`;
  const rows = [
    row(
      'core',
      `client: codec + reducer + store + 7 listeners (${MESSAGES_PER_FRAME.toFixed(1)} msgs/frame)`,
      `${count(clientRate)} frames/s (${perFrame(clientRate)})`,
    ),
    row('core', 'codec alone (decodeFrame)', `${count(codecRate)} frames/s (${perFrame(codecRate)})`),
  ];
  return {
    rows,
    data: { messagesPerFrame: MESSAGES_PER_FRAME, clientFramesPerSecond: clientRate, codecFramesPerSecond: codecRate, roundMs: ms },
  };
}
