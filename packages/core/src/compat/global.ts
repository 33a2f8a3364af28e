/**
 * The script-tag entry (`dist/wincall.js`): `<script src="wincall.js">` defines `window.WinCall`
 * like the legacy `jquery.wincall.v2.js` did, so existing pages keep `new WinCall({...})`.
 */
import { WinCall } from './WinCall';

if (typeof window !== 'undefined') {
  (window as unknown as { WinCall: typeof WinCall }).WinCall = WinCall;
}
