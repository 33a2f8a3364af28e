import { AGENT, PHONE, agentState, phone, queueCall, ring, result } from './frames';
import { mountBar, signIn, sleep, waitForDom, type Harness } from './harness';
import { renderCounts, snapshotBar } from '../../packages/react/__tests__/support/renderedComponents';

export interface RenderEventResult {
  event: string;
  /** Commits of the React root while the event played out (Profiler). */
  commits: number;
  /** Components that rendered, mounted or unmounted, with their instance counts. */
  rendered: Record<string, number>;
}

const CALL_ID = 'bench.render.1';

const timers = (h: Harness) => [...h.container.querySelectorAll('[role="timer"]')].map((t) => t.textContent).join('|');

/**
 * Resolves just after the shared one-second clock ticked, so that the next second is free of
 * ticks: every event below is triggered and settles well inside it, and a tick never shows up
 * in another event's list.
 */
async function afterTick(h: Harness): Promise<void> {
  const shown = timers(h);
  await waitForDom(h.container, () => timers(h) !== shown, 3000);
  // Passive effects of the tick's commit run after the mutation observers.
  await sleep(10);
}

async function measure(h: Harness, event: string, trigger: () => unknown, done: () => boolean, settleMs = 100): Promise<RenderEventResult> {
  await afterTick(h);
  const before = snapshotBar(h.container);
  const commits = h.commits.count;
  await trigger();
  await waitForDom(h.container, done);
  // Follow-up commits (a command's pending flag clearing, a query settling) belong to the event.
  await sleep(settleMs);
  return { event, commits: h.commits.count - commits, rendered: renderCounts(before, snapshotBar(h.container)) };
}

const status = (h: Harness) => h.container.querySelector<HTMLElement>('.wincall-status')?.dataset.state;
const button = (h: Harness, text: string) => [...h.container.querySelectorAll('button')].find((b) => b.textContent === text);
/** Free agents listed in the open transfer directory. */
const agentEntries = (h: Harness) => h.container.querySelectorAll('.wincall-directory-entry[data-kind="agent"]').length;

/**
 * A signed-in agent in a connected queue call; for each kind of event, which components of the
 * bar render. Needs a profiling build of react-dom for the commit counts.
 */
export async function renderDiscipline(): Promise<RenderEventResult[]> {
  const h = mountBar();
  const out: RenderEventResult[] = [];
  try {
    await signIn(h);
    // The config lists loaded (busy reasons for the status menu), so a refetch is a refetch and not the first load.
    await waitForDom(h.container, () => h.configRequests.size >= 2);
    h.server.push(ring(CALL_ID));
    h.server.push([phone(PHONE.connected, queueCall(CALL_ID))]);
    await waitForDom(h.container, () => h.state() === 'connected');
    await sleep(200);
    // After a dropped connection the client re-signs in and asks for the state (QUERY): the server
    // answers with the call as it stands.
    h.server.answer(6, () => [result(6), agentState(AGENT.occupied), phone(PHONE.connected, queueCall(CALL_ID))]);

    out.push(await measure(h, 'timer tick (1 s)', () => afterTick(h), () => true, 20));

    out.push(
      await measure(
        h,
        'call phase change (HOLD: connected → held)',
        () => h.client.hold(),
        () => h.state() === 'held',
      ),
    );
    await h.client.restore();
    await waitForDom(h.container, () => h.state() === 'connected');

    const queries = () => h.server.received.get(6) ?? 0;
    const queriesBefore = queries();
    out.push(
      await measure(
        h,
        'connection change (dropped → reconnecting → back, re-sign-in + QUERY)',
        () => h.server.drop(),
        () => queries() > queriesBefore && h.client.getState().connection === 'connected',
        150,
      ),
    );

    // The transfer directory lists the free agents; opening it again fetches them again.
    const freeAgents = () => h.configRequests.get('/v2/wintelapi/api/agent/free') ?? 0;
    button(h, '转接/咨询')?.click();
    await waitForDom(h.container, () => agentEntries(h) > 0 && !h.container.querySelector('.wincall-directory-status'));
    button(h, '转接/咨询')?.click();
    await waitForDom(h.container, () => agentEntries(h) === 0);
    await sleep(100);
    const fetchedBefore = freeAgents();
    out.push(
      await measure(
        h,
        'config data refetch (free agents, same data: transfer directory opened)',
        () => button(h, '转接/咨询')?.click(),
        () => freeAgents() > fetchedBefore && agentEntries(h) > 0 && !h.container.querySelector('.wincall-directory-status'),
      ),
    );

    // Not a status change: in a call the agent is "occupied", and any other status ends the call.
    out.push(
      await measure(
        h,
        'agent data update in the call (MT 8: queue list changed)',
        () => h.server.push([{ MT: 8, Param: 1, Data: [6250] }]),
        () => h.client.getState().agent.queues.length === 1,
      ),
    );

    // Status changes happen between calls; the dial directory (agent list, caller and queue pickers) is open.
    await h.client.hangup();
    await waitForDom(h.container, () => h.state() === 'idle');
    button(h, '拨号')?.click();
    await waitForDom(h.container, () => agentEntries(h) > 0 && !h.container.querySelector('.wincall-directory-status'));
    await sleep(100);
    out.push(
      await measure(
        h,
        'agent status change (server MT 4: idle → busy 101)',
        () => h.server.push([agentState(AGENT.busy, 101)]),
        () => status(h) === 'busy',
      ),
    );
    h.server.push([agentState(AGENT.idle)]);
    await waitForDom(h.container, () => status(h) === 'idle');
    out.push(
      await measure(
        h,
        'agent status change (BUSY command: idle → busy 101)',
        () => h.client.busy(101),
        () => status(h) === 'busy',
      ),
    );
    return out;
  } finally {
    h.unmount();
  }
}
