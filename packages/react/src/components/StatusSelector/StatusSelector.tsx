import type { CSSProperties, ReactNode } from 'react';
import { useMessages } from '../../hooks/useMessages';
import { cx } from '../../utils/format';
import { Menu, type MenuItem } from '../Menu/Menu';
import { ChevronDown, CircleCheck, Coffee, Headphones, Hourglass, Loader, PhoneOff, UserRound, WifiOff, ICON } from '../SoftphoneBar/icons';

/** Every look of the status: the agent statuses plus the connection problems that override them. */
export type StatusLook =
  | 'signedOut'
  | 'signingIn'
  | 'idle'
  | 'busy'
  | 'occupied'
  | 'afterCallWork'
  | 'offline'
  | 'reconnecting'
  | 'disconnected';

/** What the agent can switch to: idle, or busy with a reason (`1` is plain busy). */
export type StatusChoice = 'idle' | number;

export interface StatusSelectorOption {
  value: StatusChoice;
  label: string;
  /** Why this one choice cannot be made now (the others can), in words. */
  unavailable?: string;
}

export interface StatusSelectorProps {
  look: StatusLook;
  /** The status in words; the catalog's text for `look` by default. */
  label?: string;
  /** The busy reason's name, shown after the status. */
  reason?: string;
  /** Time in status, or the wrap-up countdown (a `CallTimer`). */
  timer?: ReactNode;
  /** A word before the timer, e.g. "left" for a countdown. */
  timerLabel?: string;
  /** The choices of the menu; without any, the status is shown but cannot be opened. */
  options?: readonly StatusSelectorOption[];
  value?: StatusChoice | null;
  onSelect?: (choice: StatusChoice) => void;
  /** Why no choice can be made now (e.g. during a call): the menu shows it next to each choice. */
  unavailableReason?: string | null;
  /** Words above the choices (e.g. "after this call"). */
  menuHeader?: string;
  /** The status chosen for later ("Busy · Lunch" after this call), shown after the status. */
  next?: string;
  /** The browser phone's state (softphone mode), shown with the agent's status. */
  phone?: ReactNode;
  className?: string;
  style?: CSSProperties;
}

const LOOK_ICON: Record<StatusLook, typeof CircleCheck> = {
  signedOut: UserRound,
  signingIn: Loader,
  idle: CircleCheck,
  busy: Coffee,
  occupied: Headphones,
  afterCallWork: Hourglass,
  offline: PhoneOff,
  reconnecting: Loader,
  disconnected: WifiOff,
};

/**
 * The agent's status as one control: colour, icon, words and time in status, opening a menu of
 * idle and the busy reasons. Connection problems are looks of their own, so the status never
 * says "Idle" while the line is down. Store-free.
 */
export function StatusSelector({ look, label, reason, timer, timerLabel, options = [], value, onSelect, unavailableReason, menuHeader, next, phone, className, style }: StatusSelectorProps) {
  const { t } = useMessages();
  const Icon = LOOK_ICON[look];
  const text = label ?? t(`status.${look}`);
  const content = (
    <>
      <Icon {...ICON} className="wincall-status-icon" />
      <span className="wincall-status-text">{text}</span>
      {reason ? <span className="wincall-status-reason">{reason}</span> : null}
      {next ? <span className="wincall-status-next">{t('status.next', { status: next })}</span> : null}
    </>
  );
  const items: MenuItem[] = options.map((option) => ({
    id: String(option.value),
    label: option.label,
    icon: option.value === 'idle' ? <CircleCheck {...ICON} /> : <Coffee {...ICON} />,
    checked: option.value === value,
    disabled: Boolean(unavailableReason ?? option.unavailable),
    ...((unavailableReason ?? option.unavailable) ? { detail: unavailableReason ?? option.unavailable } : {}),
    onSelect: () => onSelect?.(option.value),
  }));
  return (
    <div className={cx('wincall-status', className)} style={style} data-state={look}>
      {items.length > 0 ? (
        <Menu
          label={`${t('status.label')}: ${text}${reason ? ` ${reason}` : ''}${next ? `, ${t('status.next', { status: next })}` : ''}`}
          {...(menuHeader ? { header: menuHeader } : {})}
          trigger={
            <>
              {content}
              <ChevronDown {...ICON} size={14} className="wincall-status-chevron" />
            </>
          }
          items={items}
          triggerClassName="wincall-status-trigger"
          dataState={look}
        />
      ) : (
        <span className="wincall-status-trigger" role="status" aria-label={`${t('status.label')}: ${text}`}>
          {content}
        </span>
      )}
      {timer ? (
        <span className="wincall-status-time">
          {timerLabel ? <span className="wincall-status-time-label">{timerLabel}</span> : null}
          {timer}
        </span>
      ) : null}
      {phone}
    </div>
  );
}

