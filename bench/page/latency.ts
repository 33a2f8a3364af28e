import { AGENT, agentState } from './frames';
import { configLoaded, mountBar, signIn, sleep, type Harness } from './harness';

export interface LatencyRun {
  rate: number;
  frames: number;
  /** Frame handed to the transport → the bar's DOM showing it, per frame, in ms. */
  latenciesMs: number[];
  /** Frames whose change never reached the DOM. */
  missed: number;
  /** Frames per second actually fed. */
  achievedRate: number;
}

/** Runs `fn` at `at` (performance.now() time): a timer when ahead, a message-channel hop when late. */
function at(time: number): Promise<void> {
  const delay = time - performance.now();
  if (delay > 1) return new Promise((resolve) => setTimeout(resolve, delay));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Frames alternating the agent between busy and idle (each one changes the status badge and the
 * bar's `data-state`), fed at a fixed rate. The time is taken when the server hands the frame to
 * the memory transport and when a MutationObserver sees the bar's `data-state` change: decoding,
 * reducer, store, listeners, React render and DOM commit, everything but the paint.
 */
async function feed(h: Harness, rate: number, frames: number): Promise<LatencyRun> {
  const bar = h.bar();
  const latenciesMs: number[] = [];
  let inFlight: { expected: string; sentAt: number } | null = null;
  const observer = new MutationObserver(() => {
    const seenAt = performance.now();
    if (inFlight && bar.dataset.state === inFlight.expected) {
      latenciesMs.push(seenAt - inFlight.sentAt);
      inFlight = null;
    }
  });
  observer.observe(bar, { attributes: true, attributeFilter: ['data-state'] });
  const period = 1000 / rate;
  let missed = 0;
  let busy = bar.dataset.state === 'busy';
  const start = performance.now() + 20;
  for (let i = 0; i < frames; i++) {
    await at(start + i * period);
    if (inFlight) missed++;
    busy = !busy;
    const message = busy ? agentState(AGENT.busy, 1) : agentState(AGENT.idle);
    const expected = busy ? 'busy' : 'idle';
    // The memory transport delivers in a microtask: after this assignment, never before.
    inFlight = { expected, sentAt: h.server.push([message]) };
  }
  const achievedRate = (frames - 1) / ((performance.now() - start) / 1000);
  await sleep(100);
  if (inFlight) missed++;
  observer.disconnect();
  return { rate, frames, latenciesMs, missed, achievedRate };
}

export async function eventToScreen(runs: { rate: number; frames: number }[], warmupFrames = 100): Promise<LatencyRun[]> {
  const h = mountBar();
  try {
    await signIn(h);
    await configLoaded(h);
    await sleep(100);
    // JIT warm-up, not measured.
    await feed(h, 100, warmupFrames);
    const out: LatencyRun[] = [];
    for (const run of runs) {
      await sleep(200);
      out.push(await feed(h, run.rate, run.frames));
    }
    return out;
  } finally {
    h.unmount();
  }
}
