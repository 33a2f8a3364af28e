import { memo, useCallback, useContext, useState } from 'react';
import { phoneCallView } from '@wincall/core/phone';
import { type PhoneState, type WinCallState } from '@wincall/core';
import { CommandErrorContext } from '../../context';
import { usePhoneMessages } from './phoneMessages';
import { usePhoneSelector } from '../../hooks/usePhone';
import { useWinCall } from '../../hooks/useWinCall';
import { useWinCallSelector } from '../../hooks/useWinCallSelector';
import { toError } from '../../utils/errors';
import { ActionButton } from '../ActionButton/ActionButton';
import { ICON, Phone } from '../SoftphoneBar/icons';

export interface PhoneAnswerButtonProps {
  /** `aria-keyshortcuts`, e.g. `Alt+A`. */
  shortcut?: string | undefined;
}

const selectCall = (state: WinCallState) => state.call;
const selectPhone = (state: PhoneState) => state;

function PhoneAnswerButton({ shortcut }: PhoneAnswerButtonProps) {
  const { t, tb } = usePhoneMessages();
  const client = useWinCall();
  const reportError = useContext(CommandErrorContext);
  const call = useWinCallSelector(selectCall);
  const phone = usePhoneSelector(selectPhone);
  const [pending, setPending] = useState(false);
  const answer = useCallback(async () => {
    setPending(true);
    try {
      await client.phone?.answer();
    } catch (error) {
      // A refused microphone or a failed leg is the phone's state (and a notice); anything else is shown here.
      if (!(error instanceof Error && error.name === 'PhoneError')) reportError?.(toError(error));
    } finally {
      setPending(false);
    }
  }, [client, reportError]);
  if (!phone || !call) return null;
  const view = phoneCallView(client.getState(), phone);
  if (!view.ringing) return null;
  return (
    <ActionButton
      label={tb('action.answer')}
      icon={<Phone {...ICON} />}
      variant="answer"
      reason={view.answerBlocked ? t(`phone.blocked.${view.answerBlocked}`) : null}
      pending={pending || phone.leg?.phase === 'answering'}
      pendingLabel={tb('action.pending')}
      shortcut={shortcut}
      onClick={() => void answer()}
    />
  );
}

/** Answer in the browser (softphone mode): enabled when the phone can take the ringing call, else says why. */
const MemoPhoneAnswerButton = memo(PhoneAnswerButton);
export { MemoPhoneAnswerButton as PhoneAnswerButton };
