import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createWinCallClient, type WinCallClient, type WinCallClientOptions } from '@wincall/core';
import { ClientContext, HotkeysContext, I18nContext } from './context';
import { createTranslator, type Messages, type WinCallLocale } from './i18n';
import { useHotkeys } from './hooks/useHotkeys';
import type { HotkeyConfig } from './utils/hotkeys';

interface CommonProps {
  /** A react-query client for the config lists; one is created when absent. */
  queryClient?: QueryClient;
  /** UI language; `zh-CN` by default. */
  locale?: WinCallLocale;
  /** Overrides for single catalog entries, e.g. `{ 'signIn.submit': '上班' }`. */
  messages?: Partial<Messages>;
  /** Keyboard shortcuts, off by default: `{ answer: 'Alt+A', hangup: 'Alt+H', hold: 'Alt+O' }`. */
  hotkeys?: HotkeyConfig;
  children?: ReactNode;
}

export type WinCallProviderProps = CommonProps &
  (
    | { /** A client you created and own (you destroy it). */ client: WinCallClient; options?: never }
    | {
        /** Options for a client the provider creates on mount and destroys on unmount. Read once. */
        options: WinCallClientOptions;
        client?: never;
      }
  );

/** Holds a provider-created client; destroys it once nobody holds it (StrictMode remounts hold it again). */
function createOwner(client: WinCallClient) {
  let holders = 0;
  return {
    client,
    retain() {
      holders++;
    },
    release() {
      holders--;
      queueMicrotask(() => {
        if (holders === 0) client.destroy();
      });
    },
  };
}

export function WinCallProvider(props: WinCallProviderProps) {
  const { queryClient, locale = 'zh-CN', messages, hotkeys, children } = props;
  const [owner] = useState(() => (props.client ? null : createOwner(createWinCallClient(props.options))));
  const [ownQueryClient] = useState(() => queryClient ?? new QueryClient());
  const client = props.client ?? owner!.client;

  useEffect(() => {
    if (!owner) return;
    owner.retain();
    return () => owner.release();
  }, [owner]);

  const translator = useMemo(() => createTranslator(locale, messages), [locale, messages]);
  const answer = hotkeys?.answer;
  const hangup = hotkeys?.hangup;
  const hold = hotkeys?.hold;
  const hotkeyConfig = useMemo<HotkeyConfig>(() => ({ answer, hangup, hold }), [answer, hangup, hold]);
  useHotkeys(client, hotkeyConfig);

  return (
    <QueryClientProvider client={queryClient ?? ownQueryClient}>
      <ClientContext.Provider value={client}>
        <I18nContext.Provider value={translator}>
          <HotkeysContext.Provider value={hotkeyConfig}>{children}</HotkeysContext.Provider>
        </I18nContext.Provider>
      </ClientContext.Provider>
    </QueryClientProvider>
  );
}
