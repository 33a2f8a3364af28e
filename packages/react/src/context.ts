import { createContext } from 'react';
import type { WinCallClient } from '@wincall/core';
import type { I18nSpec } from './i18n/resolve';
import type { HotkeyConfig } from './utils/hotkeys';

/** The client of the nearest `WinCallProvider`. */
export const ClientContext = createContext<WinCallClient | null>(null);

/** Presentational components work without a provider: they fall back to the default catalog. */
export const I18nContext = createContext<I18nSpec>({ locale: 'zh-CN' });

/** The hotkeys in force (empty when off), so buttons can announce their shortcut. */
export const HotkeysContext = createContext<HotkeyConfig>({});

/** Where command buttons report failures that are not `WinCallError`s (those live in `lastError`). */
export const CommandErrorContext = createContext<((error: Error) => void) | null>(null);
