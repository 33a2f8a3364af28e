export type * from './types';
export { PhoneError, phoneFailureText } from './errors';
