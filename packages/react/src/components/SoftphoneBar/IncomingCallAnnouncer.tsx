import { memo } from 'react';
import { useIncomingCall } from '../../hooks/useIncomingCall';
import { useMessages } from '../../hooks/useMessages';
import { useTabRole } from '../../hooks/useTabRole';
import { partyNumber } from '../../utils/callInfo';

function IncomingCallAnnouncer() {
  const { t } = useMessages();
  const call = useIncomingCall();
  const role = useTabRole();
  const caller = call ? partyNumber(call) : '';
  const text =
    call && call.kind !== 'outbound' && role !== 'follower'
      ? caller
        ? t('announce.incoming', { caller })
        : t('announce.incomingUnknown')
      : '';
  return (
    <div aria-live="polite" aria-atomic="true" className="wincall-visually-hidden wincall-announcer">
      {text}
    </div>
  );
}

/**
 * A polite live region that says "来电 13800138000" when a call rings (not for the agent's own
 * outbound leg). With several tabs of one agent, only the tab holding the connection speaks.
 */
const MemoIncomingCallAnnouncer = memo(IncomingCallAnnouncer);
export { MemoIncomingCallAnnouncer as IncomingCallAnnouncer };
