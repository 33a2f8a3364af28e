import { useId, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { cx } from '../../utils/format';

export interface ActionButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'type'> {
  /** The words on the button (and its accessible name). */
  label: string;
  icon?: ReactNode;
  /** Show only the icon; the label becomes the accessible name and the tooltip. */
  iconOnly?: boolean;
  /** Why the button cannot be used yet: shown next to it in words (not only on hover) and as its description. */
  reason?: string | null;
  pending?: boolean;
  /** Shown after the label while pending, e.g. "处理中". */
  pendingLabel?: string;
  variant?: 'default' | 'primary' | 'danger' | 'answer';
  /** `aria-keyshortcuts`, e.g. `Alt+H`. */
  shortcut?: string | undefined;
}

/**
 * An icon-and-label action. Disabled with a reason, it says why in words beside it. In the panel
 * layout the stylesheet turns it into a large round button with the label underneath. Store-free.
 */
export function ActionButton({ label, icon, iconOnly, reason, pending, pendingLabel, variant = 'default', shortcut, className, disabled, ...rest }: ActionButtonProps) {
  const reasonId = useId();
  const off = disabled === true || Boolean(reason) || pending === true;
  return (
    <span
      className="wincall-action"
      data-variant={variant}
      data-state={pending ? 'pending' : off ? 'disabled' : 'enabled'}
      // A row short of room shows the icon alone (data-density="tight"): the stylesheet shows these words
      // on hover and focus. Not a title: the button is named by its words already, and a title equal to
      // the name would be read out twice as its description.
      data-tip={iconOnly ? undefined : label}
    >
      <button
        {...rest}
        type="button"
        className={cx('wincall-button', 'wincall-action-button', variant !== 'default' && `wincall-button-${variant}`, iconOnly && 'wincall-icon-button', className)}
        disabled={off}
        aria-label={iconOnly ? label : undefined}
        title={iconOnly ? label : (reason ?? rest.title)}
        aria-describedby={cx(rest['aria-describedby'], reason ? reasonId : undefined) || undefined}
        aria-busy={pending || undefined}
        aria-keyshortcuts={shortcut}
      >
        {icon}
        {iconOnly ? null : <span className="wincall-button-label">{label}</span>}
        {pending && pendingLabel ? <span className="wincall-pending"> {pendingLabel}</span> : null}
      </button>
      {reason ? (
        <span id={reasonId} className="wincall-reason">
          {reason}
        </span>
      ) : null}
    </span>
  );
}
