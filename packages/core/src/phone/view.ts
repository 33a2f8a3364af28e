import type { WinCallState } from '../machine/state';
import type { PhoneState } from './front';

/** Why the browser cannot answer the ringing call now. */
export type AnswerBlock = 'deviceUnavailable' | 'notRegistered' | 'microphoneDenied' | 'noMicrophone';

/**
 * The join of the CTI state (the call) and the browser phone's state (the leg), derived on read:
 * neither is copied into the other. What a bar needs to offer Answer, Decline and Mute.
 */
export interface PhoneCallView {
  /** The CTI call rings and the agent is to pick it up (the agent's own outbound or monitor legs are picked up by themselves). */
  ringing: boolean;
  /** Answer can be clicked (the SIP ring may still be on its way: answering waits for it). */
  canAnswer: boolean;
  /** Why not, while ringing. */
  answerBlocked: AnswerBlock | null;
  /** The browser's leg carries the call's audio. */
  talking: boolean;
  muted: boolean;
  speakingWhileMuted: boolean;
}

export function phoneCallView(cti: WinCallState, phone: PhoneState): PhoneCallView {
  const call = cti.call;
  const own = call?.kind === 'outbound' || call?.kind === 'chanspy';
  const ringing = call?.phase === 'ringing' && !own;
  const legRinging = phone.leg?.phase === 'ringing';
  let answerBlocked: AnswerBlock | null = null;
  if (phone.device === 'unavailable') answerBlocked = 'deviceUnavailable';
  else if (phone.microphone === 'denied') answerBlocked = 'microphoneDenied';
  else if (phone.microphone === 'noDevice') answerBlocked = 'noMicrophone';
  else if (!legRinging && phone.registration !== 'registered') answerBlocked = 'notRegistered';
  const talking = phone.leg?.phase === 'connected';
  return {
    ringing,
    canAnswer: ringing && answerBlocked === null && phone.leg?.phase !== 'answering',
    answerBlocked: ringing ? answerBlocked : null,
    talking,
    muted: phone.muted,
    speakingWhileMuted: phone.speakingWhileMuted,
  };
}
