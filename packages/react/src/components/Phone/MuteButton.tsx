import { memo } from 'react';
import type { PhoneState } from '@wincall/core';
import { usePhoneSelector } from '../../hooks/usePhone';
import { useWinCall } from '../../hooks/useWinCall';
import { ActionButton } from '../ActionButton/ActionButton';
import { ICON, Mic, MicOff } from '../SoftphoneBar/icons';
import { usePhoneMessages } from './phoneMessages';

const selectTalking = (state: PhoneState) => state.leg?.phase === 'connected';
const selectMuted = (state: PhoneState) => state.muted;

function MuteButton() {
  const { t } = usePhoneMessages();
  const client = useWinCall();
  const talking = usePhoneSelector(selectTalking);
  const muted = usePhoneSelector(selectMuted) === true;
  if (!talking) return null;
  return (
    <ActionButton
      label={t('phone.mute')}
      icon={muted ? <MicOff {...ICON} /> : <Mic {...ICON} />}
      variant={muted ? 'danger' : 'default'}
      aria-pressed={muted}
      className="wincall-mute"
      onClick={() => client.phone?.setMuted(!muted)}
    />
  );
}

/** Mute for the browser phone's call (a toggle); the status beside the agent's says it in words while muted. */
const MemoMuteButton = memo(MuteButton);
export { MemoMuteButton as MuteButton };
