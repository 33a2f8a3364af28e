import { connectSocket } from '../transport/engineSocket';
import type { IoFactory } from '../transport/socketTransport';
import type { EventListener, WinCallOptions, WinCallSettings } from './types';

const DEFAULTS: Omit<WinCallSettings, 'event_listener'> = {
  wintel_server_ip: '',
  // What the legacy script really used (its guide says 6050): existing pages depend on it.
  wintel_server_port: 80,
  https: false,
  wintelapi_url: '',
  vcc_code: '',
  phonetype: 'telephone',
  busy_reasons: {},
  debug: false,
  reconnect: true,
  reconnect_limit: 30,
};

/**
 * Merges the options over the defaults like the legacy `$.extend({}, defaults, options)`:
 * an option given as `undefined` keeps its default.
 */
export function resolveSettings(options: WinCallOptions, fallbackListener: EventListener): WinCallSettings {
  const settings: Record<string, unknown> = { ...DEFAULTS, event_listener: fallbackListener };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) settings[key] = value;
  }
  return settings as unknown as WinCallSettings;
}

/** The legacy server URL: `https://ip:443` with `https` (the port option is then ignored), else `http://ip:port`. */
export function serverUrl(settings: WinCallSettings): string {
  return settings.https
    ? `https://${settings.wintel_server_ip}:443`
    : `http://${settings.wintel_server_ip}:${settings.wintel_server_port}`;
}

/**
 * The socket.io factory: the `io` option, else the page's global `io` (pages that load the
 * vendor's socket.io.js keep using it), else the bundled socket.io connection (transport/engineSocket.ts). With
 * `reconnect: false` socket.io's own reconnection is switched off.
 */
export function ioFactory(settings: WinCallSettings): IoFactory {
  const pageIo = (globalThis as { io?: unknown }).io;
  const base: IoFactory =
    settings.io ?? (typeof pageIo === 'function' ? (pageIo as IoFactory) : connectSocket);
  if (settings.reconnect) return base;
  return (url, options) => base(url, { ...options, reconnection: false });
}
