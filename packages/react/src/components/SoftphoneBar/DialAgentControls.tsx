import { useState } from 'react';
import { useMessages } from '../../hooks/useMessages';
import { ConnectedAgentPicker } from '../AgentPicker/ConnectedAgentPicker';
import { CommandButton } from '../CommandButton/CommandButton';

/** Call another agent, picked from the free agents. */
export function DialAgentControls({ selfAgentNum }: { selfAgentNum?: string | undefined }) {
  const { t } = useMessages();
  const [agentId, setAgentId] = useState<number | null>(null);
  return (
    <div role="group" aria-label={t('section.dialAgent')} className="wincall-section wincall-row">
      <ConnectedAgentPicker value={agentId} onValueChange={setAgentId} {...(selfAgentNum ? { excludeAgentNum: selfAgentNum } : {})} />
      <CommandButton command="dialInner" args={[agentId ?? 0]} blockedReason={agentId === null ? 'reason.needsAgent' : null}>
        {t('action.dialInner')}
      </CommandButton>
    </div>
  );
}
