/**
 * The script-tag build (`wincall-phone.js`): sets `window.WinCallPhone = { createBrowserPhone }`
 * for pages without a bundler. `<wincall-softphone>`'s script build and the legacy `wincall.js`
 * add this file themselves when an agent first signs in with the browser phone; a page that
 * loads it up front is used as it is.
 */
import { createBrowserPhone } from './device';

if (typeof window !== 'undefined') {
  (window as unknown as { WinCallPhone: { createBrowserPhone: typeof createBrowserPhone } }).WinCallPhone = { createBrowserPhone };
}
