import { WinCallError } from '../errors';

let sequence = 0;

/** Callback names we accept: a plain JS identifier path, nothing that could be script. */
export const JSONP_CALLBACK_PATTERN = /^[A-Za-z_$][\w$]{0,63}$/;

/**
 * Loads `url` as JSONP. Browser only, and only when the integrator opted in: a JSONP response
 * is script from the API host. The callback name is ours and validated.
 */
export function jsonp(url: string, timeout: number, signal?: AbortSignal): Promise<unknown> {
  const doc = (globalThis as { document?: Document }).document;
  if (!doc) return Promise.reject(new WinCallError({ code: 'API_NETWORK', action: 'api', reason: 'api' }));
  const name = `__wincallJsonp${Date.now().toString(36)}${(sequence++).toString(36)}`;
  if (!JSONP_CALLBACK_PATTERN.test(name)) throw new RangeError(`invalid JSONP callback name ${name}`);
  const registry = globalThis as unknown as Record<string, unknown>;

  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    const cleanup = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      script.remove();
      // Leave a no-op behind: a late response must not throw a ReferenceError in the host page.
      registry[name] = () => undefined;
    };
    const fail = (code: string) => {
      cleanup();
      reject(new WinCallError({ code, action: 'api', reason: 'api' }));
    };
    const onAbort = () => fail('API_NETWORK');
    const timer = setTimeout(() => fail('API_NETWORK'), timeout);
    registry[name] = (body: unknown) => {
      cleanup();
      resolve(body);
    };
    signal?.addEventListener('abort', onAbort);
    script.onerror = () => fail('API_NETWORK');
    script.src = `${url}${url.includes('?') ? '&' : '?'}jsonpcallback=${name}`;
    doc.head.appendChild(script);
  });
}
