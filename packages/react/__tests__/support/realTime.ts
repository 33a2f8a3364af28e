/** The real `setTimeout`, taken when this module loads: before any test fakes the timers. */
const realSetTimeout = globalThis.setTimeout;

/**
 * Polls `assertion` on real timers until it passes (at most `timeoutMs`), for tests that fake
 * `setTimeout`: `vi.waitFor` advances faked timers as it polls, and Testing Library's `waitFor`
 * waits on them, so neither can watch a timer-driven behaviour step by step.
 */
export async function untilReal(assertion: () => void, timeoutMs = 5_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      assertion();
      return;
    } catch (error) {
      if (performance.now() > deadline) throw error;
    }
    await new Promise((resolve) => realSetTimeout(resolve, 20));
  }
}
