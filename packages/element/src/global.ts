/**
 * The script-tag build (`wincall-element.js`): registers `<wincall-softphone>` and exposes
 * `window.WinCallElement = { define, WinCallSoftphoneElement }`. React, the core and socket.io
 * are inside: a page needs no other script. The browser phone (sip.js) is not: it is
 * `wincall-phone.js`, added to the page when an agent first signs in with `phone-ws-url` set.
 */
export { define, TAG_NAME } from './define';
export { WinCallSoftphoneElement } from './element';
import { loadPhoneScript, phoneScriptBeside } from '@wincall/core/phone';
import { define } from './define';
import { setPhoneDeviceLoader } from './phone';

// Read now, while this script runs (`document.currentScript` is this file only during that).
const beside = phoneScriptBeside();
setPhoneDeviceLoader((script) => () => loadPhoneScript(script || beside || 'wincall-phone.js'));

define();
