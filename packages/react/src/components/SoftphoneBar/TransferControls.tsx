import { memo, useMemo, useState } from 'react';
import type { CommandArgs } from '../../hooks/useCommand';
import { useMessages } from '../../hooks/useMessages';
import { CommandButton } from '../CommandButton/CommandButton';
import { ConnectedQueuePicker } from '../QueuePicker/ConnectedQueuePicker';
import { TextField } from './TextField';

function TransferControls() {
  const { t } = useMessages();
  const [queueId, setQueueId] = useState<number | null>(null);
  const [number, setNumber] = useState('');
  const called = number.trim();
  const queueArgs = useMemo((): CommandArgs<'transferToQueue'> => [queueId ?? 0], [queueId]);
  const blindArgs = useMemo((): CommandArgs<'blindTransfer'> => [called], [called]);
  return (
    <div role="group" aria-label={t('section.transfer')} className="wincall-section wincall-transfer">
      <div className="wincall-row">
        <ConnectedQueuePicker
          source="all"
          label={t('field.transferQueue')}
          placeholder={t('picker.choose')}
          value={queueId}
          onValueChange={setQueueId}
        />
        <CommandButton command="transferToQueue" args={queueArgs} blockedReason={queueId === null ? 'reason.needsQueue' : null}>
          {t('action.transferToQueue')}
        </CommandButton>
        <CommandButton command="transferToIvr">{t('action.transferToIvr')}</CommandButton>
        <CommandButton command="evaluate">{t('action.evaluate')}</CommandButton>
      </div>
      <div className="wincall-row">
        <TextField label={t('field.blindNumber')} type="tel" inputMode="tel" autoComplete="off" value={number} onValueChange={setNumber} />
        <CommandButton command="blindTransfer" args={blindArgs} blockedReason={called === '' ? 'reason.needsNumber' : null}>
          {t('action.blindTransfer')}
        </CommandButton>
      </div>
    </div>
  );
}

/** Hand the caller on: to a queue, the IVR, the satisfaction survey, or a number (blind). */
const MemoTransferControls = memo(TransferControls);
export { MemoTransferControls as TransferControls };
