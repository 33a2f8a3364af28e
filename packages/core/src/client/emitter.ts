import type { WinCallEventMap, WinCallEventName } from './events';

export type Handler<K extends WinCallEventName> = (payload: WinCallEventMap[K]) => void;

/**
 * A typed event emitter. A throwing handler never breaks the client or other handlers:
 * the error is reported to `onHandlerError` (the host page's console by default).
 */
export function createEmitter(onHandlerError: (error: unknown, event: WinCallEventName) => void) {
  const handlers = new Map<WinCallEventName, Set<Handler<never>>>();
  return {
    on<K extends WinCallEventName>(name: K, handler: Handler<K>): () => void {
      let set = handlers.get(name);
      if (!set) {
        set = new Set();
        handlers.set(name, set);
      }
      set.add(handler as Handler<never>);
      return () => {
        set.delete(handler as Handler<never>);
      };
    },
    emit<K extends WinCallEventName>(name: K, payload: WinCallEventMap[K]): void {
      const set = handlers.get(name);
      if (!set) return;
      for (const handler of [...set]) {
        try {
          (handler as Handler<K>)(payload);
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
