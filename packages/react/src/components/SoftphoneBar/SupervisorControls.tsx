import { useState } from 'react';
import { useMessages } from '../../hooks/useMessages';
import { ConnectedAgentPicker } from '../AgentPicker/ConnectedAgentPicker';
import { CommandButton } from '../CommandButton/CommandButton';

/** A supervisor monitors an agent on a call (intercept and barge-in appear during the monitor call). */
export function SupervisorControls() {
  const { t } = useMessages();
  const [agentId, setAgentId] = useState<number | null>(null);
  return (
    <div role="group" aria-label={t('section.supervisor')} className="wincall-section wincall-row">
      <ConnectedAgentPicker variant="online" value={agentId} onValueChange={setAgentId} />
      <CommandButton command="chanspy" args={[agentId ?? 0]} blockedReason={agentId === null ? 'reason.needsAgent' : null}>
        {t('action.chanspy')}
      </CommandButton>
    </div>
  );
}
