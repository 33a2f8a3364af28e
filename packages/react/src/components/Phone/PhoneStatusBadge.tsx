import { memo } from 'react';
import { phoneFailureText } from '@wincall/core/phone';
import { type PhoneState } from '@wincall/core';
import { usePhoneSelector } from '../../hooks/usePhone';
import { ICON, MicOff, Phone } from '../SoftphoneBar/icons';
import { usePhoneMessages } from './phoneMessages';

/**
 * The browser phone's registration as one look: not there yet, registering, ready, lost, refused;
 * or registered without a microphone to answer with.
 */
export type PhoneLook = 'loading' | 'unavailable' | 'unregistered' | 'registering' | 'registered' | 'reconnecting' | 'failed' | 'microphoneDenied' | 'noMicrophone';

const selectLook = (state: PhoneState): PhoneLook => {
  if (state.device === 'unavailable') return 'unavailable';
  if (state.device !== 'ready') return 'loading';
  // Registered, but no call can be answered without a microphone: said before the next call rings
  // (while one rings, its Answer says it).
  if (state.registration === 'registered' && !state.leg) {
    if (state.microphone === 'denied') return 'microphoneDenied';
    if (state.microphone === 'noDevice') return 'noMicrophone';
  }
  return state.registration;
};
const selectFailure = (state: PhoneState) => state.failure?.code ?? null;
/** `speaking` / `muted` while the call's microphone is muted, else null. */
const selectMute = (state: PhoneState) => (state.leg && state.muted ? (state.speakingWhileMuted ? 'speaking' : 'muted') : null);

function PhoneStatusBadge() {
  const { t, locale } = usePhoneMessages();
  const look = usePhoneSelector(selectLook);
  const failure = usePhoneSelector(selectFailure);
  const mute = usePhoneSelector(selectMute);
  if (look === undefined) return null;
  // Muted is said in words beside the status, in every layout, and louder when the agent talks anyway.
  if (mute) {
    return (
      <span className="wincall-phone-status" data-state={mute} role={mute === 'speaking' ? 'alert' : 'status'}>
        <MicOff {...ICON} size={16} />
        <span className="wincall-phone-status-text">{t(mute === 'speaking' ? 'phone.speakingWhileMuted' : 'phone.muted')}</span>
      </span>
    );
  }
  const text = t(`phone.state.${look}`);
  const why = failure && (look === 'failed' || look === 'reconnecting' || look === 'unavailable') ? phoneFailureText(failure, locale) : null;
  // Where to allow the microphone: in the tooltip, and in words in the Audio settings it names.
  const microphone = look === 'microphoneDenied' || look === 'noMicrophone' ? t(`phone.blocked.${look}`) : null;
  const tip = why ?? microphone;
  // Ready is the normal case: an icon (its words for assistive technology and the tooltip); anything else in words.
  return (
    <span className="wincall-phone-status" data-state={look} title={tip ? `${text}: ${tip}` : text}>
      <Phone {...ICON} size={16} />
      <span className={look === 'registered' ? 'wincall-visually-hidden' : 'wincall-phone-status-text'}>{text}</span>
      {why ? <span className="wincall-visually-hidden">{why}</span> : null}
    </span>
  );
}

/** The browser phone's state beside the agent's status: ready, registering, reconnecting, refused, no microphone — and muted. */
const MemoPhoneStatusBadge = memo(PhoneStatusBadge);
export { MemoPhoneStatusBadge as PhoneStatusBadge };
