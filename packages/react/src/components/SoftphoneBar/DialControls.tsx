import { useState } from 'react';
import type { DialOuterOptions } from '@wincall/core';
import { useAgent } from '../../hooks/useAgent';
import { useMessages } from '../../hooks/useMessages';
import { useRecentNumbers } from '../../hooks/useRecentNumbers';
import { useWinCall } from '../../hooks/useWinCall';
import { CommandButton } from '../CommandButton/CommandButton';
import { OptionPicker } from '../Picker/OptionPicker';
import { ConnectedQueuePicker } from '../QueuePicker/ConnectedQueuePicker';
import { TextField } from './TextField';

/** Dial out: number, caller number, queue, recent numbers. */
export function DialControls() {
  const { t } = useMessages();
  const client = useWinCall();
  const agent = useAgent();
  const [number, setNumber] = useState('');
  const [caller, setCaller] = useState<string | null>(null);
  const [queueId, setQueueId] = useState<number | null>(null);
  const recent = useRecentNumbers(`wincall:recent:${client.vccCode}`);
  const chosenCaller = caller !== null && agent.callers.includes(caller) ? caller : (agent.callers[0] ?? null);
  const options: DialOuterOptions = {
    ...(chosenCaller !== null ? { caller: chosenCaller } : {}),
    ...(queueId !== null ? { queueId } : {}),
  };
  const dialled = number.trim();

  return (
    <div role="group" aria-label={t('section.dial')} className="wincall-section wincall-dial">
      <div className="wincall-row">
        <TextField
          label={t('field.number')}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={number}
          onValueChange={setNumber}
        />
        <OptionPicker
          kind="caller-picker"
          defaultLabel={t('field.caller')}
          options={agent.callers.map((c) => ({ value: c, label: c }))}
          allowEmpty={false}
          value={chosenCaller}
          onValueChange={setCaller}
        />
        <ConnectedQueuePicker value={queueId} onValueChange={setQueueId} />
        <CommandButton
          command="dialOuter"
          args={[dialled, options]}
          variant="primary"
          blockedReason={dialled === '' ? 'reason.needsNumber' : null}
          onDone={() => recent.add(dialled)}
        >
          {t('action.dialOuter')}
        </CommandButton>
      </div>
      {recent.numbers.length > 0 ? (
        <div className="wincall-recent">
          <span className="wincall-label" aria-hidden="true">
            {t('section.recent')}
          </span>
          <ul aria-label={t('section.recent')}>
            {recent.numbers.map((n) => (
              <li key={n}>
                <button type="button" className="wincall-link" aria-label={t('recent.use', { number: n })} onClick={() => setNumber(n)}>
                  {n}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
