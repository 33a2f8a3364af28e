/**
 * @wincall/core/compat: the legacy `WinCall` facade, a drop-in replacement for the vendor's
 * `jquery.wincall.v2.js` (no jQuery needed). See MIGRATION.md.
 */
export { WinCall } from './WinCall';
export type {
  WinCallOptions,
  WinCallSettings,
  WinCallResponse,
  WinCallEventType,
  ButtonAction,
  EventListener,
} from './types';
export type { IoFactory, SocketLike } from '../transport/socketTransport';
