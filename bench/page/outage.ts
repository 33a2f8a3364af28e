import { createWinCallClient, type WinCallClient, type WinCallState } from '@wincall/core';

/** The LOGIN action's number: its successful result is the moment the agent is signed in again. */
const SIGN_IN_ACTION = 2;

export interface Recovery {
  /** Network back → the socket open again (state `connected`), in ms. */
  socketMs: number;
  /** Network back → the server's answer to the re-sign-in's LOGIN, in ms. */
  signedInMs: number;
  /** Network back → a BUSY sent as soon as the agent was signed in again has succeeded, in ms. */
  workingMs: number;
  /** BUSY commands that failed before one went through (0 when the first one did). */
  failedCommands: number;
}

let client: WinCallClient | null = null;
let signedInAt = 0;
/** Whether the page lets the client hear `online` / `offline` (set by `hideNetworkEvents`). */
let networkEventsHidden = false;

function waitForState(predicate: (state: WinCallState) => boolean, timeoutMs: number): Promise<void> {
  const current = client!;
  if (predicate(current.getState())) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`no such state within ${timeoutMs} ms; connection ${current.getState().connection}`));
    }, timeoutMs);
    const unsubscribe = current.store.subscribe((state) => {
      if (!predicate(state)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    });
  });
}

/**
 * An outage the browser does not notice (the server's network or a router upstream fails:
 * `navigator.onLine` stays true): the page's `online` and `offline` events stop here, before the
 * client's listeners, which were added later.
 */
function hideNetworkEvents(): void {
  networkEventsHidden = true;
  for (const type of ['online', 'offline']) {
    window.addEventListener(type, (event) => event.stopImmediatePropagation(), { capture: true });
  }
}

/**
 * Agent 1001 signed in on a real simulator with the client's defaults (back-off, connect timeout,
 * 500 ms pause between INIT and LOGIN on the first sign-in), as a CRM page creates it.
 */
async function start(simUrl: string, options: { hideNetworkEvents: boolean }): Promise<void> {
  if (options.hideNetworkEvents && !networkEventsHidden) hideNetworkEvents();
  client = createWinCallClient({
    serverUrl: simUrl,
    vccCode: 'demo',
    logger: (entry) => {
      const event = entry.data as { type?: string; actionNumber?: number; ok?: boolean } | undefined;
      if (entry.message === 'received' && event?.type === 'result' && event.actionNumber === SIGN_IN_ACTION && event.ok) {
        signedInAt = performance.now();
      }
    },
  });
  await client.login({ agentNum: '1001', password: '1234', extension: '8001' });
}

/** Resolves once the client has seen the connection drop. */
function dropped(timeoutMs: number): Promise<void> {
  return waitForState((state) => state.connection === 'reconnecting', timeoutMs);
}

/** The page's clock, to mark the moment the network comes back. */
const now = () => performance.now();

/**
 * From `since` (the page's clock when the network came back): waits for the socket, for the
 * re-sign-in's LOGIN answer, then sends BUSY and waits for it to succeed (again after a failure,
 * which is counted); finally goes idle again, untimed, for the next run.
 */
async function untilWorking(since: number, timeoutMs: number): Promise<Recovery> {
  const current = client!;
  const deadline = since + timeoutMs;
  const left = () => Math.max(1, deadline - performance.now());
  await waitForState((state) => state.connection === 'connected', left());
  const socketMs = performance.now() - since;
  while (signedInAt < since) {
    if (performance.now() > deadline) throw new Error(`not signed in again within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const signedInMs = signedInAt - since;
  let failedCommands = 0;
  for (;;) {
    try {
      await current.busy();
      break;
    } catch (error) {
      failedCommands++;
      if (performance.now() > deadline) throw error;
      await waitForState((state) => state.connection === 'connected' && state.pending === null, left());
    }
  }
  const workingMs = performance.now() - since;
  await current.unbusy();
  return { socketMs, signedInMs, workingMs, failedCommands };
}

function stop(): void {
  client?.destroy();
  client = null;
}

export const outage = { start, dropped, now, untilWorking, stop };
