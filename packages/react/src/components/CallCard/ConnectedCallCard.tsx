import { memo } from 'react';
import type { WinCallState } from '@wincall/core';
import { useMessages } from '../../hooks/useMessages';
import { knownAgent } from '../../hooks/useAgentRoster';
import { useQueues } from '../../hooks/useQueues';
import { useWinCall } from '../../hooks/useWinCall';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import { partyNumber, queueIdOf } from '../../utils/callInfo';
import { CallTimer } from '../CallTimer/CallTimer';
import { ConnectedCallTimer } from '../CallTimer/ConnectedTimers';
import { CallCard, type CallCardProps } from './CallCard';

export type ConnectedCallCardProps = Pick<CallCardProps, 'className' | 'style' | 'otherParty' | 'hidePhase'>;

// Primitives only: the card renders on a phase or party change, never on a timer tick.
const selectPhase = (state: WinCallState) => state.call?.phase ?? null;
const selectKind = (state: WinCallState) => state.call?.kind ?? null;
const selectParty = (state: WinCallState) => (state.call ? partyNumber(state.call) : '');
const selectQueueId = (state: WinCallState) => (state.call ? queueIdOf(state.call) : undefined);
const selectHeldSince = (state: WinCallState) => state.call?.heldSince ?? null;
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
  // From the state, not from events seen while mounted: a remounted card keeps counting the same hold.
  const heldAt = useWinCallSelector(selectHeldSince);
  const client = useWinCall();
  const otherAgentId = useWinCallSelector(selectOtherAgentId);
  const known = otherAgentId ? knownAgent(client, otherAgentId) : undefined;
  // Named by the directory the agent picked from; else by the free-agent list seen earlier; never by id.
  const otherParty = props.otherParty ?? (known ? `${known.agentNum} ${known.name}` : undefined);
  if (phase === null) return null;
  const queueName = queueId === undefined ? undefined : (queues.data?.find((q) => q.id === queueId)?.name ?? t('picker.queueFallback', { id: queueId }));
  return (
    <CallCard
      {...props}
      {...(otherParty ? { otherParty } : {})}
      phase={phase}
      kind={kind}
      // Consulted by a colleague: the caller is their extension; their name and number say more.
      {...(kind === 'consult' && known ? { party: `${known.agentNum} ${known.name}` } : party ? { party } : {})}
      {...(queueName ? { queueName } : {})}
      timer={<ConnectedCallTimer />}
      {...(heldAt !== null ? { holdTimer: <CallTimer label={t('call.holdTime')} since={heldAt} /> } : {})}
    />
  );
}

/** The client's current call as a `CallCard`; nothing without a call. */
const MemoConnectedCallCard = memo(ConnectedCallCard);
export { MemoConnectedCallCard as ConnectedCallCard };
