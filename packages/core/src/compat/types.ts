import type { ActionName } from '../machine/state';
import type { PhoneDeviceModule, PhoneDeviceOptions } from '../phone/types';
import type { IoFactory } from '../transport/socketTransport';

/** Button names of the vendor guide's "操作类型" table (plus `transvccque`): pages toggle `#btn_<name>`. */
export type ButtonAction = ActionName;

/** `response.type` (protocol.md §5.1). Only successful results and known events carry one. */
export type WinCallEventType =
  | 'login_action'
  | 'logout_action'
  | 'busy_action'
  | 'unbusy_action'
  | 'enable_autocall_action'
  | 'disable_autocall_action'
  | 'callinner_action'
  | 'callouter_action'
  | 'hangup_action'
  | 'consultinner_action'
  | 'consultouter_action'
  | 'consultback_action'
  | 'threeway_action'
  | 'threewayback_action'
  | 'transfer_action'
  | 'chanspy_action'
  | 'intercept_action'
  | 'breakin_action'
  | 'hold_action'
  | 'restore_action'
  | 'evaluate_action'
  | 'ivr_action'
  | 'queue_action'
  | 'ring_inner_event'
  | 'ring_outer_event'
  | 'ring_queue_event'
  | 'ring_outbound_event'
  | 'ring_chanspy_event'
  | 'ring_consult_event'
  | 'ring_autocall_event'
  | 'calling_event'
  | 'call_connected_event'
  | 'call_done_event'
  | 'system_busy_event'
  | 'system_unbusy_event'
  | 'call_afterwards_event'
  | 'ivr_return_event'
  | 'update_queue_event'
  | 'update_caller_event'
  /** The browser phone (`phonetype: 'softphone'`): its registration, its leg, mute. */
  | 'phone_state_event'
  /** The browser phone failed something: `code` is the failure's (`SIP_AUTH_FAILED`…), `msg` its Chinese text. */
  | 'phone_failed_event';

/**
 * What `event_listener` receives, exactly as the legacy client built it (protocol.md §5).
 * `enableActions` / `disableActions` are deltas to apply in order, not the full set.
 */
export interface WinCallResponse {
  /**
   * The display code (`'005000'`, `'0501'`, `'002'`…), `''` for messages without one. An MT 10
   * code the legacy client had no code of its own for (100, 101, unknown) is passed through as
   * the server sent it, usually a number.
   */
  code: string | number;
  /** The code's text (Chinese, as the legacy client showed it), or the code itself when it has none. */
  msg: string | number;
  type: WinCallEventType | '';
  agStatus: string;
  queStatus: string;
  enableActions: ButtonAction[];
  /** `'*'` means every button (the always-on phone went offline). */
  disableActions: ButtonAction[] | '*';
  /** The IVR digits for `ivr_return_event`, `''` otherwise. */
  data: unknown;
}

export type EventListener = (this: WinCallSettings, response: WinCallResponse) => void;

/** `new WinCall(options)`: the legacy options (vendor guide "WinCall的options说明"). */
export interface WinCallOptions {
  /** Host name or IP of the wintel server. */
  wintel_server_ip?: string;
  /** Default 80, the legacy script's own default (the vendor guide says 6050). Ignored with `https` (port 443). */
  wintel_server_port?: number | string;
  https?: boolean;
  /** Config HTTP API base URL; kept for pages that read it back from `wincall.opts`. */
  wintelapi_url?: string;
  /** Tenant code, sent with INIT. */
  vcc_code?: string;
  vcc_id?: number;
  /**
   * `'telephone'` (default): a desk phone. `'softphone'` with `softphone_ws_url`: the browser phone,
   * the agent's extension registered from this page (`@wincall/phone`, loaded on demand).
   */
  phonetype?: 'telephone' | 'softphone';
  /** Browser phone: the SIP server's WebSocket, `wss://…` (`ws://` on 127.0.0.1). */
  softphone_ws_url?: string;
  /** Browser phone: SIP domain of the extensions. Default: the host of `softphone_ws_url`. */
  softphone_domain?: string;
  /** Browser phone: answer every ring by itself (headset agents). Default false. */
  softphone_auto_answer?: boolean;
  /** Browser phone: the SIP user. Default: the extension given to `fn_login`. */
  softphone_user?: string;
  /** Browser phone: the SIP password. Default: the phone password the server hands over at sign-in. Never logged. */
  softphone_password?: string;
  /** Browser phone: STUN/TURN servers for agents behind NAT. */
  softphone_ice_servers?: PhoneDeviceOptions['iceServers'];
  /** Browser phone, with a bundler: loads the device, `() => import('@wincall/phone/device')`. */
  softphone_load?: () => Promise<PhoneDeviceModule>;
  /** Browser phone, script tags: where `wincall-phone.js` is. Default: next to `wincall.js` (or `window.WinCallPhone` when the page has it). */
  softphone_script?: string;
  busy_reasons?: Record<string, string>;
  debug?: boolean;
  event_listener?: EventListener;
  /** socket.io reconnection on/off (default on). */
  reconnect?: boolean;
  /** Reconnection attempts before giving up (default 30). */
  reconnect_limit?: number;
  /**
   * socket.io client factory, e.g. `io` from socket.io-client@2 for old (Engine.IO 3) servers.
   * Default: the page's global `io` when it defines one, else the bundled socket.io-client 4.
   */
  io?: IoFactory;
  /** Softphone settings of the legacy client; accepted and unused. */
  tel_server?: string;
  tel_server_port?: string | number;
}

/** Options without a default. */
type Unset =
  | 'io'
  | 'vcc_id'
  | 'tel_server'
  | 'tel_server_port'
  | 'softphone_ws_url'
  | 'softphone_domain'
  | 'softphone_auto_answer'
  | 'softphone_user'
  | 'softphone_password'
  | 'softphone_ice_servers'
  | 'softphone_load'
  | 'softphone_script';

/** The options merged with their defaults: `wincall.opts`. */
export type WinCallSettings = Required<Omit<WinCallOptions, Unset>> & Pick<WinCallOptions, Unset>;
