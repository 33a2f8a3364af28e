import { useSyncExternalStore } from 'react';
import { noticeText } from '@wincall/core';
import { useBusyReasons } from '@wincall/react';
import { formatTime } from '../calls/format';
import { useT, type DemoMessageKey } from '../i18n';
import { clearNotices, loggedNotices, subscribeNotices } from './noticeLog';

/** The log's name for each kind of notice; a kind the demo does not know yet is named by its words. */
const KIND_KEYS: Readonly<Record<string, DemoMessageKey>> = {
  missedRing: 'notices.kind.missedRing',
  forcedStatus: 'notices.kind.forcedStatus',
  dialFailed: 'notices.kind.dialFailed',
  callLost: 'notices.kind.callLost',
  endedWhileHeld: 'notices.kind.endedWhileHeld',
  transferFailed: 'notices.kind.transferFailed',
  signInLost: 'notices.kind.signInLost',
  reconnecting: 'notices.kind.reconnecting',
  phoneFailed: 'notices.kind.phoneFailed',
  error: 'notices.kind.error',
};

/**
 * The notices the softphone gave the agent, newest first, in the page's language: what kind, the
 * words the agent read, when, and the call's number. The words are made when shown, so switching
 * the language switches them too.
 */
export function NoticeLogSection() {
  const { t, locale } = useT();
  const reasons = useBusyReasons();
  const entries = useSyncExternalStore(subscribeNotices, loggedNotices, loggedNotices);
  const names = { busyReason: (id: number) => reasons.data?.find((r) => r.id === id)?.name };
  return (
    <section aria-labelledby="notices-title" className="page">
      <header className="page-header">
        <h2 id="notices-title">{t('notices.title')}</h2>
        <button type="button" className="button" onClick={clearNotices} disabled={entries.length === 0}>
          {t('notices.clear')}
        </button>
      </header>
      <p className="muted rule">{t('notices.rule')}</p>
      {entries.length === 0 ? (
        <p className="empty">{t('notices.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table notice-log">
            <thead>
              <tr>
                <th scope="col">{t('notices.time')}</th>
                <th scope="col">{t('notices.kind')}</th>
                <th scope="col">{t('notices.words')}</th>
                <th scope="col">{t('notices.number')}</th>
                <th scope="col">{t('notices.agent')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map(({ notice, agentNum }) => {
                const words = noticeText(notice, locale, names);
                const key = KIND_KEYS[notice.kind];
                return (
                  <tr key={notice.id} data-notice-id={notice.id} data-kind={notice.kind} data-notice-call-id={notice.call?.callId ?? ''}>
                    <td>
                      <time dateTime={new Date(notice.at).toISOString()}>{formatTime(notice.at, locale)}</time>
                    </td>
                    <td>{key ? t(key) : words.title}</td>
                    <td className="notice-words">
                      <strong>{words.title}</strong>
                      {words.detail ? <span> {words.detail}</span> : null}
                    </td>
                    <td>{notice.call?.number ? <span className="phone-number">{notice.call.number}</span> : '—'}</td>
                    <td>{agentNum ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
