import { memo } from 'react';
import { useConnection } from '../../hooks/useConnection';
import { useDropNotice } from '../../hooks/useDropNotice';
import { useMessages } from '../../hooks/useMessages';

function ConnectionBanner() {
  const { t } = useMessages();
  const connection = useConnection();
  const notice = useDropNotice();
  return (
    <>
      <div role="status" className="wincall-banner" data-state={connection === 'reconnecting' ? 'reconnecting' : 'hidden'}>
        {connection === 'reconnecting' ? t('connection.reconnecting') : null}
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
 * Reconnecting: a polite status. Connection lost for good, or a supervisor's forced sign-out: an
 * alert (a deliberate sign-out shows nothing). The status selector shows the same problem as its look.
 */
const MemoConnectionBanner = memo(ConnectionBanner);
export { MemoConnectionBanner as ConnectionBanner };
