import { useContext } from 'react';
import { I18nContext } from '../context';
import type { WinCallLocale } from '../i18n';

/** The UI locale of the nearest provider (`zh-CN` without one). */
export function useLocale(): WinCallLocale {
  return useContext(I18nContext).locale;
}
