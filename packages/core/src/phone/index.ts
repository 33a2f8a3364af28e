export type * from './types';
export { PhoneError } from './errors';
export { phoneFailureText } from './texts';
export { loadPhoneScript, phoneScriptBeside } from './script';
export { phoneCallView, type PhoneCallView, type AnswerBlock } from './view';
export { createPhoneHandle } from './handle';
export type { BrowserPhoneOptions, PhoneHandle, PhoneHost, PhoneState, PhoneEventMap, PhoneDeviceStatus } from './front';
export { initialPhoneDeviceState, INITIAL_AUDIO_CHECK } from './state';
export { createEmitter } from '../client/emitter';
