import { memo, useMemo, useState } from 'react';
import type { CommandArgs } from '../../hooks/useCommand';
import { useMessages } from '../../hooks/useMessages';
import { ConnectedAgentPicker } from '../AgentPicker/ConnectedAgentPicker';
import { CommandButton } from '../CommandButton/CommandButton';
import { TextField } from './TextField';

function ConsultControls({ selfAgentNum }: { selfAgentNum?: string | undefined }) {
  const { t } = useMessages();
  const [agentId, setAgentId] = useState<number | null>(null);
  const [number, setNumber] = useState('');
  const called = number.trim();
  const innerArgs = useMemo((): CommandArgs<'consultInner'> => [agentId ?? 0], [agentId]);
  const outerArgs = useMemo((): CommandArgs<'consultOuter'> => [called], [called]);
  return (
    <div role="group" aria-label={t('section.consult')} className="wincall-section wincall-consult">
      <div className="wincall-row">
        <ConnectedAgentPicker value={agentId} onValueChange={setAgentId} {...(selfAgentNum ? { excludeAgentNum: selfAgentNum } : {})} />
        <CommandButton command="consultInner" args={innerArgs} blockedReason={agentId === null ? 'reason.needsAgent' : null}>
          {t('action.consultInner')}
        </CommandButton>
        <TextField label={t('field.consultNumber')} type="tel" inputMode="tel" autoComplete="off" value={number} onValueChange={setNumber} />
        <CommandButton command="consultOuter" args={outerArgs} blockedReason={called === '' ? 'reason.needsNumber' : null}>
          {t('action.consultOuter')}
        </CommandButton>
      </div>
      <div className="wincall-row">
        <CommandButton command="consultBack">{t('action.consultBack')}</CommandButton>
        <CommandButton command="transfer" variant="primary">
          {t('action.transfer')}
        </CommandButton>
        <CommandButton command="threeWay">{t('action.threeWay')}</CommandButton>
        <CommandButton command="threeWayBack">{t('action.threeWayBack')}</CommandButton>
      </div>
    </div>
  );
}

/** Consult an agent or a number, take the call back, transfer, three-way. */
const MemoConsultControls = memo(ConsultControls);
export { MemoConsultControls as ConsultControls };
