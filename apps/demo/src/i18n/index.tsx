import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { WinCallLocale } from '@wincall/react';
import { en } from './en';
import { zhCN, type DemoMessageKey, type DemoMessages } from './zh-CN';

export type { DemoMessageKey } from './zh-CN';
export type Translate = (key: DemoMessageKey, values?: Record<string, string | number>) => string;

const CATALOGS: Record<WinCallLocale, DemoMessages> = { 'zh-CN': zhCN, en };

/** Fills `{name}` placeholders with plain text (React renders the result as text, never markup). */
export function createTranslate(locale: WinCallLocale): Translate {
  const catalog = CATALOGS[locale];
  return (key, values) => catalog[key].replace(/\{(\w+)\}/g, (match, name: string) => (values && name in values ? String(values[name]) : match));
}

interface LocaleValue {
  locale: WinCallLocale;
  t: Translate;
}

const LocaleContext = createContext<LocaleValue>({ locale: 'zh-CN', t: createTranslate('zh-CN') });

export function DemoLocaleProvider({ locale, children }: { locale: WinCallLocale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslate(locale) }), [locale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The demo's translator for the current UI language. */
export function useT(): LocaleValue {
  return useContext(LocaleContext);
}
