import { WinCallError } from '@wincall/core';
import type { Translator } from '../i18n';

/** Any thrown value as an Error, so a UI always has something to show. */
export function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}

/** The text a user sees for a failure: the catalog text of a WinCallError in the UI's locale. */
export function errorText(error: Error, translator: Translator): string {
  if (error instanceof WinCallError) return error.text(translator.locale);
  return translator.t('error.unexpected');
}
