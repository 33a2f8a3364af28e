import type { Messages, WinCallLocale } from '@wincall/react';
import { en } from '@wincall/react/messages/en';
import { zhCN } from '@wincall/react/messages/zh-CN';

/** The toolbar's globals (see .storybook/preview.tsx). */
type Globals = Record<string, unknown>;

export const localeOf = (globals: Globals): WinCallLocale => (globals.locale === 'en' ? 'en' : 'zh-CN');

export const themeOf = (globals: Globals): 'light' | 'dark' => (globals.theme === 'dark' ? 'dark' : 'light');

/**
 * The catalog of the story's locale, so interaction tests find controls by the text a user reads
 * in whichever language the toolbar selected.
 */
export const messagesOf = (globals: Globals): Messages => (localeOf(globals) === 'en' ? en : zhCN);

/** The softphone layout the toolbar forces, or `undefined` to let the bar's container choose. */
export const layoutOf = (globals: Globals): 'bar' | 'panel' | 'compact' | undefined =>
  globals.barLayout === 'bar' || globals.barLayout === 'panel' || globals.barLayout === 'compact' ? globals.barLayout : undefined;
