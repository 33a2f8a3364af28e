import { createWinCallClient, summarizeState, type InspectEvent, type WinCallClient } from '@wincall/core';
import { distinct, recordedCommands, recordedStates, type ReplayReport, type StateSummary } from './report';

/** The core's summary of a state, what a replay compares (re-exported for replay tests). */
export { summarizeState };
import { startReplayServer } from './server';

export interface ReplayResult {
  /** The state sequence the recording shows. */
  recorded: StateSummary[];
  /** The state sequence a real client went through in the replay. */
  replayed: StateSummary[];
  /** Commands the replayed client sent that the recording did not have next. */
  mismatches: Array<Record<string, unknown>>;
}

export interface ReplayOptions {
  /** How long the whole replay may take. Default 20 000 ms. */
  timeout?: number;
}

/**
 * Reproduces what the agent saw: starts a replay server (127.0.0.1, a free port) for the report,
 * signs a real `@wincall/core` client in to it and gives it the agent's recorded commands, each
 * once the frames that had arrived before it in the recording have arrived again; resolves with
 * both state sequences once every recorded frame has been played. For tests and bug triage.
 */
export async function replayReport(report: ReplayReport, options: ReplayOptions = {}): Promise<ReplayResult> {
  const mismatches: Array<Record<string, unknown>> = [];
  const commands: Array<Promise<void>> = [];
  const settle = () => undefined;
  const server = await startReplayServer(report, { port: 0, onMismatch: (command) => mismatches.push(command) });
  const replayed: StateSummary[] = [];
  let frames = 0;
  const waiters = new Set<() => void>();
  let client: WinCallClient | null = null;
  let timedOut = false;
  const until = (ready: () => boolean) =>
    new Promise<void>((resolve) => {
      if (ready()) return resolve();
      const wake = () => {
        if (!ready() && !timedOut) return;
        waiters.delete(wake);
        resolve();
      };
      waiters.add(wake);
    });
  const notify = () => {
    for (const wake of [...waiters]) wake();
  };
  // Past the deadline every wait gives up: the result shows how far the replay got.
  const deadline = setTimeout(() => {
    timedOut = true;
    notify();
  }, options.timeout ?? 20_000);
  try {
    client = createWinCallClient({
      vccCode: String(report.options?.vccCode ?? 'demo'),
      serverUrl: server.url,
      loginDelay: 0,
      // The replay plays frames back at its own pace: a heartbeat interval measured from it means nothing.
      timeouts: { stall: 0 },
      silenceTimeout: 0,
      pageLifecycle: false,
    });
    client.inspect?.((event: InspectEvent) => {
      if (event.kind === 'in') frames++;
      if (event.kind === 'transition') replayed.push(summarizeState(event.current));
      notify();
    });
    void server.finished.then(notify);
    for (const step of recordedCommands(report)) {
      await until(() => frames >= step.afterFrames);
      if (timedOut) break;
      const method = (client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[step.command];
      // A command the agent saw fail fails again; the states say so.
      const settled = method ? method(...step.args).then(settle, settle) : Promise.resolve();
      commands.push(settled);
    }
    const total = server.progress().total;
    await until(() => frames >= total);
    // What a command does once answered (e.g. closing the connection after a sign-out) is part of it.
    let open = commands.length;
    const done = () => {
      open--;
      notify();
    };
    for (const command of commands) void command.then(done);
    await until(() => open <= 0);
    return { recorded: recordedStates(report), replayed: distinct(replayed), mismatches };
  } finally {
    clearTimeout(deadline);
    client?.destroy();
    await server.close();
  }
}
