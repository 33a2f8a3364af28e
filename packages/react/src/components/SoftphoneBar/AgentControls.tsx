import { useState } from 'react';
import { useMessages } from '../../hooks/useMessages';
import { ConnectedBusyReasonPicker } from '../BusyReasonPicker/ConnectedBusyReasonPicker';
import { PLAIN_BUSY } from '../BusyReasonPicker/BusyReasonPicker';
import { ConnectedAfterCallCountdown, ConnectedStatusTimer } from '../CallTimer/ConnectedTimers';
import { CommandButton } from '../CommandButton/CommandButton';
import { ConnectedStatusBadge } from '../StatusBadge/ConnectedStatusBadge';

/** Status, time in status, after-call countdown, busy (with a reason) / idle, sign out. */
export function AgentControls() {
  const { t } = useMessages();
  const [reasonId, setReasonId] = useState<number | null>(PLAIN_BUSY);
  return (
    <div role="group" aria-label={t('section.agent')} className="wincall-section wincall-agent">
      <div className="wincall-row">
        <ConnectedStatusBadge />
        <ConnectedStatusTimer />
        <ConnectedAfterCallCountdown className="wincall-countdown" />
      </div>
      <div className="wincall-row">
        <ConnectedBusyReasonPicker value={reasonId} onValueChange={setReasonId} />
        <CommandButton command="busy" args={[reasonId ?? PLAIN_BUSY]}>
          {t('action.busy')}
        </CommandButton>
        <CommandButton command="unbusy">{t('action.unbusy')}</CommandButton>
        <CommandButton command="logout">{t('action.logout')}</CommandButton>
      </div>
    </div>
  );
}
