import type { PhoneDeviceModule } from './types';

/** The global that `wincall-phone.js` (the script-tag build of `@wincall/phone`) defines. */
export const PHONE_GLOBAL = 'WinCallPhone';

/** The script-tag build's file name, looked for next to the script that uses it. */
export const PHONE_SCRIPT = 'wincall-phone.js';

const isDeviceModule = (value: unknown): value is PhoneDeviceModule =>
  typeof value === 'object' && value !== null && typeof (value as PhoneDeviceModule).createBrowserPhone === 'function';

const pageModule = (): PhoneDeviceModule | null => {
  const value = (globalThis as Record<string, unknown>)[PHONE_GLOBAL];
  return isDeviceModule(value) ? value : null;
};

/** One download per URL and page, shared by every client that asks; a failed one is forgotten (asked again later). */
const downloads = new Map<string, Promise<PhoneDeviceModule>>();

/**
 * The browser phone for pages without a bundler: `window.WinCallPhone` when the page has it
 * already, else `wincall-phone.js` (the script-tag build of `@wincall/phone`) added from `url`
 * once. Rejects with an `Error` when the script cannot be downloaded or does not define the
 * device; the caller tries again later (the client at the next sign-in). Use it as the `load`
 * of the `phone` option: `{ load: () => loadPhoneScript('/js/wincall-phone.js'), wsUrl }`.
 */
export function loadPhoneScript(url: string): Promise<PhoneDeviceModule> {
  const ready = pageModule();
  if (ready) return Promise.resolve(ready);
  if (typeof document === 'undefined') return Promise.reject(new TypeError('loadPhoneScript() needs a page (document)'));
  const href = new URL(url, document.baseURI).href;
  let download = downloads.get(href);
  if (download) return download;
  download = new Promise<PhoneDeviceModule>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = href;
    script.async = true;
    const fail = (message: string) => {
      // The next attempt adds a fresh element (a failed one is not retried by the browser).
      script.remove();
      downloads.delete(href);
      reject(new Error(message));
    };
    script.onload = () => {
      const loaded = pageModule();
      if (loaded) resolve(loaded);
      else fail(`${href} loaded but did not define window.${PHONE_GLOBAL} (is it @wincall/phone's ${PHONE_SCRIPT}?)`);
    };
    script.onerror = () => fail(`the browser phone could not be downloaded from ${href}`);
    document.head.append(script);
  });
  downloads.set(href, download);
  return download;
}

/**
 * Where `wincall-phone.js` is by default: next to the script running now (`document.currentScript`,
 * read while a script-tag build is first evaluated), else next to the page.
 */
export function phoneScriptBeside(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const current = document.currentScript;
  const base = current instanceof HTMLScriptElement && current.src ? current.src : document.baseURI;
  return new URL(PHONE_SCRIPT, base).href;
}
