import { useContext } from 'react';
import { I18nContext } from '../context';
import type { Translator } from '../i18n';

/** `{ locale, messages, t }` of the nearest provider (the zh-CN catalog without one). */
export function useMessages(): Translator {
  return useContext(I18nContext);
}
