import type { CSSProperties, ReactNode } from 'react';
import type { CallKind } from '@wincall/core';
import { useMessages } from '../../hooks/useMessages';
import { kindKey } from '../../utils/callInfo';
import { cx } from '../../utils/format';

export interface IncomingCallBannerProps {
  /** Who is calling: the number, or a colleague's name and number (rendered as text). */
  caller?: ReactNode;
  queueName?: string;
  kind: CallKind;
  /** Given: an answer button (always-on mode). Absent: the hint to pick up the phone. */
  onAnswer?: () => void;
  answerDisabled?: boolean;
  /** Why answering is not possible right now. */
  answerDisabledReason?: string;
  answerPending?: boolean;
  /** `aria-keyshortcuts` of the answer button, e.g. `Alt+A`. */
  answerShortcut?: string;
  /** What declining does (said under the hint while a desk phone rings). */
  declineHint?: string;
  /** How to answer instead of the desk-phone hint (the browser phone's Answer button). */
  answer?: ReactNode;
  /** Extra actions (e.g. a hang-up button). */
  children?: ReactNode;
  className?: string;
  style?: CSSProperties;
}

/** A ringing call: who, through which queue, what kind, and how to answer. Store-free. */
export function IncomingCallBanner(props: IncomingCallBannerProps) {
  const { t } = useMessages();
  const outbound = props.kind === 'outbound';
  return (
    <section
      aria-label={t('incoming.title')}
      className={cx('wincall-incoming', props.className)}
      style={props.style}
      data-state="ringing"
      data-kind={props.kind ?? 'unknown'}
    >
      <p className="wincall-incoming-kind">{t(kindKey(props.kind))}</p>
      <dl className="wincall-incoming-details">
        {props.caller ? (
          <div>
            <dt>{t('incoming.caller')}</dt>
            <dd className="wincall-incoming-caller">{props.caller}</dd>
          </div>
        ) : null}
        {props.queueName ? (
          <div>
            <dt>{t('incoming.queue')}</dt>
            <dd>{props.queueName}</dd>
          </div>
        ) : null}
      </dl>
      <div className="wincall-incoming-actions">
        {props.answer ? (
          props.answer
        ) : props.onAnswer ? (
          <button
            type="button"
            className="wincall-button wincall-button-primary"
            onClick={props.onAnswer}
            disabled={props.answerDisabled || props.answerPending}
            title={props.answerDisabled ? props.answerDisabledReason : undefined}
            aria-busy={props.answerPending || undefined}
            aria-keyshortcuts={props.answerShortcut}
          >
            {t('action.answer')}
            {props.answerPending ? <span className="wincall-pending"> {t('action.pending')}</span> : null}
          </button>
        ) : (
          <p className="wincall-hint">
            {outbound ? t('incoming.pickUpOutbound') : t('incoming.pickUp')}
            {props.declineHint ? <span className="wincall-hint-more"> {props.declineHint}</span> : null}
          </p>
        )}
        {props.children}
      </div>
    </section>
  );
}
