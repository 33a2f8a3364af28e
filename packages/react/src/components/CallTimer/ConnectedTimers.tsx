import { memo } from 'react';
import type { AgentState, CallState, WinCallState } from '@wincall/core';
import { useMessages } from '../../hooks/useMessages';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import { CallTimer, type CallTimerProps } from './CallTimer';

export type ConnectedTimerProps = Omit<CallTimerProps, 'since' | 'until'>;

// Selectors return primitives and the timers are memoized, so they re-render on their own clock
// and on nothing else.

/**
 * Talk time as the core defines it (`talkTime`: hold excluded), as a running `since` — the
 * connection time moved on by the time spent on hold — or, while held, the talk time so far.
 * Before the call connects: ringing or dialling time, from its start.
 */
const selectTalk = (state: WinCallState): string => {
  const call: CallState | null = state.call;
  if (!call) return '';
  if (call.connectedAt === undefined) return `run:${call.startedAt}`;
  const heldMs = call.heldMs ?? 0;
  if (call.heldSince !== undefined) return `stop:${Math.max(0, call.heldSince - call.connectedAt - heldMs)}`;
  return `run:${call.connectedAt + heldMs}`;
};
/** Hold time so far (`holdTime`), running from the current hold's start moved back by earlier holds. */
const selectHold = (state: WinCallState) => {
  const call = state.call;
  return call?.heldSince === undefined ? undefined : call.heldSince - (call.heldMs ?? 0);
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
  const talk = useWinCallSelector(selectTalk);
  if (talk === '') return null;
  const [mode, value] = talk.split(':') as ['run' | 'stop', string];
  return <CallTimer label={t('call.duration')} {...props} {...(mode === 'run' ? { since: Number(value) } : { stoppedAt: Number(value) })} />;
}

function ConnectedHoldTimer(props: ConnectedTimerProps) {
  const { t } = useMessages();
  const since = useWinCallSelector(selectHold);
  if (since === undefined) return null;
  return <CallTimer label={t('call.holdTime')} {...props} since={since} />;
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

/** Talk time of the current call, hold excluded (ringing time before it is connected); nothing without a call. */
const MemoConnectedCallTimer = memo(ConnectedCallTimer);

/** Time on hold of the current call (all its holds), while held. */
const MemoConnectedHoldTimer = memo(ConnectedHoldTimer);

/** Time in the agent's current status. */
const MemoConnectedStatusTimer = memo(ConnectedStatusTimer);

/** Seconds of after-call work left; nothing outside after-call work. */
const MemoConnectedAfterCallCountdown = memo(ConnectedAfterCallCountdown);
export {
  MemoConnectedCallTimer as ConnectedCallTimer,
  MemoConnectedHoldTimer as ConnectedHoldTimer,
  MemoConnectedStatusTimer as ConnectedStatusTimer,
  MemoConnectedAfterCallCountdown as ConnectedAfterCallCountdown,
};
