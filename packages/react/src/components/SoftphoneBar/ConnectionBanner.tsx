import { memo } from 'react';
import { useConnection } from '../../hooks/useConnection';
import { useDropNotice } from '../../hooks/useDropNotice';
import { useStalled } from '../../hooks/useStalled';
import { useMessages } from '../../hooks/useMessages';

function ConnectionBanner() {
  const { t } = useMessages();
  const connection = useConnection();
  const stalled = useStalled();
  const problem = connection === 'reconnecting' ? 'reconnecting' : stalled ? 'stalled' : null;
  const notice = useDropNotice();
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
 * alert (a deliberate sign-out shows nothing). The status selector shows the same problem as its look.
 */
const MemoConnectionBanner = memo(ConnectionBanner);
export { MemoConnectionBanner as ConnectionBanner };
