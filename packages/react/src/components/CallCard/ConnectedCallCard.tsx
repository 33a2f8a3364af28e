import { memo } from 'react';
import type { WinCallState } from '@wincall/core';
import { useMessages } from '../../hooks/useMessages';
import { agentLabel, knownAgent, knownAgentBy } from '../../hooks/useAgentRoster';
import { useQueues } from '../../hooks/useQueues';
import { useWinCall } from '../../hooks/useWinCall';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import { partyNumber, queueIdOf } from '../../utils/callInfo';
import { CallTimer } from '../CallTimer/CallTimer';
import { ConnectedCallTimer, ConnectedHoldTimer } from '../CallTimer/ConnectedTimers';
import { CallQualityIndicator } from '../lazyParts';
import { CallCard, type CallCardProps, type CallPartyRow } from './CallCard';

export type ConnectedCallCardProps = Pick<CallCardProps, 'className' | 'style' | 'otherParty' | 'hidePhase'>;

// Primitives only: the card renders on a phase or party change, never on a timer tick.
const selectPhase = (state: WinCallState) => state.call?.phase ?? null;
const selectKind = (state: WinCallState) => state.call?.kind ?? null;
const selectParty = (state: WinCallState) => (state.call ? partyNumber(state.call) : '');
const selectQueueId = (state: WinCallState) => (state.call ? queueIdOf(state.call) : undefined);
/** The consult as primitives: since, connected at, and who (`agent:<id>` / `number:<n>` / ''). */
const selectConsultSince = (state: WinCallState) => state.call?.consult?.since ?? null;
const selectConsultConnectedAt = (state: WinCallState) => state.call?.consult?.connectedAt ?? null;
const selectConsultTarget = (state: WinCallState) => {
  const target = state.call?.consult?.target;
  return !target ? '' : target.type === 'agent' ? `agent:${target.agentId}` : `number:${target.number}`;
};
/** The other agent on the call (OAgId: the monitored agent, or the one consulting us), 0 for none. */
const selectOtherAgentId = (state: WinCallState) => {
  const id = Number(state.call?.params.OAgId);
  return Number.isSafeInteger(id) && id > 0 ? id : 0;
};

function ConnectedCallCard(props: ConnectedCallCardProps) {
  const { t } = useMessages();
  const phase = useWinCallSelector(selectPhase);
  const kind = useWinCallSelector(selectKind);
  const party = useWinCallSelector(selectParty);
  const queueId = useWinCallSelector(selectQueueId);
  const queues = useQueues();
  const client = useWinCall();
  const otherAgentId = useWinCallSelector(selectOtherAgentId);
  const consultSince = useWinCallSelector(selectConsultSince);
  const consultConnectedAt = useWinCallSelector(selectConsultConnectedAt);
  const consultTarget = useWinCallSelector(selectConsultTarget);
  const [targetType, targetValue = ''] = consultTarget.split(':');
  const consulted = targetType === 'agent' ? knownAgent(client, Number(targetValue)) : undefined;
  const known = otherAgentId ? knownAgent(client, otherAgentId) : kind === 'consult' || kind === 'inner' ? knownAgentBy(client, { extension: party }) : undefined;
  // Named by the directory the agent picked from; else by the agents the config API listed; never by id.
  const otherParty =
    props.otherParty ?? (consulted ? agentLabel(consulted) : targetType === 'number' ? targetValue : known ? agentLabel(known) : undefined);
  if (phase === null) return null;
  // A consult has two sides to watch; in a three-way call everyone talks (one line says it).
  const parties =
    consultSince === null || phase === 'threeWay' ? undefined : consultRows(phase, party, otherParty ?? t('call.consulted'), consultSince, consultConnectedAt);
  const queueName = queueId === undefined ? undefined : (queues.data?.find((q) => q.id === queueId)?.name ?? t('picker.queueFallback', { id: queueId }));
  return (
    <CallCard
      {...props}
      {...(otherParty ? { otherParty } : {})}
      phase={phase}
      kind={kind}
      // Called or consulted by a colleague: the caller is their extension; their name and number say more.
      {...((kind === 'consult' || kind === 'inner') && known ? { party: agentLabel(known) } : party ? { party } : {})}
      {...(queueName ? { queueName } : {})}
      {...(parties ? { parties } : {})}
      timer={<ConnectedCallTimer />}
      holdTimer={<ConnectedHoldTimer />}
      {...(client.phone ? { extra: <CallQualityIndicator /> } : {})}
    />
  );
}

/** The customer waits on hold from the consult's start; the colleague rings, then talks. */
function consultRows(phase: string, customer: string, consulted: string, since: number, connectedAt: number | null): CallPartyRow[] {
  const talking = connectedAt !== null && phase === 'consultConnected';
  return [
    { role: 'customer', label: customer, state: 'onHold', timer: <CallTimer since={since} /> },
    { role: 'consulted', label: consulted, state: talking ? 'talking' : 'ringing', timer: <CallTimer since={talking ? connectedAt : since} /> },
  ];
}

/** The client's current call as a `CallCard`; nothing without a call. */
const MemoConnectedCallCard = memo(ConnectedCallCard);
export { MemoConnectedCallCard as ConnectedCallCard };
