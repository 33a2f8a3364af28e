import { useId, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useAgent } from '@wincall/react';
import type { AgentSnapshot, CallSnapshot, ForcedState, Outcome, QueueSnapshot } from '@wincall/simulator/model';
import { POOR_QUALITY, VOICE } from './phoneScenarios';
import { CUSTOMER, PRESALES_QUEUE } from './scenarios';
import { GOOD_QUALITY } from './storyPhone';
import { TENANT, type LiveWorld } from './world';

type Report = (what: string, outcome: Outcome) => void;

interface PartProps {
  world: LiveWorld;
  report: Report;
}

/**
 * The rest of the call center, at the story's fingertips: customers calling and hanging up, desk
 * phones (or the browser phone's SIP server, microphone and network), colleagues, a supervisor's
 * orders and network trouble. Plain React over the model.
 */
export function SimulatorPanel({ world }: { world: LiveWorld }) {
  const snapshot = useSyncExternalStore(world.simulator.subscribe, world.simulator.getSnapshot);
  const self = useAgent().agentNum;
  const [log, setLog] = useState('');
  const report: Report = (what, outcome) => setLog(outcome.ok ? `${what}: done` : `${what}: ${outcome.error}`);
  const agents = snapshot.agents.filter((a) => a.tenant === TENANT);
  const onDuty = agents.filter((a) => a.initialised);

  return (
    <aside className="sb-sim" aria-label="Simulator">
      <h2>Simulator</h2>
      <p className="sb-sim-intro">Plays the rest of the call center for this story.</p>
      <IncomingCall world={world} report={report} queues={snapshot.queues.filter((q) => q.tenant === TENANT)} agents={agents} />
      <Calls world={world} report={report} calls={snapshot.calls.filter((c) => c.tenant === TENANT && c.state !== 'ended')} />
      {world.pbx ? <BrowserPhone world={world} report={report} /> : <DeskPhones world={world} report={report} agents={onDuty} />}
      <Colleagues world={world} onDone={setLog} agents={agents.filter((a) => !a.initialised && a.agentNum !== self)} />
      <Supervisor world={world} report={report} agents={onDuty} self={self} />
      <Faults world={world} report={report} />
      <p role="status" className="sb-sim-log">
        {log}
      </p>
    </aside>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function IncomingCall({ world, report, queues, agents }: PartProps & { queues: QueueSnapshot[]; agents: AgentSnapshot[] }) {
  const callerId = useId();
  const targetId = useId();
  const [caller, setCaller] = useState(CUSTOMER);
  const [target, setTarget] = useState(`queue:${PRESALES_QUEUE}`);
  const place = () => {
    const [kind, value = ''] = target.split(':');
    const outcome =
      kind === 'queue' ? world.model.placeCall({ caller, queueId: Number(value) }) : world.model.placeCall({ caller, agentNum: value });
    report(`Call from ${caller}`, outcome);
  };
  return (
    <Part title="Customer calls">
      <div className="wincall-row">
        <div className="wincall-field">
          <label htmlFor={callerId} className="wincall-label">
            Customer number
          </label>
          <input id={callerId} className="wincall-input" inputMode="tel" value={caller} onChange={(e) => setCaller(e.target.value)} />
        </div>
        <div className="wincall-field">
          <label htmlFor={targetId} className="wincall-label">
            Calls
          </label>
          <select id={targetId} className="wincall-select" value={target} onChange={(e) => setTarget(e.target.value)}>
            <optgroup label="A queue">
              {queues.map((q) => (
                <option key={q.id} value={`queue:${q.id}`}>
                  Queue {q.id} {q.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="An agent's direct line">
              {agents.map((a) => (
                <option key={a.agentNum} value={`agent:${a.agentNum}`}>
                  Agent {a.agentNum} {a.name}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <button type="button" className="wincall-button wincall-button-primary" onClick={place}>
          Place call
        </button>
      </div>
    </Part>
  );
}

function describeCall(call: CallSnapshot): string {
  const parts = [call.customer ?? 'between agents', call.kind];
  if (call.queueId !== null) parts.push(`queue ${call.queueId}`);
  parts.push(call.state);
  if (call.agents.length > 0) parts.push(`agents ${call.agents.join(', ')}`);
  if (call.consult) parts.push(`consult ${call.consult.with} (${call.consult.stage})`);
  if (call.monitoredBy) parts.push(`monitored by ${call.monitoredBy}`);
  if (call.dtmf) parts.push(`keys ${call.dtmf}`);
  return parts.join(' · ');
}

function Calls({ world, report, calls }: PartProps & { calls: CallSnapshot[] }) {
  return (
    <Part title="Calls">
      {calls.length === 0 ? (
        <p className="sb-sim-empty">No calls.</p>
      ) : (
        <ul>
          {calls.map((call) => (
            <li key={call.callId}>
              <span className="sb-sim-what">{describeCall(call)}</span>
              {call.customer ? (
                <button
                  type="button"
                  className="wincall-button"
                  aria-label={`Customer hangs up ${call.customer}`}
                  onClick={() => report(`${call.customer} hangs up`, world.model.customerHangup(call.callId))}
                >
                  Customer hangs up
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Part>
  );
}

function DeskPhones({ world, report, agents }: PartProps & { agents: AgentSnapshot[] }) {
  return (
    <Part title="Desk phones">
      {agents.length === 0 ? (
        <p className="sb-sim-empty">Nobody is signed in.</p>
      ) : (
        <ul>
          {agents.map((agent) => (
            <li key={agent.agentNum}>
              <span className="sb-sim-what">
                {agent.agentNum} {agent.name} · {agent.extension} · {agent.status}
                {agent.phase ? ` / ${agent.phase}` : ''}
              </span>
              <button
                type="button"
                className="wincall-button"
                aria-label={`Pick up ${agent.extension}`}
                disabled={agent.phase !== 'ringing'}
                onClick={() => report(`Pick up ${agent.extension}`, world.model.phoneAnswer(agent.extension, TENANT))}
              >
                Pick up
              </button>
              <button
                type="button"
                className="wincall-button"
                aria-label={`Put down ${agent.extension}`}
                disabled={agent.callId === null}
                onClick={() => report(`Put down ${agent.extension}`, world.model.phoneHangup(agent.extension, TENANT))}
              >
                Put down
              </button>
            </li>
          ))}
        </ul>
      )}
    </Part>
  );
}

/**
 * Softphone stories: the agent's phone is in the bar (answer there), so instead of desk phones the
 * panel plays what is around the browser phone: its SIP server, the agent's voice, the network.
 */
function BrowserPhone({ world, report }: PartProps) {
  const pbx = world.pbx;
  const phone = world.client.phone;
  const state = useSyncExternalStore(phone?.store.subscribe ?? noStore, () => phone?.store.getState() ?? null);
  if (!pbx || !state) return null;
  const device = pbx.phone;
  const connected = state.leg?.phase === 'connected';
  const act = (label: string, run: () => void) => {
    try {
      run();
      report(label, { ok: true });
    } catch (error) {
      report(label, { ok: false, status: 409, error: error instanceof Error ? error.message : String(error) });
    }
  };
  const actions: { label: string; disabled: boolean; run: () => void }[] = [
    { label: 'SIP server goes down', disabled: false, run: () => pbx.goDown() },
    { label: 'SIP server comes back', disabled: false, run: () => pbx.comeBack() },
    { label: 'Agent speaks', disabled: !device, run: () => device?.speak(VOICE) },
    { label: 'Agent is silent', disabled: !device, run: () => device?.speak(0) },
    { label: 'Poor network', disabled: !device || !connected, run: () => device?.measure(POOR_QUALITY) },
    { label: 'Good network', disabled: !device || !connected, run: () => device?.measure(GOOD_QUALITY) },
  ];
  return (
    <Part title="Browser phone">
      <p className="sb-sim-state">
        {state.device === 'ready' ? state.registration : `device ${state.device}`} · microphone {state.microphone}
        {state.leg ? ` · call ${state.leg.phase}${state.muted ? ', muted' : ''}` : ''}
      </p>
      <div className="wincall-row">
        {actions.map(({ label, disabled, run }) => (
          <button key={label} type="button" className="wincall-button" disabled={disabled} onClick={() => act(label, run)}>
            {label}
          </button>
        ))}
      </div>
    </Part>
  );
}

const noStore = () => () => undefined;

function Colleagues({ world, agents, onDone }: { world: LiveWorld; agents: AgentSnapshot[]; onDone: (log: string) => void }) {
  const signIn = (agentNum: string) => {
    world.colleague(agentNum).then(
      () => onDone(`${agentNum} signed in`),
      (error: unknown) => onDone(`${agentNum} could not sign in: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  return (
    <Part title="Colleagues">
      {agents.length === 0 ? (
        <p className="sb-sim-empty">Everyone is signed in.</p>
      ) : (
        <ul>
          {agents.map((agent) => (
            <li key={agent.agentNum}>
              <span className="sb-sim-what">
                {agent.agentNum} {agent.name}
                {agent.supervisor ? ' (supervisor)' : ''}
              </span>
              <button type="button" className="wincall-button" aria-label={`Sign in ${agent.agentNum}`} onClick={() => signIn(agent.agentNum)}>
                Sign in
              </button>
            </li>
          ))}
        </ul>
      )}
    </Part>
  );
}

const ORDERS: { state: ForcedState; label: string }[] = [
  { state: 'busy', label: 'Force busy' },
  { state: 'idle', label: 'Force idle' },
  { state: 'logout', label: 'Force sign-out' },
];

function Supervisor({ world, report, agents, self }: PartProps & { agents: AgentSnapshot[]; self: string | undefined }) {
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const target = agents.find((a) => a.agentNum === chosen)?.agentNum ?? self ?? agents[0]?.agentNum ?? '';
  return (
    <Part title="Supervisor orders">
      <div className="wincall-row">
        <div className="wincall-field">
          <label htmlFor={id} className="wincall-label">
            Agent
          </label>
          <select id={id} className="wincall-select" value={target} disabled={agents.length === 0} onChange={(e) => setChosen(e.target.value)}>
            {agents.length === 0 ? <option value="">Nobody signed in</option> : null}
            {agents.map((a) => (
              <option key={a.agentNum} value={a.agentNum}>
                {a.agentNum} {a.name}
              </option>
            ))}
          </select>
        </div>
        {ORDERS.map(({ state, label }) => (
          <button
            key={state}
            type="button"
            className="wincall-button"
            disabled={target === ''}
            onClick={() => report(`${label} ${target}`, world.model.force(target, state, TENANT))}
          >
            {label}
          </button>
        ))}
      </div>
    </Part>
  );
}

function Faults({ world, report }: PartProps) {
  const done = (act: () => void) => (): Outcome => {
    act();
    return { ok: true };
  };
  const actions: { label: string; run: () => Outcome }[] = [
    { label: 'Drop sockets', run: () => world.model.fault('drop-sockets') },
    { label: 'Network fault', run: () => world.model.fault('network') },
    { label: "Cut the bar's link", run: done(() => world.link.cut('reconnecting')) },
    { label: 'Restore the link', run: done(() => world.link.restore()) },
    { label: 'Lose the link for good', run: done(() => world.link.cut('disconnected')) },
    { label: 'Server stops answering', run: done(() => world.link.holdReplies()) },
    { label: 'Server answers again', run: done(() => world.link.releaseReplies()) },
  ];
  return (
    <Part title="Connection">
      <div className="wincall-row">
        {actions.map(({ label, run }) => (
          <button key={label} type="button" className="wincall-button" onClick={() => report(label, run())}>
            {label}
          </button>
        ))}
      </div>
    </Part>
  );
}
