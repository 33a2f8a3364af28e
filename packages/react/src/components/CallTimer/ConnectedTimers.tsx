import { memo } from 'react';
import type { AgentState, CallState, WinCallState } from '@wincall/core';
import { useMessages } from '../../hooks/useMessages';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import { CallTimer, type CallTimerProps } from './CallTimer';

export type ConnectedTimerProps = Omit<CallTimerProps, 'since' | 'until'>;

// Selectors return primitives and the timers are memoized, so they re-render on their own clock
// and on nothing else.
const selectCallStart = (state: WinCallState) => {
  const call: CallState | null = state.call;
  return call ? (call.connectedAt ?? call.startedAt) : undefined;
};
const selectStatusSince = (state: WinCallState) => state.agent.since;
const selectAfterCallEnd = (state: WinCallState) => {
  const agent: AgentState = state.agent;
  return agent.status === 'afterCallWork' && agent.afterCallSeconds !== undefined
    ? agent.since + agent.afterCallSeconds * 1000
    : undefined;
};

function ConnectedCallTimer(props: ConnectedTimerProps) {
  const { t } = useMessages();
  const since = useWinCallSelector(selectCallStart);
  if (since === undefined) return null;
  return <CallTimer label={t('call.duration')} {...props} since={since} />;
}

function ConnectedStatusTimer(props: ConnectedTimerProps) {
  const { t } = useMessages();
  const since = useWinCallSelector(selectStatusSince);
  return <CallTimer label={t('status.timeInState')} {...props} since={since} />;
}

function ConnectedAfterCallCountdown(props: ConnectedTimerProps) {
  const { t } = useMessages();
  const until = useWinCallSelector(selectAfterCallEnd);
  if (until === undefined) return null;
  return <CallTimer label={t('afterCall.remaining')} {...props} until={until} />;
}

/** Talk time of the current call (ringing time before it is connected); nothing without a call. */
const MemoConnectedCallTimer = memo(ConnectedCallTimer);

/** Time in the agent's current status. */
const MemoConnectedStatusTimer = memo(ConnectedStatusTimer);

/** Seconds of after-call work left; nothing outside after-call work. */
const MemoConnectedAfterCallCountdown = memo(ConnectedAfterCallCountdown);
export {
  MemoConnectedCallTimer as ConnectedCallTimer,
  MemoConnectedStatusTimer as ConnectedStatusTimer,
  MemoConnectedAfterCallCountdown as ConnectedAfterCallCountdown,
};
