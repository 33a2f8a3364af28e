import type { PhoneDeviceModule } from '@wincall/core';

/**
 * How this build gets the browser phone's device, given the `phone-script` attribute: the ES
 * module imports `@wincall/phone/device` (the app's bundler splits it off), the script-tag build
 * adds `wincall-phone.js` to the page. Either way it is fetched when an agent first signs in.
 */
export type PhoneDeviceLoader = (script: string | null) => () => Promise<PhoneDeviceModule>;

let current: PhoneDeviceLoader | null = null;

/** Set once by the build's entry (index.ts or global.ts). */
export function setPhoneDeviceLoader(loader: PhoneDeviceLoader): void {
  current = loader;
}

export const phoneDeviceLoader = (): PhoneDeviceLoader | null => current;
