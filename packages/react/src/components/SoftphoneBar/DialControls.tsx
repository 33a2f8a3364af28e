import { memo, useCallback, useMemo, useState } from 'react';
import { useAgentCallers } from '../../hooks/useAgentCallers';
import type { CommandArgs } from '../../hooks/useCommand';
import { useMessages } from '../../hooks/useMessages';
import { useRecentNumbers } from '../../hooks/useRecentNumbers';
import { useWinCall } from '../../hooks/useWinCall';
import { CommandButton } from '../CommandButton/CommandButton';
import { OptionPicker } from '../Picker/OptionPicker';
import { ConnectedQueuePicker } from '../QueuePicker/ConnectedQueuePicker';
import { TextField } from './TextField';

function DialControls() {
  const { t } = useMessages();
  const client = useWinCall();
  const callers = useAgentCallers();
  const [number, setNumber] = useState('');
  const [caller, setCaller] = useState<string | null>(null);
  const [queueId, setQueueId] = useState<number | null>(null);
  const { numbers: recentNumbers, add: addRecent } = useRecentNumbers(`wincall:recent:${client.vccCode}`);
  const chosenCaller = caller !== null && callers.includes(caller) ? caller : (callers[0] ?? null);
  const callerOptions = useMemo(() => callers.map((c) => ({ value: c, label: c })), [callers]);
  const dialled = number.trim();
  const dialArgs = useMemo(
    (): CommandArgs<'dialOuter'> => [
      dialled,
      { ...(chosenCaller !== null ? { caller: chosenCaller } : {}), ...(queueId !== null ? { queueId } : {}) },
    ],
    [dialled, chosenCaller, queueId],
  );
  const onDialled = useCallback(() => addRecent(dialled), [addRecent, dialled]);

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
          options={callerOptions}
          allowEmpty={false}
          value={chosenCaller}
          onValueChange={setCaller}
        />
        <ConnectedQueuePicker value={queueId} onValueChange={setQueueId} />
        <CommandButton
          command="dialOuter"
          args={dialArgs}
          variant="primary"
          blockedReason={dialled === '' ? 'reason.needsNumber' : null}
          onDone={onDialled}
        >
          {t('action.dialOuter')}
        </CommandButton>
      </div>
      {recentNumbers.length > 0 ? (
        <div className="wincall-recent">
          <span className="wincall-label" aria-hidden="true">
            {t('section.recent')}
          </span>
          <ul aria-label={t('section.recent')}>
            {recentNumbers.map((n) => (
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

/** Dial out: number, caller number, queue, recent numbers. */
const MemoDialControls = memo(DialControls);
export { MemoDialControls as DialControls };
