import type { PhoneDeviceEventMap } from '@wincall/core';

type Name = keyof PhoneDeviceEventMap;
type Handler<K extends Name> = (event: PhoneDeviceEventMap[K]) => void;

/** The device's typed events. A handler that throws is reported and never breaks the device. */
export function createEmitter(onHandlerError: (error: unknown, name: Name) => void) {
  const handlers = new Map<Name, Set<Handler<never>>>();
  return {
    on<K extends Name>(name: K, handler: Handler<K>): () => void {
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
    emit<K extends Name>(name: K, event: PhoneDeviceEventMap[K]): void {
      const set = handlers.get(name);
      if (!set) return;
      for (const handler of [...set]) {
        try {
          (handler as Handler<K>)(event);
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

export type Emitter = ReturnType<typeof createEmitter>;
