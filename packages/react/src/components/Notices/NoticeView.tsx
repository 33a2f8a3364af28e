import type { CSSProperties, ReactNode } from 'react';
import { useMessages } from '../../hooks/useMessages';
import { cx } from '../../utils/format';
import { ICON, Info, PhoneMissed, TriangleAlert, WifiOff, X } from '../SoftphoneBar/icons';

/** How loud a notice is: `danger` for what cost a call or the session, `warning` for the agent's world changing, `info` otherwise. */
export type NoticeTone = 'info' | 'warning' | 'danger';

export interface NoticeViewProps {
  /** What it is about (`missedRing`, `reconnecting`…): styling and tests hook on `data-kind`. */
  kind: string;
  tone: NoticeTone;
  title: string;
  detail?: string;
  /** A live duration shown after the detail (e.g. how long the connection has been down). */
  timer?: ReactNode;
  actionLabel?: string | null;
  onAction?: () => void;
  actionPending?: boolean;
  /** Without it the notice cannot be dismissed (it goes by itself). */
  onDismiss?: () => void;
  /** Other notices waiting behind this one. */
  more?: number;
  className?: string;
  style?: CSSProperties;
}

const TONE_ICON = { info: Info, warning: TriangleAlert, danger: TriangleAlert } as const;
const KIND_ICON: Partial<Record<string, typeof Info>> = { missedRing: PhoneMissed, reconnecting: WifiOff, signInLost: WifiOff, callLost: WifiOff };

/**
 * One notice in words: what happened, what it means, and the one thing to do about it. In the
 * page's flow (it makes the bar taller rather than covering the host page). Store-free: every
 * string comes in as text.
 */
export function NoticeView({ kind, tone, title, detail, timer, actionLabel, onAction, actionPending, onDismiss, more = 0, className, style }: NoticeViewProps) {
  const { t } = useMessages();
  const Icon = KIND_ICON[kind] ?? TONE_ICON[tone];
  return (
    <div className={cx('wincall-notice', className)} style={style} data-kind={kind} data-tone={tone}>
      <Icon {...ICON} className="wincall-notice-icon" />
      <p className="wincall-notice-text">
        <strong className="wincall-notice-title">{title}</strong>
        {detail ? <span className="wincall-notice-detail"> {detail}</span> : null}
        {timer ? <span className="wincall-notice-timer"> {timer}</span> : null}
      </p>
      {more > 0 ? <span className="wincall-notice-more">{t('notice.more', { count: more })}</span> : null}
      {actionLabel && onAction ? (
        <button type="button" className="wincall-button wincall-notice-action" onClick={onAction} disabled={actionPending} aria-busy={actionPending || undefined}>
          {actionLabel}
        </button>
      ) : null}
      {onDismiss ? (
        <button type="button" className="wincall-notice-dismiss" onClick={onDismiss} aria-label={t('notice.dismiss', { title })} title={t('notice.dismiss', { title })}>
          <X {...ICON} size={16} />
        </button>
      ) : null}
    </div>
  );
}
