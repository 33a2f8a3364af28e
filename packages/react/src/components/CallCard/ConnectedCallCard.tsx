import { memo } from 'react';
import type { WinCallState } from '@wincall/core';
import { useMessages } from '../../hooks/useMessages';
import { useQueues } from '../../hooks/useQueues';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import { partyNumber, queueIdOf } from '../../utils/callInfo';
import { CallTimer } from '../CallTimer/CallTimer';
import { ConnectedCallTimer } from '../CallTimer/ConnectedTimers';
import { CallCard, type CallCardProps } from './CallCard';

export type ConnectedCallCardProps = Pick<CallCardProps, 'className' | 'style' | 'otherParty'>;

// Primitives only: the card renders on a phase or party change, never on a timer tick.
const selectPhase = (state: WinCallState) => state.call?.phase ?? null;
const selectKind = (state: WinCallState) => state.call?.kind ?? null;
const selectParty = (state: WinCallState) => (state.call ? partyNumber(state.call) : '');
const selectQueueId = (state: WinCallState) => (state.call ? queueIdOf(state.call) : undefined);
const selectHeldSince = (state: WinCallState) => state.call?.heldSince ?? null;

function ConnectedCallCard(props: ConnectedCallCardProps) {
  const { t } = useMessages();
  const phase = useWinCallSelector(selectPhase);
  const kind = useWinCallSelector(selectKind);
  const party = useWinCallSelector(selectParty);
  const queueId = useWinCallSelector(selectQueueId);
  const queues = useQueues();
  // From the state, not from events seen while mounted: a remounted card keeps counting the same hold.
  const heldAt = useWinCallSelector(selectHeldSince);
  if (phase === null) return null;
  const queueName = queueId === undefined ? undefined : (queues.data?.find((q) => q.id === queueId)?.name ?? t('picker.queueFallback', { id: queueId }));
  return (
    <CallCard
      {...props}
      phase={phase}
      kind={kind}
      {...(party ? { party } : {})}
      {...(queueName ? { queueName } : {})}
      timer={<ConnectedCallTimer />}
      {...(heldAt !== null ? { holdTimer: <CallTimer label={t('call.holdTime')} since={heldAt} /> } : {})}
    />
  );
}

/** The client's current call as a `CallCard`; nothing without a call. */
const MemoConnectedCallCard = memo(ConnectedCallCard);
export { MemoConnectedCallCard as ConnectedCallCard };
