/**
 * @wincall/element: `<wincall-softphone>`, the softphone bar as a standards custom element for any
 * page (Vue, Angular, jQuery, server-rendered), React bundled inside. Importing this module
 * registers the element; `define('my-softphone')` registers it under another name too.
 */
import { define } from './define';
import type { WinCallSoftphoneElement } from './element';
import { setPhoneDeviceLoader } from './phone';

export { WinCallSoftphoneElement, type SoftphoneFeature, type SoftphoneFeatures, type SoftphoneMessages } from './element';
export { define, TAG_NAME } from './define';
export type { WinCallSoftphoneEventMap, SoftphoneErrorDetail } from './events';
export type { SoftphoneLayout, SoftphoneLocale, SoftphoneTheme } from './attributes';
export type { WinCallClient, WinCallClientOptions, CallRecord, CallState, AgentStatus, WinCallError } from '@wincall/core';

declare global {
  interface HTMLElementTagNameMap {
    'wincall-softphone': WinCallSoftphoneElement;
  }
}

// The browser phone (sip.js) stays a separate module: the app's bundler makes it a chunk of its
// own, fetched when an agent first signs in with `phone-ws-url` set.
setPhoneDeviceLoader(() => () => import('@wincall/phone/device'));

define();
