import { memo, useMemo, useState } from 'react';
import type { CommandArgs } from '../../hooks/useCommand';
import { useMessages } from '../../hooks/useMessages';
import { ConnectedAgentPicker } from '../AgentPicker/ConnectedAgentPicker';
import { CommandButton } from '../CommandButton/CommandButton';

function SupervisorControls() {
  const { t } = useMessages();
  const [agentId, setAgentId] = useState<number | null>(null);
  const spyArgs = useMemo((): CommandArgs<'chanspy'> => [agentId ?? 0], [agentId]);
  return (
    <div role="group" aria-label={t('section.supervisor')} className="wincall-section wincall-row">
      <ConnectedAgentPicker variant="online" value={agentId} onValueChange={setAgentId} />
      <CommandButton command="chanspy" args={spyArgs} blockedReason={agentId === null ? 'reason.needsAgent' : null}>
        {t('action.chanspy')}
      </CommandButton>
    </div>
  );
}

/** A supervisor monitors an agent on a call (intercept and barge-in appear during the monitor call). */
const MemoSupervisorControls = memo(SupervisorControls);
export { MemoSupervisorControls as SupervisorControls };
