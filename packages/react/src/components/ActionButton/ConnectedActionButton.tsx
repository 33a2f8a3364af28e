import { memo, useCallback, useContext, type ReactNode } from 'react';
import { COMMAND_GUARDS, unavailableReason, type CommandResult, type UnavailableReason, type WinCallState } from '@wincall/core';
import { CommandErrorContext } from '../../context';
import { useCommand, type CommandArgs, type CommandName } from '../../hooks/useCommand';
import { useMessages } from '../../hooks/useMessages';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import type { MessageKey } from '../../i18n';
import { ActionButton, type ActionButtonProps } from './ActionButton';

export interface ConnectedActionButtonProps<N extends CommandName> extends Omit<ActionButtonProps, 'reason' | 'pending' | 'pendingLabel' | 'onClick'> {
  command: N;
  args?: CommandArgs<N>;
  /** A precondition of the surrounding form that is not met, e.g. `reason.needsNumber`. */
  blockedReason?: MessageKey | null;
  /** Run instead of the command (e.g. ask for confirmation first); the button still follows the command's availability. */
  onActivate?: () => void;
  onDone?: (result: CommandResult) => void;
  icon?: ReactNode;
  /** Stay in place, disabled with the reason, while the connection is down (hang-up: the agent must see it waits). */
  keepWhenOffline?: boolean;
}

/**
 * Reasons that belong to the whole bar, not to one button: the status selector already says
 * them, so the button is hidden instead of greyed out.
 */
const HIDDEN_WHEN: ReadonlySet<UnavailableReason> = new Set(['notConnected', 'phoneOffline', 'signedOut', 'signingIn']);

function ConnectedActionButton<N extends CommandName>({ command, args, blockedReason, onActivate, onDone, keepWhenOffline, ...props }: ConnectedActionButtonProps<N>) {
  const { t } = useMessages();
  const action = COMMAND_GUARDS[command];
  const selectReason = useCallback(
    (state: WinCallState) => (action === null || action === 'dtmf' ? null : unavailableReason(state, action)),
    [action],
  );
  const reason = useWinCallSelector(selectReason);
  const reportError = useContext(CommandErrorContext);
  const { run, pending } = useCommand(command, {
    ...(onDone ? { onSuccess: onDone } : {}),
    onError: (error) => reportError?.(error),
  });
  if (reason && HIDDEN_WHEN.has(reason) && !(keepWhenOffline && reason === 'notConnected')) return null;
  // Waiting for another command is momentary: the button is off, but no reason is spelled out.
  const reasonText = reason && reason !== 'pending' ? t(`reason.${reason}`) : blockedReason ? t(blockedReason) : null;
  return (
    <ActionButton
      {...props}
      reason={reasonText}
      disabled={reason === 'pending' || props.disabled}
      pending={pending}
      pendingLabel={t('action.pending')}
      onClick={() => {
        if (onActivate) onActivate();
        else void run(...((args ?? []) as CommandArgs<N>));
      }}
    />
  );
}

/** An `ActionButton` that runs a client command and follows its availability (see `CommandButton`). */
// The cast restores the generic signature that memo() drops.
const MemoConnectedActionButton = memo(ConnectedActionButton) as typeof ConnectedActionButton;
export { MemoConnectedActionButton as ConnectedActionButton };
