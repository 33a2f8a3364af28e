/**
 * @wincall/phone: the browser phone (`phonetype: softphone`). This entry is small: the options
 * helper and `client.phone`'s front (from `@wincall/core/phone`); sip.js and the device itself
 * (`@wincall/phone/device`) are loaded when the agent signs in.
 */
import { createPhoneHandle, type BrowserPhoneOptions } from '@wincall/core/phone';
import type { PhoneDeviceModule } from '@wincall/core';

/** Loads the device implementation (sip.js + WebRTC) on demand. */
export const loadBrowserPhone = (): Promise<PhoneDeviceModule> => import('./device');

/**
 * The client's `phone` option: `createWinCallClient({ …, phone: browserPhone({ wsUrl, domain }) })`.
 * `load` (the device) and `attach` (`client.phone`) are filled in; any of them may be given.
 */
export function browserPhone(options: Omit<BrowserPhoneOptions, 'load' | 'attach'> & Partial<Pick<BrowserPhoneOptions, 'load' | 'attach'>>): BrowserPhoneOptions {
  return { load: loadBrowserPhone, attach: createPhoneHandle, ...options };
}
