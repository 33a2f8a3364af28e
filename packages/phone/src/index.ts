/**
 * @wincall/phone: the browser phone (`phonetype: softphone`). This entry is tiny: it only says
 * where the device is; sip.js and the device itself (`@wincall/phone/device`) are loaded when the
 * client first needs them.
 */
import type { PhoneDeviceModule } from '@wincall/core';

/** Loads the device implementation (sip.js + WebRTC) on demand. */
export const loadBrowserPhone = (): Promise<PhoneDeviceModule> => import('./device');
