import type { WinCallClientOptions } from '@wincall/core';

/** The attributes the element reads. Server settings recreate the client; the rest apply live. */
export const SERVER_ATTRIBUTES = ['server-url', 'api-url', 'vcc-code'] as const;
export const VIEW_ATTRIBUTES = ['locale', 'theme', 'layout', 'default-extension', 'default-agent-num'] as const;
export const OBSERVED_ATTRIBUTES: readonly string[] = [...SERVER_ATTRIBUTES, ...VIEW_ATTRIBUTES];

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
 * the missing attribute: the element reports it as an `error` event and shows nothing.
 */
export function readClientOptions(get: (name: string) => string | null, extra: Partial<WinCallClientOptions>): WinCallClientOptions {
  const serverUrl = get('server-url') ?? extra.serverUrl;
  const vccCode = get('vcc-code') ?? extra.vccCode;
  const apiUrl = get('api-url') ?? extra.apiUrl;
  if (!serverUrl && !extra.transport && !extra.host) {
    throw new TypeError('<wincall-softphone>: set the server-url attribute (the wintel socket.io server, e.g. "https://cti.example.com:6050")');
  }
  if (!vccCode) throw new TypeError('<wincall-softphone>: set the vcc-code attribute (the tenant code, e.g. "demo")');
  return { ...extra, vccCode, ...(serverUrl ? { serverUrl } : {}), ...(apiUrl ? { apiUrl } : {}) };
}
