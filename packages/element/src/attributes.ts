import type { BrowserPhoneOptions, WinCallClientOptions } from '@wincall/core';
import { createPhoneHandle } from '@wincall/core/phone';
import type { PhoneDeviceLoader } from './phone';

/** The attributes the element reads. Server and phone settings recreate the client; the rest apply live. */
export const SERVER_ATTRIBUTES = ['server-url', 'api-url', 'vcc-code'] as const;
/** The browser phone (`phonetype: softphone`): `phone-ws-url` turns it on. */
export const PHONE_ATTRIBUTES = ['phone-ws-url', 'phone-domain', 'phone-auto-answer', 'phone-script'] as const;
export const VIEW_ATTRIBUTES = ['locale', 'theme', 'layout', 'default-extension', 'default-agent-num'] as const;
export const OBSERVED_ATTRIBUTES: readonly string[] = [...SERVER_ATTRIBUTES, ...PHONE_ATTRIBUTES, ...VIEW_ATTRIBUTES];

export type SoftphoneLocale = 'zh-CN' | 'en';
export type SoftphoneTheme = 'light' | 'dark';
export type SoftphoneLayout = 'bar' | 'panel' | 'compact';

/** What the view attributes say, with unknown values falling back to the defaults. */
export interface ViewSettings {
  locale: SoftphoneLocale;
  theme: SoftphoneTheme | undefined;
  layout: SoftphoneLayout | undefined;
  defaultExtension: string | undefined;
  defaultAgentNum: string | undefined;
}

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((candidate) => candidate === value);

export function readView(get: (name: string) => string | null): ViewSettings {
  return {
    locale: oneOf(get('locale'), ['zh-CN', 'en'] as const) ?? 'zh-CN',
    theme: oneOf(get('theme'), ['light', 'dark'] as const),
    layout: oneOf(get('layout'), ['bar', 'panel', 'compact'] as const),
    defaultExtension: get('default-extension') ?? undefined,
    defaultAgentNum: get('default-agent-num') ?? undefined,
  };
}

/**
 * The client options from the attributes over the `options` property. Throws a TypeError naming
 * the missing or malformed attribute: the element reports it as an `error` event and shows nothing.
 * `loader` is how this build fetches the browser phone when `options.phone.load` does not say.
 */
export function readClientOptions(
  get: (name: string) => string | null,
  extra: Partial<WinCallClientOptions>,
  loader: PhoneDeviceLoader | null = null,
): WinCallClientOptions {
  const serverUrl = get('server-url') ?? extra.serverUrl;
  const vccCode = get('vcc-code') ?? extra.vccCode;
  const apiUrl = get('api-url') ?? extra.apiUrl;
  if (!serverUrl && !extra.transport && !extra.host) {
    throw new TypeError('<wincall-softphone>: set the server-url attribute (the wintel socket.io server, e.g. "https://cti.example.com:6050")');
  }
  if (!vccCode) throw new TypeError('<wincall-softphone>: set the vcc-code attribute (the tenant code, e.g. "demo")');
  const phone = readPhoneOptions(get, extra.phone, loader);
  const rest = { ...extra };
  delete rest.phone;
  return { ...rest, vccCode, ...(serverUrl ? { serverUrl } : {}), ...(apiUrl ? { apiUrl } : {}), ...(phone ? { phone } : {}) };
}

/** A boolean attribute: present is on, except the literal `"false"` (a common way to write "off"). */
const readFlag = (value: string | null): boolean | undefined => (value === null ? undefined : value.trim().toLowerCase() !== 'false');

/**
 * The browser phone's options: the `phone-*` attributes over `options.phone`. None without a
 * WebSocket URL (the agent uses a desk phone). The password stays `options.phone.password` (or,
 * by default, the one the server hands over at sign-in): never an attribute, which anyone
 * reading the page's DOM could see.
 */
export function readPhoneOptions(
  get: (name: string) => string | null,
  given: Partial<BrowserPhoneOptions> | undefined,
  loader: PhoneDeviceLoader | null,
): BrowserPhoneOptions | undefined {
  if (given != null && typeof given !== 'object') throw new TypeError('<wincall-softphone>: options.phone must be an object');
  const wsUrl = get('phone-ws-url') || given?.wsUrl;
  if (!wsUrl) {
    if (given) throw new TypeError('<wincall-softphone>: set the phone-ws-url attribute (or options.phone.wsUrl): the SIP server\'s WebSocket, e.g. "wss://sip.example.com:8443/ws"');
    return undefined;
  }
  let protocol = '';
  try {
    protocol = new URL(wsUrl).protocol;
  } catch {
    // Reported below with the value.
  }
  if (protocol !== 'ws:' && protocol !== 'wss:') {
    throw new TypeError(`<wincall-softphone>: phone-ws-url must be a ws:// or wss:// URL (the SIP server's WebSocket), got ${JSON.stringify(wsUrl)}`);
  }
  const domain = get('phone-domain') || given?.domain;
  const autoAnswer = readFlag(get('phone-auto-answer')) ?? given?.autoAnswer;
  const load = given?.load ?? loader?.(get('phone-script'));
  if (typeof load !== 'function') throw new TypeError('<wincall-softphone>: options.phone.load must be a function returning the device module');
  return { ...given, wsUrl, load, attach: given?.attach ?? createPhoneHandle, ...(domain ? { domain } : {}), ...(autoAnswer === undefined ? {} : { autoAnswer }) };
}
