import { memo, useMemo, useState } from 'react';
import type { CommandArgs } from '../../hooks/useCommand';
import { useMessages } from '../../hooks/useMessages';
import { ConnectedBusyReasonPicker } from '../BusyReasonPicker/ConnectedBusyReasonPicker';
import { PLAIN_BUSY } from '../BusyReasonPicker/BusyReasonPicker';
import { ConnectedAfterCallCountdown, ConnectedStatusTimer } from '../CallTimer/ConnectedTimers';
import { CommandButton } from '../CommandButton/CommandButton';
import { ConnectedStatusBadge } from '../StatusBadge/ConnectedStatusBadge';

function AgentControls() {
  const { t } = useMessages();
  const [reasonId, setReasonId] = useState<number | null>(PLAIN_BUSY);
  const busyArgs = useMemo((): CommandArgs<'busy'> => [reasonId ?? PLAIN_BUSY], [reasonId]);
  return (
    <div role="group" aria-label={t('section.agent')} className="wincall-section wincall-agent">
      <div className="wincall-row">
        <ConnectedStatusBadge />
        <ConnectedStatusTimer />
        <ConnectedAfterCallCountdown className="wincall-countdown" />
      </div>
      <div className="wincall-row">
        <ConnectedBusyReasonPicker value={reasonId} onValueChange={setReasonId} />
        <CommandButton command="busy" args={busyArgs}>
          {t('action.busy')}
        </CommandButton>
        <CommandButton command="unbusy">{t('action.unbusy')}</CommandButton>
        <CommandButton command="logout">{t('action.logout')}</CommandButton>
      </div>
    </div>
  );
}

/** Status, time in status, after-call countdown, busy (with a reason) / idle, sign out. */
const MemoAgentControls = memo(AgentControls);
export { MemoAgentControls as AgentControls };
