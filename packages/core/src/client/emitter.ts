import type { WinCallEventMap, WinCallEventName } from './events';

export type Handler<K extends WinCallEventName> = (payload: WinCallEventMap[K]) => void;

/**
 * A typed event emitter over an event map (the client's events by default; the browser phone's
 * too). A throwing handler never breaks the emitter's owner or other handlers: the error is
 * reported to `onHandlerError` (the host page's console by default).
 */
export function createEmitter<M extends object = WinCallEventMap>(onHandlerError: (error: unknown, event: keyof M) => void) {
  type Listener = (payload: never) => void;
  const handlers = new Map<keyof M, Set<Listener>>();
  return {
    on<K extends keyof M>(name: K, handler: (payload: M[K]) => void): () => void {
      let set = handlers.get(name);
      if (!set) {
        set = new Set();
        handlers.set(name, set);
      }
      set.add(handler as Listener);
      return () => {
        set.delete(handler as Listener);
      };
    },
    emit<K extends keyof M>(name: K, payload: M[K]): void {
      const set = handlers.get(name);
      if (!set) return;
      for (const handler of [...set]) {
        try {
          (handler as (payload: M[K]) => void)(payload);
        } catch (error) {
          onHandlerError(error, name);
        }
      }
    },
    clear(): void {
      handlers.clear();
    },
  };
}
