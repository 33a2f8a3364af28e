import { useContext } from 'react';
import { I18nContext } from '../context';
import type { Translator } from '../i18n';
import { resolveTranslator } from '../i18n/resolve';

/**
 * `{ locale, messages, t }` of the nearest provider (the zh-CN catalog without one). Suspends until
 * the locale's catalog has been loaded (`loadMessages`).
 */
export function useMessages(): Translator {
  return resolveTranslator(useContext(I18nContext));
}
