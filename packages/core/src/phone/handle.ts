import { createStore } from 'zustand/vanilla';
import { createEmitter } from '../client/emitter';
import type { WinCallState } from '../machine/state';
import type { PhoneController, PhoneEventMap, PhoneHandle, PhoneHost, PhoneState } from './front';
import { initialPhoneState } from './state';

/**
 * `client.phone`: a small front that fetches the controller and the device when first wanted (the
 * agent signs in, or asks for the microphone) and forwards to them. A device that cannot be
 * fetched leaves the state `unavailable` and is fetched again at the next sign-in.
 */
export function createPhoneHandle(host: PhoneHost): PhoneHandle & { destroy(): void } {
  const store = createStore<PhoneState>()(() => initialPhoneState('off'));
  const events = createEmitter<PhoneEventMap>((error, name) => host.log('error', `a phone ${String(name)} handler threw`, error));
  let controller: PhoneController | null = null;
  let loading: Promise<PhoneController | null> | null = null;
  let destroyed = false;

  function load(): Promise<PhoneController | null> {
    if (controller) return Promise.resolve(controller);
    if (loading) return loading;
    store.setState({ device: 'loading' });
    loading = Promise.all([import('./controller'), host.options.load()]).then(
      ([chunk, module]) => {
        loading = null;
        if (destroyed) return null;
        controller = chunk.createPhoneController(host, module, store, events.emit);
        return controller;
      },
      (cause: unknown) => {
        loading = null;
        host.log('warn', 'the browser phone could not be loaded; trying again at the next sign-in', cause);
        if (!destroyed) store.setState({ device: 'unavailable', failure: { code: 'DEVICE_UNAVAILABLE', at: host.now() } });
        return null;
      },
    );
    return loading;
  }

  const signedIn = (state: WinCallState) => state.agent.status !== 'signedOut' && state.agent.status !== 'signingIn';
  // Fetched when the agent is first signed in: a page whose agent never signs in never downloads it.
  const unsubscribe = host.store.subscribe((state, previous) => {
    if (!controller && signedIn(state) && !signedIn(previous)) void load();
  });
  if (signedIn(host.store.getState())) void load();

  const need = async (): Promise<PhoneController> => {
    const ready = await load();
    if (ready) return ready;
    // The error class comes with the phone's texts: a page that never uses the phone never loads them.
    const { PhoneError } = await import('./errors');
    throw new PhoneError('DEVICE_UNAVAILABLE');
  };

  return {
    store,
    getState: () => store.getState(),
    on: events.on,
    answer: async () => (await need()).answer(),
    decline: async () => (await need()).decline(),
    hangUpLeg: async () => controller?.hangUpLeg(),
    setMuted: (muted) => controller?.setMuted(muted),
    requestMicrophone: async () => (await need()).requestMicrophone(),
    selectDevice: async (kind, id) => (await need()).selectDevice(kind, id),
    startAudioCheck: async (durationMs) => (await need()).startAudioCheck(durationMs),
    stopAudioCheck: () => controller?.stopAudioCheck(),
    playTestSound: async (kind) => (await need()).playTestSound(kind),
    destroy() {
      destroyed = true;
      unsubscribe();
      controller?.destroy();
      controller = null;
      events.clear();
    },
  };
}
