import { WinCallError } from '../errors';
import { codeTextsLoaded, loadCodeTexts } from '../protocol/codes';

/**
 * When a client fetches the result-code catalog (protocol/codes.ts), and how its errors wait for
 * it. The catalog is not in the page's first download: the client starts fetching its language's
 * chunk when it starts connecting (the sign-in takes a round trip and the legacy 500 ms pause
 * between INIT and LOGIN, so the texts are there before any server answer), and a command that
 * fails before they arrived rejects only once they have (or could not be fetched), so whoever
 * catches the error reads its text, never its bare code.
 */
export interface CodeTexts {
  /** Starts fetching (once); resolves when loaded or when fetching failed. */
  load(): Promise<void>;
  readonly loaded: boolean;
  /** The same promise, whose `WinCallError` rejection waits for the catalog. */
  settle<T>(promise: Promise<T>): Promise<T>;
}

/** `locale`: the page's language (only its catalog is fetched); both when not given. */
export function codeTextsFor(locale: string | undefined): CodeTexts {
  const locales = locale === undefined ? undefined : [locale];
  const load = () => loadCodeTexts(locales);
  return {
    load,
    get loaded() {
      return codeTextsLoaded(locales);
    },
    settle: (promise) =>
      promise.catch(async (error: unknown) => {
        if (error instanceof WinCallError && !codeTextsLoaded(locales)) await load();
        throw error;
      }),
  };
}

/** Every method of `methods`, its rejections settled by `texts`; `before` is told of each call first. */
export function settleAll<T extends object>(methods: T, texts: CodeTexts, before?: (name: keyof T & string, args: unknown[]) => void): T {
  const settled: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(methods)) {
    settled[name] = (...args: unknown[]) => {
      before?.(name as keyof T & string, args);
      return texts.settle((method as (...a: unknown[]) => Promise<unknown>)(...args));
    };
  }
  return settled as T;
}
