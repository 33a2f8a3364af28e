import { useId, useMemo, useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMessages } from '@wincall/react';
import { config } from '../config';
import { useT, type DemoMessageKey } from '../i18n';
import { useTabRole } from '../wincall/sharedClient';
import { createControlApi, type AgentSnapshot, type CallSnapshot, type ControlApi, type Snapshot } from './controlApi';

const STATE_KEY = ['simulator', 'state'] as const;
const POLL_MS = 1_000;

/**
 * The simulator's control panel, shown only against the bundled simulator: customers calling in
 * and hanging up, desk phones picked up and put down, supervisor orders, network faults. It also
 * says which tab holds the connection, a developer detail kept out of the agent's header.
 */
export function SimulatorDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useT();
  const tabRole = useTabRole();
  const api = useMemo(() => createControlApi(config.serverUrl, config.tenant), []);
  const queryClient = useQueryClient();
  const state = useQuery({ queryKey: STATE_KEY, queryFn: api.state, refetchInterval: POLL_MS, retry: false });
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [running, setRunning] = useState(false);

  async function act(label: string, action: () => Promise<unknown>) {
    setRunning(true);
    try {
      await action();
      setStatus({ text: t('sim.done', { action: label }), failed: false });
    } catch (error) {
      setStatus({ text: t('sim.failed', { message: error instanceof Error ? error.message : String(error) }), failed: true });
    } finally {
      setRunning(false);
      void queryClient.invalidateQueries({ queryKey: STATE_KEY });
    }
  }

  const snapshot = state.data;
  return (
    <aside id={id} className="sim-drawer" aria-labelledby={`${id}-title`}>
      <header className="sim-header">
        <h2 id={`${id}-title`}>{t('sim.title')}</h2>
        <button type="button" className="button" onClick={() => void state.refetch()}>
          {t('sim.refresh')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('sim.close')}
        </button>
      </header>
      <p className="muted">{t('sim.hint')}</p>
      <p className="muted">{t('tab.line', { role: t(`tab.${tabRole}`) })}</p>
      <p role="status" className={status?.failed ? 'inline-error' : 'muted'}>
        {state.isError ? t('sim.unreachable') : (status?.text ?? '')}
      </p>
      <div className="sim-grid">
        <PlaceCall snapshot={snapshot} disabled={running} onPlace={(label, input) => act(label, () => api.placeCall(input))} />
        <Calls snapshot={snapshot} disabled={running} onHangup={(call) => act(t('sim.customerHangup'), () => api.customerHangup(call.callId))} />
        <Agents
          snapshot={snapshot}
          disabled={running}
          onAction={(label, action) => act(label, action)}
          api={api}
        />
        <section aria-labelledby={`${id}-faults`} className="sim-section">
          <h3 id={`${id}-faults`}>{t('sim.faults')}</h3>
          <div className="row">
            <button type="button" className="button button-danger" disabled={running} onClick={() => void act(t('sim.faultNetwork'), () => api.fault('network'))}>
              {t('sim.faultNetwork')}
            </button>
            <button type="button" className="button" disabled={running} onClick={() => void act(t('sim.faultSockets'), () => api.fault('drop-sockets'))}>
              {t('sim.faultSockets')}
            </button>
          </div>
        </section>
      </div>
    </aside>
  );
}

const ofTenant = <T extends { tenant: string }>(items: readonly T[] | undefined) => (items ?? []).filter((i) => i.tenant === config.tenant);

