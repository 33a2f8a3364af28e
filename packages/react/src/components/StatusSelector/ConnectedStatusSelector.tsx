import { memo, useContext, useMemo } from 'react';
import { unavailableReason, type WinCallState } from '@wincall/core';
import { CommandErrorContext } from '../../context';
import { useBusyReasons } from '../../hooks/useBusyReasons';
import { useCommand } from '../../hooks/useCommand';
import { useDropNotice } from '../../hooks/useDropNotice';
import { useMessages } from '../../hooks/useMessages';
import { useStalled } from '../../hooks/useStalled';
import { useWinCall } from '../../hooks/useWinCall';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import { PLAIN_BUSY } from '../BusyReasonPicker/BusyReasonPicker';
import { ConnectedAfterCallCountdown, ConnectedStatusTimer } from '../CallTimer/ConnectedTimers';
import { StatusSelector, type StatusChoice, type StatusLook, type StatusSelectorOption, type StatusSelectorProps } from './StatusSelector';

export type ConnectedStatusSelectorProps = Pick<StatusSelectorProps, 'className' | 'style' | 'phone'>;

const selectStatus = (state: WinCallState) => state.agent.status;
const selectConnection = (state: WinCallState) => state.connection;
const selectPhase = (state: WinCallState) => state.call?.phase ?? null;
const selectReasonId = (state: WinCallState) => (state.agent.status === 'busy' ? (state.agent.busyReasonId ?? PLAIN_BUSY) : null);
const selectHasCountdown = (state: WinCallState) => state.agent.status === 'afterCallWork' && state.agent.afterCallSeconds !== undefined;
const selectInCall = (state: WinCallState) => state.call !== null;
/** Going available waits for a required wrap-up code (busy does not). */
const selectIdleBlocked = (state: WinCallState) => unavailableReason(state, 'unbusy') === 'wrapUpRequired';
const selectNextReasonId = (state: WinCallState) => state.agent.nextStatus?.reasonId ?? null;
/** Why the status cannot be changed now (both directions are blocked for the same reasons in a call). */
const selectBlocked = (state: WinCallState) => {
  const reason = unavailableReason(state, 'busy');
  return reason === 'pending' ? null : reason;
};

function ConnectedStatusSelector(props: ConnectedStatusSelectorProps) {
  const { t } = useMessages();
  const status = useWinCallSelector(selectStatus);
  const connection = useWinCallSelector(selectConnection);
  const reasonId = useWinCallSelector(selectReasonId);
  const countdown = useWinCallSelector(selectHasCountdown);
  const blocked = useWinCallSelector(selectBlocked);
  const phase = useWinCallSelector(selectPhase);
  const inCall = useWinCallSelector(selectInCall);
  const nextReasonId = useWinCallSelector(selectNextReasonId);
  const idleBlocked = useWinCallSelector(selectIdleBlocked);
  const client = useWinCall();
  // A silent server is a connection problem too: the status says so, not only the banner.
  const stalled = useStalled();
  const drop = useDropNotice();
  const reasons = useBusyReasons();
  const reportError = useContext(CommandErrorContext);
  const onError = (error: Error) => reportError?.(error);
  const busy = useCommand('busy', { onError });
  const unbusy = useCommand('unbusy', { onError });

  const signedIn = status !== 'signedOut' && status !== 'signingIn';
  const look: StatusLook =
    signedIn && (connection === 'reconnecting' || stalled)
      ? 'reconnecting'
      : !signedIn && drop === 'disconnected'
        ? 'disconnected'
        : status;
  const options = useMemo((): StatusSelectorOption[] => {
    const list = (reasons.data ?? []).filter((r) => r.id !== PLAIN_BUSY).map((r) => ({ value: r.id, label: r.name || String(r.id) }));
    return [
      { value: 'idle', label: t('status.idle'), ...(idleBlocked ? { unavailable: t('reason.wrapUpRequired') } : {}) },
      { value: PLAIN_BUSY, label: t('status.busy') },
      ...list,
    ];
  }, [reasons.data, t, idleBlocked]);
  const nameOf = (id: number) => (id === PLAIN_BUSY ? undefined : reasons.data?.find((r) => r.id === id)?.name);
  const reasonName = reasonId !== null ? nameOf(reasonId) : undefined;
  const menuOpen = signedIn && status !== 'offline' && look !== 'reconnecting';
  // During a call the choice is for afterwards: "after this call: busy — lunch".
  const planning = inCall && blocked === 'inCall';
  const value: StatusChoice | null = planning ? (nextReasonId ?? 'idle') : status === 'idle' ? 'idle' : reasonId;
  const nextName = nextReasonId === null ? undefined : nameOf(nextReasonId);
  const next = nextReasonId === null ? undefined : nextName ? `${t('status.busy')} · ${nextName}` : t('status.busy');

  return (
    <StatusSelector
      {...props}
      look={look}
      {...(look === 'afterCallWork' ? { label: t('status.afterCallWork') } : {})}
      // In a call the status says what the call is doing (ringing, on hold…), once: the call card
      // beside it does not repeat it.
      {...(look === 'occupied' && phase ? { label: t(`phase.${phase}`) } : {})}
      {...(look === 'reconnecting' && connection !== 'reconnecting' ? { label: t('status.stalled') } : {})}
      {...(reasonName ? { reason: reasonName } : {})}
      options={menuOpen ? options : []}
      value={value}
      unavailableReason={blocked && !planning ? t(`reason.${blocked}`) : null}
      {...(planning ? { menuHeader: t('status.afterThisCall') } : {})}
      {...(next ? { next } : {})}
      onSelect={(choice) => {
        if (planning) client.setNextStatus(choice === 'idle' ? null : { status: 'busy', reasonId: choice });
        else if (choice === 'idle') void unbusy.run();
        else void busy.run(choice);
      }}
      // Time in status is always there; after-call work counts down instead.
      {...(countdown ? { timer: <ConnectedAfterCallCountdown />, timerLabel: t('status.remaining') } : signedIn ? { timer: <ConnectedStatusTimer /> } : {})}
    />
  );
}

/** The signed-in agent's status selector: idle, busy with a reason from the config API. */
const MemoConnectedStatusSelector = memo(ConnectedStatusSelector);
export { MemoConnectedStatusSelector as ConnectedStatusSelector };
