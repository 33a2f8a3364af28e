import type { CSSProperties } from 'react';
import type { AgentStatus } from '@wincall/core';
import { useMessages } from '../../hooks/useMessages';
import { cx } from '../../utils/format';

export interface StatusBadgeProps {
  status: AgentStatus;
  /** The busy reason's name, shown after the status. */
  reason?: string;
  /** Replaces the catalog's status text. */
  label?: string;
  className?: string;
  style?: CSSProperties;
}

/** The agent's status as a coloured badge (`data-state` = the status). Store-free. */
export function StatusBadge({ status, reason, label, className, style }: StatusBadgeProps) {
  const { t } = useMessages();
  return (
    <span className={cx('wincall-status-badge', className)} style={style} data-state={status}>
      <span className="wincall-status-dot" aria-hidden="true" />
      <span className="wincall-status-text">{label ?? t(`status.${status}`)}</span>
      {reason ? <span className="wincall-status-reason">{reason}</span> : null}
    </span>
  );
}
