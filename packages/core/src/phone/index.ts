export type * from './types';
export { PhoneError } from './errors';
export { phoneFailureText } from './texts';
export { loadPhoneScript, phoneScriptBeside } from './script';
export { phoneCallView, type PhoneCallView, type AnswerBlock } from './view';
export { createPhoneHandle, type BrowserPhoneOptions, type PhoneHandle, type PhoneHost, type PhoneState, type PhoneEventMap, type PhoneDeviceStatus } from './handle';
export { initialPhoneDeviceState, INITIAL_AUDIO_CHECK } from './state';
export { createEmitter } from '../client/emitter';