function PlaceCall({
  snapshot,
  disabled,
  onPlace,
}: {
  snapshot: Snapshot | undefined;
  disabled: boolean;
  onPlace: (label: string, input: { caller: string; queueId?: number; agentNum?: string }) => Promise<void>;
}) {
  const { t } = useT();
  const id = useId();
  const [caller, setCaller] = useState('13800138000');
  const [target, setTarget] = useState('queue:6250');
  const queues = ofTenant(snapshot?.queues);
  const agents = ofTenant(snapshot?.agents);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [kind, value = ''] = target.split(':');
    const input = kind === 'agent' ? { caller: caller.trim(), agentNum: value } : { caller: caller.trim(), queueId: Number(value) };
    void onPlace(`${t('sim.call')} ${caller.trim()}`, input);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="sim-section">
      <h3 id={`${id}-title`}>{t('sim.placeCall')}</h3>
      <form className="form" onSubmit={submit}>
        <label htmlFor={`${id}-caller`}>{t('sim.caller')}</label>
        <input id={`${id}-caller`} type="tel" value={caller} onChange={(e) => setCaller(e.target.value)} autoComplete="off" />
        <label htmlFor={`${id}-target`}>{t('sim.target')}</label>
        <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
          {queues.length === 0 ? <option value="queue:6250">{t('sim.targetQueue', { id: 6250, name: '' })}</option> : null}
          {queues.map((q) => (
            <option key={`q${q.id}`} value={`queue:${q.id}`}>
              {t('sim.targetQueue', { id: q.id, name: q.name })}
            </option>
          ))}
          {agents.map((a) => (
            <option key={`a${a.agentNum}`} value={`agent:${a.agentNum}`}>
              {t('sim.targetAgent', { agentNum: a.agentNum, name: a.name })}
            </option>
          ))}
        </select>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={disabled || caller.trim() === ''}>
            {t('sim.call')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Calls({
  snapshot,
  disabled,
  onHangup,
}: {
  snapshot: Snapshot | undefined;
  disabled: boolean;
  onHangup: (call: CallSnapshot) => Promise<void>;
}) {
  const { t } = useT();
  const id = useId();
  const live = ofTenant(snapshot?.calls).filter((c) => c.state !== 'ended');
  return (
    <section aria-labelledby={id} className="sim-section">
      <h3 id={id}>{t('sim.calls')}</h3>
      {live.length === 0 ? (
        <p className="muted">{t('sim.noCalls')}</p>
      ) : (
        <ul className="sim-list">
          {live.map((call) => (
            <li key={call.callId} role="group" aria-label={`${call.caller} ${call.callId}`}>
              <span>
                {t('sim.callLine', { caller: call.caller, state: t(`sim.callState.${call.state}`), agents: call.agents.join(', ') || '—' })}
              </span>
              <button type="button" className="button button-small" disabled={disabled} onClick={() => void onHangup(call)}>
                {t('sim.customerHangup')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Agents({
  snapshot,
  disabled,
  onAction,
  api,
}: {
  snapshot: Snapshot | undefined;
  disabled: boolean;
  onAction: (label: string, action: () => Promise<unknown>) => Promise<void>;
  api: ControlApi;
}) {
  const { t } = useT();
  const softphone = useMessages();
  const id = useId();
  const agents = ofTenant(snapshot?.agents).filter((a) => a.initialised);
  const button = (agent: AgentSnapshot, key: DemoMessageKey, action: () => Promise<unknown>) => (
    <button type="button" className="button button-small" disabled={disabled} onClick={() => void onAction(`${agent.agentNum} ${t(key)}`, action)}>
      {t(key)}
    </button>
  );
  return (
    <section aria-labelledby={id} className="sim-section">
      <h3 id={id}>{t('sim.agents')}</h3>
      {agents.length === 0 ? (
        <p className="muted">{t('sim.noAgents')}</p>
      ) : (
        <ul className="sim-list">
          {agents.map((agent) => (
            <li key={agent.agentNum} role="group" aria-label={t('sim.agent', { agentNum: agent.agentNum, name: agent.name })}>
              <span>
                <strong>{t('sim.agent', { agentNum: agent.agentNum, name: agent.name })}</strong>{' '}
                {t('sim.agentLine', { extension: agent.extension, status: t(`sim.status.${agent.status}`) })}
                {agent.phase ? ` · ${softphone.t(`phase.${agent.phase}`)}` : ''}
              </span>
              <span className="row">
                {button(agent, 'sim.answer', () => api.phoneAnswer(agent.extension))}
                {button(agent, 'sim.phoneHangup', () => api.phoneHangup(agent.extension))}
                {button(agent, 'sim.forceBusy', () => api.force(agent.agentNum, 'busy'))}
                {button(agent, 'sim.forceIdle', () => api.force(agent.agentNum, 'idle'))}
                {button(agent, 'sim.forceLogout', () => api.force(agent.agentNum, 'logout'))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
