import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createWinCallClient, codeTextsLoaded, loadCodeTexts, type SharedClientOptions, type WinCallClient } from '@wincall/core';
import { ClientContext, HotkeysContext, I18nContext } from './context';
import { loadedMessages, loadMessages, messagesFailed, type Messages, type WinCallLocale } from './i18n';
import type { I18nSpec } from './i18n/resolve';
import { useHotkeys } from './hooks/useHotkeys';
import { createStandInClient } from './standInClient';
import type { HotkeyConfig } from './utils/hotkeys';

/** Client options; `channelName` and `vaultWorkerUrl` apply with `shared`. */
export type ProviderClientOptions = Omit<SharedClientOptions, 'environment'>;

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
        /**
         * Options for a client the provider creates after mount and destroys on unmount. Read once.
         * Until the client exists (on the server, and in the first render in the browser) the
         * components show the signed-out state.
         */
        options: ProviderClientOptions;
        /**
         * Create the client with `createSharedWinCallClient`: one connection for all tabs of the
         * app, and a reload resumes the session without the password. Read once.
         */
        shared?: boolean;
        client?: never;
      }
  );

/** Holds a provider-created client; destroys it once nobody holds it (StrictMode remounts hold it again). */
function createOwner(client: WinCallClient, onDestroy?: () => void) {
  let holders = 0;
  return {
    client,
    retain() {
      holders++;
    },
    release() {
      holders--;
      queueMicrotask(() => {
        if (holders !== 0 || client.destroyed) return;
        onDestroy?.();
        client.destroy();
      });
    },
  };
}

type Owner = ReturnType<typeof createOwner>;

/**
 * Where a provider keeps the client it creates after mount. It outlives StrictMode's simulated
 * unmount, so the second mount finds the client of the first one; components read it as an
 * external store (`null` on the server and while hydrating).
 */
