import { memo, useCallback, useContext, useState } from 'react';
import { WinCallError, noticeText, type Notice, type WinCallState } from '@wincall/core';
import { CommandErrorContext } from '../../context';
import { useBusyReasons } from '../../hooks/useBusyReasons';
import { useMessages } from '../../hooks/useMessages';
import { useStalled } from '../../hooks/useStalled';
import { useWinCall } from '../../hooks/useWinCall';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import { errorText, toError } from '../../utils/errors';
import { CallTimer } from '../CallTimer/CallTimer';
import { NoticeView, type NoticeTone } from './NoticeView';

const selectNotices = (state: WinCallState) => state.notices;

const TONE: Record<Notice['kind'], NoticeTone> = {
  missedRing: 'danger',
  forcedStatus: 'warning',
  dialFailed: 'warning',
  callLost: 'danger',
  endedWhileHeld: 'warning',
  transferFailed: 'warning',
  signInLost: 'danger',
  reconnecting: 'warning',
  phoneFailed: 'danger',
  error: 'danger',
};

/** Where the sign-in form's first field is: the "sign in again" action puts the agent there. */
function focusSignIn(from: HTMLElement | null) {
  from?.closest('.wincall-root')?.querySelector<HTMLInputElement>('.wincall-signin input')?.focus();
}

export interface ConnectedNoticesProps {
  /** A failure the bar caught that is not the client's (`WinCallError`s arrive as notices). */
  localError?: Error | null;
}

function ConnectedNotices({ localError = null }: ConnectedNoticesProps) {
  const translator = useMessages();
  const { t, locale } = translator;
  const client = useWinCall();
  const notices = useWinCallSelector(selectNotices);
  const stalled = useStalled();
  const reasons = useBusyReasons();
  const reportError = useContext(CommandErrorContext);
  const [pending, setPending] = useState(false);
  const [dismissedLocal, setDismissedLocal] = useState<Error | null>(null);
  const [region, setRegion] = useState<HTMLDivElement | null>(null);

  const notice = notices.at(-1);
  const run = useCallback(
    async (target: Notice) => {
      const action = target.action;
      if (!action) return;
      if (action.type === 'signIn') {
        client.dismissNotice(target.id);
        focusSignIn(region);
        return;
      }
      if (action.type === 'reconnect') {
        client.reconnect();
        return;
      }
      setPending(true);
      try {
        if (action.type === 'ready') await client.unbusy();
        else await client.dialOuter(action.number);
        client.dismissNotice(target.id);
      } catch (error) {
        // The failure is a notice of its own (WinCallError) or the bar's local error.
        if (!(error instanceof WinCallError)) reportError?.(toError(error));
      } finally {
        setPending(false);
      }
    },
    [client, region, reportError],
  );

  let content = null;
  if (localError && localError !== dismissedLocal) {
    content = <NoticeView kind="error" tone="danger" title={errorText(localError, translator)} onDismiss={() => setDismissedLocal(localError)} />;
  } else if (notice) {
    const words = noticeText(notice, locale, { busyReason: (id) => reasons.data?.find((r) => r.id === id)?.name });
    content = (
      <NoticeView
        kind={notice.kind}
        tone={TONE[notice.kind]}
        title={words.title}
        detail={words.detail}
        {...(notice.kind === 'reconnecting' ? { timer: <CallTimer label={t('notice.outage')} since={notice.at} /> } : {})}
        actionLabel={words.action}
        onAction={() => void run(notice)}
        actionPending={pending}
        // The connection notice goes by itself when the connection is back.
        {...(notice.kind === 'reconnecting'
          ? {}
          : {
              onDismiss: () => {
                if (notice.kind === 'error') client.clearError();
                client.dismissNotice(notice.id);
              },
            })}
        more={notices.length - 1}
      />
    );
  } else if (stalled) {
    content = <NoticeView kind="stalled" tone="warning" title={t('connection.stalled')} />;
  }
  return (
    <div ref={setRegion} role="alert" className="wincall-notices">
      {content}
    </div>
  );
}

/**
 * What the agent must be told, in one place: the newest notice of the client (a missed ring, a
 * failed dial, a lost call, a supervisor's order, the connection…) with its action, and how many
 * more wait behind it; a stalled network when nothing else is to say.
 */
const MemoConnectedNotices = memo(ConnectedNotices);
export { MemoConnectedNotices as ConnectedNotices };
