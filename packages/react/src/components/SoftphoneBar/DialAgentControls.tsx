import { memo, useMemo, useState } from 'react';
import type { CommandArgs } from '../../hooks/useCommand';
import { useMessages } from '../../hooks/useMessages';
import { ConnectedAgentPicker } from '../AgentPicker/ConnectedAgentPicker';
import { CommandButton } from '../CommandButton/CommandButton';

function DialAgentControls({ selfAgentNum }: { selfAgentNum?: string | undefined }) {
  const { t } = useMessages();
  const [agentId, setAgentId] = useState<number | null>(null);
  const dialArgs = useMemo((): CommandArgs<'dialInner'> => [agentId ?? 0], [agentId]);
  return (
    <div role="group" aria-label={t('section.dialAgent')} className="wincall-section wincall-row">
      <ConnectedAgentPicker value={agentId} onValueChange={setAgentId} {...(selfAgentNum ? { excludeAgentNum: selfAgentNum } : {})} />
      <CommandButton command="dialInner" args={dialArgs} blockedReason={agentId === null ? 'reason.needsAgent' : null}>
        {t('action.dialInner')}
      </CommandButton>
    </div>
  );
}

/** Call another agent, picked from the free agents. */
const MemoDialAgentControls = memo(DialAgentControls);
export { MemoDialAgentControls as DialAgentControls };
