import { en } from './en';
import { zhCN, type MessageKey, type Messages } from './zh-CN';

export type WinCallLocale = 'zh-CN' | 'en';

export const CATALOGS: Readonly<Record<WinCallLocale, Messages>> = { 'zh-CN': zhCN, en };

/** Values interpolated into `{name}` placeholders; always inserted as text, never as markup. */
export type MessageValues = Readonly<Record<string, string | number>>;

export interface Translator {
  locale: WinCallLocale;
  messages: Messages;
  t(key: MessageKey, values?: MessageValues): string;
}

export function createTranslator(locale: WinCallLocale, overrides?: Partial<Messages>): Translator {
  const base = CATALOGS[locale] ?? zhCN;
  const messages: Messages = overrides ? { ...base, ...overrides } : base;
  return {
    locale,
    messages,
    t(key, values) {
      const template = messages[key] ?? key;
      if (!values) return template;
      return template.replace(/\{(\w+)\}/g, (match, name: string) =>
        Object.hasOwn(values, name) ? String(values[name]) : match,
      );
    },
  };
}
