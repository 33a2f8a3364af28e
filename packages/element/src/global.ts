/**
 * The script-tag build (`wincall-element.js`): registers `<wincall-softphone>` and exposes
 * `window.WinCallElement = { define, WinCallSoftphoneElement }`. React, the core and socket.io
 * are inside: a page needs no other script.
 */
export { define, TAG_NAME } from './define';
export { WinCallSoftphoneElement } from './element';
import { define } from './define';

define();
