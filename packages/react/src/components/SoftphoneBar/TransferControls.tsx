import { useState } from 'react';
import { useMessages } from '../../hooks/useMessages';
import { CommandButton } from '../CommandButton/CommandButton';
import { ConnectedQueuePicker } from '../QueuePicker/ConnectedQueuePicker';
import { TextField } from './TextField';

/** Hand the caller on: to a queue, the IVR, the satisfaction survey, or a number (blind). */
export function TransferControls() {
  const { t } = useMessages();
  const [queueId, setQueueId] = useState<number | null>(null);
  const [number, setNumber] = useState('');
  const called = number.trim();
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
        <CommandButton command="transferToQueue" args={[queueId ?? 0]} blockedReason={queueId === null ? 'reason.needsQueue' : null}>
          {t('action.transferToQueue')}
        </CommandButton>
        <CommandButton command="transferToIvr">{t('action.transferToIvr')}</CommandButton>
        <CommandButton command="evaluate">{t('action.evaluate')}</CommandButton>
      </div>
      <div className="wincall-row">
        <TextField label={t('field.blindNumber')} type="tel" inputMode="tel" autoComplete="off" value={number} onValueChange={setNumber} />
        <CommandButton command="blindTransfer" args={[called]} blockedReason={called === '' ? 'reason.needsNumber' : null}>
          {t('action.blindTransfer')}
        </CommandButton>
      </div>
    </div>
  );
}