function createSlot() {
  let owner: Owner | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => owner,
    set(next: Owner) {
      if (owner === next) return;
      owner = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const noOwner = () => null;

/**
 * The shared client (`@wincall/core/tabs`) is fetched only by a provider with `shared`: the other
 * pages never download it. Should the chunk fail to load (a deploy replaced it, the network
 * dropped), this tab gets a client of its own rather than no bar at all.
 */
async function createSharedOwner(options: ProviderClientOptions, onDestroy: () => void): Promise<Owner> {
  let client: WinCallClient;
  try {
    const { createSharedWinCallClient } = await import('@wincall/core/tabs');
    client = createSharedWinCallClient(options);
  } catch (error) {
    console.error('[wincall] the shared client could not be loaded; this tab connects on its own', error);
    return createOwner(createWinCallClient(options), onDestroy);
  }
  // Closing the socket as the page goes lets the reloaded page (or another tab) take over at once.
  // A page kept in the back/forward cache (`persisted`) keeps its client.
  const onPageHide = (event: PageTransitionEvent) => {
    if (!event.persisted) client.destroy();
  };
  window.addEventListener('pagehide', onPageHide);
  return createOwner(client, () => {
    window.removeEventListener('pagehide', onPageHide);
    onDestroy();
  });
}

export function WinCallProvider(props: WinCallProviderProps) {
  const { queryClient, locale = 'zh-CN', messages, hotkeys, children } = props;
  // Rendering stays pure: the client (sockets, timers, the clock) is created in an effect.
  // The client fetches the error texts of the page's first language only (the core's `locale`).
  const [initial] = useState(() =>
    props.client ? null : { options: { locale, ...props.options }, shared: props.shared === true },
  );
  const [standIn] = useState(() => (initial ? createStandInClient(initial.options.vccCode) : null));
  const [slot] = useState(createSlot);
  const [loading] = useState(() => ({ promise: null as Promise<Owner> | null }));
  const owner = useSyncExternalStore(slot.subscribe, slot.get, noOwner);
  const [ownQueryClient] = useState(() => queryClient ?? new QueryClient());
  const client = props.client ?? owner?.client ?? standIn!;

  useEffect(() => {
    if (!initial) return;
    // StrictMode's second mount finds the first one's client; after a real unmount (<Activity>
    // hidden for a while) it was destroyed and a new one is made.
    let current: Owner | null = null;
    const hold = (owner: Owner) => {
      current = owner;
      owner.retain();
      slot.set(owner);
    };
    const kept = slot.get();
    if (kept && !kept.client.destroyed) hold(kept);
    else if (!initial.shared) hold(createOwner(createWinCallClient(initial.options)));
    else {
      // The shared client arrives with its chunk. One is made per provider however often it
      // mounts meanwhile (StrictMode); if no mount is left when it arrives, it is destroyed.
      let live = true;
      const promise = (loading.promise ??= createSharedOwner(initial.options, () => {
        if (loading.promise === promise) loading.promise = null;
      }));
      void promise.then((owner) => {
        if (live) hold(owner);
        else {
          owner.retain();
          owner.release();
        }
      });
      return () => {
        live = false;
        current?.release();
      };
    }
    return () => current?.release();
  }, [initial, slot, loading]);

  // The catalog of a new locale is loaded on demand; until it arrives the bar keeps the language
  // it shows (no flash of keys or of an empty bar). The first catalog is awaited by the parts
  // themselves (they suspend), so nothing is shown in the wrong language either.
  const [shown, setShown] = useState(locale);
  // The first language's error texts come with the client's connection (nothing before sign-in);
  // a later language's are fetched here, with its UI strings.
  const [firstLocale] = useState(locale);
  const textsReady = locale === firstLocale || codeTextsLoaded([locale]);
  const ready = (loadedMessages(locale) !== undefined || messagesFailed(locale)) && textsReady;
  const effective = ready || !loadedMessages(shown) ? locale : shown;
  // Each settled download of a catalog (arrived or failed) renders the provider again.
  const [, setCatalogsSettled] = useState(0);
  useEffect(() => {
    if (ready) return;
    let live = true;
    // A new language brings its UI strings and the core's error texts, shown together.
    void Promise.all([loadMessages(locale), textsReady ? undefined : loadCodeTexts([locale])])
      .catch(() => undefined)
      .then(() => {
        if (!live) return;
        setShown(locale);
        setCatalogsSettled((n) => n + 1);
      });
    return () => {
      live = false;
    };
  }, [locale, ready, textsReady]);
  // A catalog that could not be downloaded: its keys stand in, and it is fetched again (after 5 s,
  // doubling, at most a minute apart) until it arrives; then the bar shows its strings.
  const catalogFailed = messagesFailed(effective);
  useEffect(() => {
    if (!catalogFailed) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tryAgain = (attempt: number) => {
      timer = setTimeout(() => {
        loadMessages(effective).then(
          () => live && setCatalogsSettled((n) => n + 1),
          () => live && tryAgain(attempt + 1),
        );
      }, Math.min(5_000 * 2 ** attempt, 60_000));
    };
    tryAgain(0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [catalogFailed, effective]);
  // A new spec (and so a new translator) when the catalog arrives after the keys stood in.
  const catalog = loadedMessages(effective);
  const i18n = useMemo<I18nSpec>(() => ({ locale: effective, messages, catalog }), [effective, messages, catalog]);
  const answer = hotkeys?.answer;
  const hangup = hotkeys?.hangup;
  const hold = hotkeys?.hold;
  const hotkeyConfig = useMemo<HotkeyConfig>(() => ({ answer, hangup, hold }), [answer, hangup, hold]);
  useHotkeys(client, hotkeyConfig);

  return (
    <QueryClientProvider client={queryClient ?? ownQueryClient}>
      <ClientContext.Provider value={client}>
        <I18nContext.Provider value={i18n}>
          <HotkeysContext.Provider value={hotkeyConfig}>{children}</HotkeysContext.Provider>
        </I18nContext.Provider>
      </ClientContext.Provider>
    </QueryClientProvider>
  );
}
