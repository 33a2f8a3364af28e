import { createTranslator, loadedMessages, loadMessages, messagesFailed, type Translator, type WinCallLocale } from './translator';
import type { Messages } from './zh-CN';

/** What a provider puts in context: the locale to show and the host's overrides. */
export interface I18nSpec {
  locale: WinCallLocale;
  messages?: Partial<Messages> | undefined;
  /** The locale's catalog as loaded when the spec was made (a new spec once it arrives). */
  catalog?: Messages | undefined;
}

const translators = new WeakMap<I18nSpec, Translator>();

/**
 * The translator of `spec` once its catalog is loaded. Before that it suspends (throws the
 * loading promise, which React awaits at the nearest `<Suspense>`): the bar renders nothing rather
 * than a flash of the other language or of keys. If loading failed, the keys stand in.
 */
export function resolveTranslator(spec: I18nSpec): Translator {
  const known = translators.get(spec);
  if (known) return known;
  if (!loadedMessages(spec.locale) && !messagesFailed(spec.locale)) {
    throw loadMessages(spec.locale).catch(() => undefined);
  }
  const translator = createTranslator(spec.locale, spec.messages);
  translators.set(spec, translator);
  return translator;
}
