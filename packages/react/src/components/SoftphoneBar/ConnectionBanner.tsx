import { memo, useState } from 'react';
import type { AgentStatus } from '@wincall/core';
import { useConnection } from '../../hooks/useConnection';
import { useStalled } from '../../hooks/useStalled';
import { useMessages } from '../../hooks/useMessages';
import { useWinCallEvent } from '../../hooks/useWinCallEvent';

const signedIn = (status: AgentStatus) => status !== 'signedOut' && status !== 'signingIn';

function ConnectionBanner() {
  const { t } = useMessages();
  const connection = useConnection();
  const stalled = useStalled();
  const problem = connection === 'reconnecting' ? 'reconnecting' : stalled ? 'stalled' : null;
  const [notice, setNotice] = useState<'disconnected' | 'forcedSignOut' | null>(null);
  useWinCallEvent('connectionChanged', (event) => {
    if (event.status === 'disconnected' && signedIn(event.previous.agent.status)) setNotice('disconnected');
  });
  useWinCallEvent('signedOut', (event) => {
    if (event.forced) setNotice('forcedSignOut');
  });
  useWinCallEvent('signedIn', () => setNotice(null));

  return (
    <>
      <div role="status" className="wincall-banner" data-state={problem ?? 'hidden'}>
        {problem ? t(`connection.${problem}`) : null}
      </div>
      {notice ? (
        <div role="alert" className="wincall-banner wincall-banner-alert" data-state={notice}>
          {notice === 'forcedSignOut' ? t('connection.forcedSignOut') : t('connection.disconnected')}
        </div>
      ) : null}
    </>
  );
}

/**
 * Reconnecting, or a stalled network (the server owes an answer and is silent): a polite status. Connection lost for good, or a supervisor's forced sign-out: an
 * alert (a deliberate sign-out shows nothing).
 */
const MemoConnectionBanner = memo(ConnectionBanner);
export { MemoConnectionBanner as ConnectionBanner };
