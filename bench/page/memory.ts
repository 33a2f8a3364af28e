import { AGENT, PHONE, agentState, phone, queueCall, ring } from './frames';
import { configLoaded, mountBar, signIn, type Harness } from './harness';

/**
 * Call after call through a mounted bar, for the leak check: ring → connected → hold → restore →
 * ended, each step waited for in the DOM, every call with its own CallId and caller number.
 */
export function createCallCycler() {
  let h: Harness | null = null;
  let cycles = 0;
  // One observer for the whole run, so the measurement does not allocate an observer per step.
  let waiting: { state: string; resolve: () => void } | null = null;
  let observer: MutationObserver | null = null;

  const shows = (state: string): Promise<void> | void => {
    if (h!.state() === state) return;
    return new Promise<void>((resolve) => {
      waiting = { state, resolve };
    });
  };

  async function cycle(): Promise<void> {
    const harness = h!;
    const n = ++cycles;
    const callId = `1764000000.${n}`;
    const caller = `138${String(n).padStart(8, '0')}`;
    harness.server.push(ring(callId, caller));
    await shows('ringing');
    harness.server.push([phone(PHONE.connected, queueCall(callId, caller))]);
    await shows('connected');
    await harness.client.hold();
    await shows('held');
    await harness.client.restore();
    await shows('connected');
    await harness.client.hangup();
    await shows('idle');
  }

  return {
    async setup(): Promise<void> {
      h = mountBar();
      await signIn(h);
      await configLoaded(h);
      const bar = h.bar();
      observer = new MutationObserver(() => {
        if (waiting && bar.dataset.state === waiting.state) {
          const { resolve } = waiting;
          waiting = null;
          resolve();
        }
      });
      observer.observe(bar, { attributes: true, attributeFilter: ['data-state'] });
      // Make sure the agent is idle, whatever the sign-in left.
      h.server.push([agentState(AGENT.idle)]);
    },
    /** Runs `count` cycles; resolves with the ms they took. */
    async run(count: number): Promise<number> {
      const started = performance.now();
      for (let i = 0; i < count; i++) await cycle();
      return performance.now() - started;
    },
    get cycles() {
      return cycles;
    },
    teardown(): void {
      observer?.disconnect();
      h?.unmount();
      h = null;
    },
  };
}
