/**
 * The script-tag entry (`dist/wincall.js`): `<script src="wincall.js">` defines `window.WinCall`
 * like the legacy `jquery.wincall.v2.js` did, so existing pages keep `new WinCall({...})`.
 */
import { phoneScriptBeside } from '../phone/script';
import { setDefaultPhoneScript } from './browserPhone';
import { WinCall } from './WinCall';

if (typeof window !== 'undefined') {
  // The browser phone (`phonetype: 'softphone'`) is not in this file: `wincall-phone.js`, next to
  // it by default. Read now, while this script runs (`document.currentScript` is this file only then).
  setDefaultPhoneScript(phoneScriptBeside());
  (window as unknown as { WinCall: typeof WinCall }).WinCall = WinCall;
}
