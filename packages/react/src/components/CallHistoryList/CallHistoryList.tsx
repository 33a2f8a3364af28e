import type { CSSProperties } from 'react';
import type { CallRecord } from '@wincall/core';
import { useMessages } from '../../hooks/useMessages';
import { cx, formatDuration } from '../../utils/format';

export interface CallHistoryListProps {
  /** Newest first, as `useCallHistory` gives them. */
  records: readonly CallRecord[];
  /** Calls the other party back; without it there are no call-back buttons. */
  onRedial?: (number: string, record: CallRecord) => void;
  /** Why calling back is not possible now (e.g. already on a call): the buttons are disabled and say so. */
  redialUnavailable?: string | null;
  className?: string;
  style?: CSSProperties;
}

const clock = (at: number, locale: string) =>
  new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hour12: false });

/**
 * A call log: one row per call record, missed calls marked, a call-back button per number.
 * `data-state` = the end reason, `data-missed` on missed calls. Store-free: records in, `onRedial` out.
 */
export function CallHistoryList({ records, onRedial, redialUnavailable = null, className, style }: CallHistoryListProps) {
  const { t, locale } = useMessages();
  if (records.length === 0) {
    return (
      <p className={cx('wincall-history', 'wincall-history-empty', className)} style={style}>
        {t('history.empty')}
      </p>
    );
  }
  return (
    <ol className={cx('wincall-history', className)} style={style} aria-label={t('history.label')}>
      {records.map((record) => {
        const number = record.otherParty ?? '';
        const kind = t(record.kind === null ? 'kind.unknown' : `kind.${record.kind}`);
        const reason = t(`history.end.${record.endReason}`);
        return (
          <li
            key={record.id}
            className="wincall-history-item"
            data-state={record.endReason}
            data-direction={record.direction}
            data-missed={record.missed ? '' : undefined}
            data-call-id={record.callId ?? undefined}
          >
            <span className="wincall-history-direction" aria-hidden="true">
              {record.direction === 'inbound' ? '↙' : '↗'}
            </span>
            <span className="wincall-history-main">
              <span className="wincall-history-number">{number === '' ? t('history.unknownNumber') : number}</span>
              <span className="wincall-history-meta">
                <time dateTime={new Date(record.startedAt).toISOString()}>{clock(record.startedAt, locale)}</time>
                {' · '}
                {t(record.direction === 'inbound' ? 'history.inbound' : 'history.outbound')}
                {' · '}
                {kind}
                {record.queue ? ` · ${record.queue.name ?? t('picker.queueFallback', { id: record.queue.id })}` : ''}
              </span>
            </span>
            <span className="wincall-history-outcome">
              {record.missed ? <strong className="wincall-history-missed">{t('history.missed')}</strong> : <span>{reason}</span>}
              <span className="wincall-history-duration">
                {record.answeredAt === null ? t('history.notAnswered') : formatDuration(record.talkMs)}
              </span>
            </span>
            {onRedial && number !== '' ? (
              <button
                type="button"
                className="wincall-history-redial"
                aria-label={t('history.redial', { number })}
                title={redialUnavailable ?? t('history.redial', { number })}
                disabled={redialUnavailable !== null}
                onClick={() => onRedial(number, record)}
              >
                <span aria-hidden="true">☎</span>
              </button>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
