import type { MessageKey, Messages } from './zh-CN';

export type WinCallLocale = 'zh-CN' | 'en';

/** Values interpolated into `{name}` placeholders; always inserted as text, never as markup. */
export type MessageValues = Readonly<Record<string, string | number>>;

export interface Translator {
  locale: WinCallLocale;
  messages: Messages;
  t(key: MessageKey, values?: MessageValues): string;
}

/**
 * The catalogs are loaded on demand (`import()`), one per locale, so a zh-CN page never downloads
 * the English strings and the reverse. A catalog loaded once stays here for the page's lifetime.
 */
const loaded: Partial<Record<WinCallLocale, Messages>> = {};
const loading = new Map<WinCallLocale, Promise<Messages>>();
const failed = new Map<WinCallLocale, unknown>();

/** Unknown locales get the default catalog, as before. */
export const normalizeLocale = (locale: WinCallLocale): WinCallLocale => (locale === 'en' ? 'en' : 'zh-CN');

/** The catalog of `locale` if it has been loaded (`loadMessages`), else `undefined`. */
export function loadedMessages(locale: WinCallLocale): Messages | undefined {
  return loaded[normalizeLocale(locale)];
}

/** Whether loading the catalog of `locale` failed (then keys stand in for the missing strings). */
export function messagesFailed(locale: WinCallLocale): boolean {
  return failed.has(normalizeLocale(locale));
}

/**
 * Loads the catalog of `locale` (once; later calls return the same promise). The bar waits for
 * it before its first render, so awaiting this before rendering is only needed to render
 * synchronously (tests, `renderToString`) or to start the download early.
 */
export function loadMessages(locale: WinCallLocale): Promise<Messages> {
  const target = normalizeLocale(locale);
  const ready = loaded[target];
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(target);
  if (!pending) {
    pending = (target === 'en' ? import('./en').then((m) => m.en) : import('./zh-CN').then((m) => m.zhCN)).then(
      (catalog) => {
        failed.delete(target);
        return (loaded[target] = catalog);
      },
      (error: unknown) => {
        loading.delete(target);
        failed.set(target, error);
        throw error;
      },
    );
    loading.set(target, pending);
  }
  return pending;
}

const EMPTY = {} as Messages;

/**
 * A translator for `locale`: its loaded catalog (see `loadMessages`) with `overrides` on top. A
 * full catalog passed as `overrides` (e.g. `en` from `@wincall/react/messages/en`) needs no
 * loading; a key with no string yet reads as the key itself.
 */
export function createTranslator(locale: WinCallLocale, overrides?: Partial<Messages>): Translator {
  const base = loadedMessages(locale) ?? EMPTY;
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
