/**
 * The browser-phone benchmark page: the bar, the client and `@wincall/phone` (sip.js included),
 * bundled apart from the other benchmark page (bench/page/main.ts) so that those pages do not
 * carry the phone. Driven from Node through `window.__benchPhone`.
 */
import './phoneProbes';
import { phone } from './phone';

(window as unknown as { __benchPhone: typeof phone }).__benchPhone = phone;
