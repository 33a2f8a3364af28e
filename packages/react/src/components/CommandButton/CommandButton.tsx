import { memo, useCallback, useContext, useId, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { canSendDtmf, COMMAND_GUARDS, unavailableReason, type CommandResult, type WinCallState } from '@wincall/core';
import { CommandErrorContext } from '../../context';
import { useCommand, type CommandArgs, type CommandName } from '../../hooks/useCommand';
import { useMessages } from '../../hooks/useMessages';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import type { MessageKey } from '../../i18n';
import { cx } from '../../utils/format';

export interface CommandButtonProps<N extends CommandName>
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'onError' | 'children' | 'type'> {
  command: N;
  /** Arguments of the command; none by default. */
  args?: CommandArgs<N>;
  children: ReactNode;
  /** A precondition of the surrounding form that is not met, e.g. `reason.needsNumber`. */
  blockedReason?: MessageKey | null;
  /** `aria-keyshortcuts`, e.g. `Alt+H`. */
  shortcut?: string | undefined;
  variant?: 'default' | 'primary' | 'danger';
  onDone?: (result: CommandResult) => void;
  onError?: (error: Error) => void;
}

function CommandButton<N extends CommandName>(props: CommandButtonProps<N>) {
  const { command, args, children, blockedReason, shortcut, variant = 'default', onDone, onError, className, ...rest } = props;
  const { t } = useMessages();
  const reasonId = useId();
  const action = COMMAND_GUARDS[command];
  const selectReason = useCallback(
    (state: WinCallState) => {
      if (action === null) return null;
      if (action === 'dtmf') return canSendDtmf(state) ? null : ('notTalking' as const);
      return unavailableReason(state, action);
    },
    [action],
  );
  const reason = useWinCallSelector(selectReason);
  const reportError = useContext(CommandErrorContext);
  const { run, pending } = useCommand(command, {
    ...(onDone ? { onSuccess: onDone } : {}),
    onError: (error) => {
      reportError?.(error);
      onError?.(error);
    },
  });

  const reasonText = reason ? t(`reason.${reason}`) : blockedReason ? t(blockedReason) : null;
  const disabled = rest.disabled === true || reasonText !== null || pending;
  return (
    <>
      <button
        {...rest}
        type="button"
        className={cx('wincall-button', variant !== 'default' && `wincall-button-${variant}`, className)}
        disabled={disabled}
        title={reasonText ?? rest.title}
        aria-describedby={cx(rest['aria-describedby'], reasonText ? reasonId : undefined) || undefined}
        aria-busy={pending || undefined}
        aria-keyshortcuts={shortcut}
        data-state={pending ? 'pending' : disabled ? 'disabled' : 'enabled'}
        onClick={() => {
          void run(...((args ?? []) as CommandArgs<N>));
        }}
      >
        {children}
        {pending ? <span className="wincall-pending"> {t('action.pending')}</span> : null}
      </button>
      {reasonText ? (
        <span id={reasonId} hidden>
          {reasonText}
        </span>
      ) : null}
    </>
  );
}

/**
 * A real `<button>` that runs a client command: disabled (saying why) when the command is not
 * available, `aria-busy` while in flight, and never sends twice. Re-renders only when its own
 * availability or pending flag changes, or its props do: keep `args` and `onDone` stable.
 */
// The cast restores the generic signature that memo() drops.
const MemoCommandButton = memo(CommandButton) as typeof CommandButton;
export { MemoCommandButton as CommandButton };
