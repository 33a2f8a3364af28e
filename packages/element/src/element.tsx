import { QueryClient } from '@tanstack/react-query';
import { createRoot, type Root } from 'react-dom/client';
import { createWinCallClient, type WinCallClient, type WinCallClientOptions } from '@wincall/core';
import { SoftphoneBar, WinCallProvider } from '@wincall/react';
import { OBSERVED_ATTRIBUTES, readClientOptions, readView } from './attributes';
import { bridgeEvents, dispatch, type WinCallSoftphoneEventMap } from './events';
import { phoneDeviceLoader } from './phone';
import { adoptStyles } from './stylesheet';

// Spelled out here, not imported: the published types depend on @wincall/core only (React and
// @wincall/react are bundled). Passing them to SoftphoneBar below keeps them in step.
/** Parts of the bar that can be turned off, as `SoftphoneBar`'s `features`. */
export type SoftphoneFeature = 'alwaysOn' | 'dialOut' | 'dialAgent' | 'consult' | 'transfer' | 'dtmf' | 'supervisor' | 'autoDial';
/** Parts of the bar to turn off (all on by default), e.g. `{ supervisor: false }`. */
export type SoftphoneFeatures = Partial<Record<SoftphoneFeature, boolean>>;
/** Overrides for single UI strings, e.g. `{ 'signIn.submit': 'Start shift' }` (the keys of @wincall/react's `zhCN` catalog). */
export type SoftphoneMessages = Readonly<Record<string, string>>;

// Importing the module on a server (SSR of a Vue or Angular app) must not throw: there is no
// HTMLElement there, and nothing is defined.
const Base: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as typeof HTMLElement) : HTMLElement;

/**
 * `<wincall-softphone>`: the React softphone bar in a shadow root, with a client of its own.
 *
 * Attribute rule: `locale`, `theme`, `layout`, `default-extension`, `default-agent-num` (and the
 * `features` and `messages` properties) apply live. `server-url`, `api-url`, `vcc-code`, the
 * browser phone's `phone-ws-url`, `phone-domain`, `phone-auto-answer`, `phone-script` (and the
 * `options` property) recreate the client: the agent is signed out and signs in again. Changes
 * made in one task are applied together, once. Removing the element destroys its client (socket
 * and timers) and unmounts the bar; putting it back starts a new client. Moving it within the page
 * (removed and re-inserted in the same task) keeps the session.
 */
export class WinCallSoftphoneElement extends Base {
  static get observedAttributes(): readonly string[] {
    return OBSERVED_ATTRIBUTES;
  }

  #mount: HTMLDivElement | null = null;
  #root: Root | null = null;
  #client: WinCallClient | null = null;
  /** The config lists' cache, one per client: cleared with it, so no garbage-collection timer outlives the element. */
  #queryClient: QueryClient | null = null;
  #unbridge: (() => void) | null = null;
  /** The settings the current client was made from; `null` forces a new one. */
  #clientKey: string | null = null;
  #setupError: string | null = null;
  #generation = 0;
  #updateQueued = false;
  #options: Partial<WinCallClientOptions> = {};
  #optionsVersion = 0;
  #features: SoftphoneFeatures | undefined;
  #messages: SoftphoneMessages | undefined;

  /** The core client (commands, state, events): `null` until connected with a `server-url` and `vcc-code`, and after removal. */
  get client(): WinCallClient | null {
    return this.#client;
  }

  /**
   * Client options attributes cannot carry (`timeouts`, `reconnection`, `io`, `transport`,
   * `logger`, `loginDelay`, `phone.password`, `phone.iceServers`, `phone.load`…). The attributes
   * win over `serverUrl`, `apiUrl`, `vccCode` and `phone.wsUrl`, `domain`, `autoAnswer` here.
   * Setting it recreates the client.
   */
  get options(): Partial<WinCallClientOptions> {
    return this.#options;
  }

  set options(value: Partial<WinCallClientOptions> | null | undefined) {
    if (value != null && typeof value !== 'object') throw new TypeError('<wincall-softphone>.options must be an object');
    this.#options = value ?? {};
    this.#optionsVersion++;
    this.#queueUpdate();
  }

  /** Parts of the bar to turn off, e.g. `{ supervisor: false, autoDial: false }`. Live. */
  get features(): SoftphoneFeatures | undefined {
    return this.#features;
  }

  set features(value: SoftphoneFeatures | undefined) {
    this.#features = value ?? undefined;
    this.#queueUpdate();
  }

  /** Overrides for single UI strings. Live. */
  get messages(): SoftphoneMessages | undefined {
    return this.#messages;
  }

  set messages(value: SoftphoneMessages | undefined) {
    this.#messages = value ?? undefined;
    this.#queueUpdate();
  }

  connectedCallback(): void {
    // Properties set on the element before its definition was loaded shadow the accessors.
    for (const name of ['options', 'features', 'messages'] as const) {
      if (!Object.prototype.hasOwnProperty.call(this, name)) continue;
      const value = (this as Record<string, unknown>)[name];
      delete (this as Record<string, unknown>)[name];
      (this as Record<string, unknown>)[name] = value;
    }
    if (!this.#mount) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      adoptStyles(shadow);
      this.#mount = document.createElement('div');
      shadow.appendChild(this.#mount);
    }
    this.#update();
  }

  disconnectedCallback(): void {
    // A move (removed and inserted again in the same task) is not a removal.
    queueMicrotask(() => {
      if (!this.isConnected) this.#teardown();
    });
  }

  attributeChangedCallback(_name: string, previous: string | null, next: string | null): void {
    if (previous !== next) this.#queueUpdate();
  }

  override addEventListener<K extends keyof WinCallSoftphoneEventMap>(
    type: K,
    listener: (this: WinCallSoftphoneElement, event: WinCallSoftphoneEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: WinCallSoftphoneElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
  }

  override removeEventListener<K extends keyof WinCallSoftphoneEventMap>(
    type: K,
    listener: (this: WinCallSoftphoneElement, event: WinCallSoftphoneEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: WinCallSoftphoneElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void {
    super.removeEventListener(type, listener, options);
  }

  #queueUpdate(): void {
    if (this.#updateQueued || !this.isConnected) return;
    this.#updateQueued = true;
    queueMicrotask(() => {
      this.#updateQueued = false;
      this.#update();
    });
  }

  #update(): void {
    if (!this.isConnected || !this.#mount) return;
    const get = (name: string) => this.getAttribute(name);
    let options: WinCallClientOptions | null = null;
    try {
      options = readClientOptions(get, this.#options, phoneDeviceLoader());
      this.#setupError = null;
    } catch (error) {
      this.#replaceClient(null, null);
      // Reported once per wrong setup, not on every re-render.
      if (this.#setupError !== (error as Error).message) {
        this.#setupError = (error as Error).message;
        this.#report(error as Error);
      }
    }
    if (options) {
      const { phone } = options;
      const phoneKey = phone ? [phone.wsUrl, phone.domain ?? null, phone.autoAnswer ?? null, get('phone-script')] : null;
      const key = JSON.stringify([this.#optionsVersion, options.serverUrl ?? null, options.apiUrl ?? null, options.vccCode, phoneKey]);
      if (key !== this.#clientKey) this.#replaceClient(options, key);
    }
    this.#render();
  }

  #replaceClient(options: WinCallClientOptions | null, key: string | null): void {
    const previous = this.#client;
    if (!previous && !options) return;
    this.#unbridge?.();
    this.#unbridge = null;
    previous?.destroy();
    this.#queryClient?.clear();
    this.#queryClient = null;
    this.#client = null;
    this.#clientKey = key;
    if (options) {
      try {
        this.#client = createWinCallClient(options);
        this.#unbridge = bridgeEvents(this.#client, this);
        this.#queryClient = new QueryClient();
        this.#generation++;
      } catch (error) {
        this.#report(error as Error);
      }
    }
    if (previous || this.#client) dispatch(this, 'clientchange', { client: this.#client });
  }

  #render(): void {
    if (!this.#mount) return;
    const client = this.#client;
    const queryClient = this.#queryClient;
    if (!client || !queryClient) {
      this.#root?.render(null);
      return;
    }
    const view = readView((name) => this.getAttribute(name));
    this.#root ??= createRoot(this.#mount);
    this.#root.render(
      <WinCallProvider key={this.#generation} client={client} queryClient={queryClient} locale={view.locale} {...(this.#messages ? { messages: this.#messages } : {})}>
        <SoftphoneBar
          {...(view.theme ? { theme: view.theme } : {})}
          {...(view.layout ? { layout: view.layout } : {})}
          {...(this.#features ? { features: this.#features } : {})}
          {...(view.defaultExtension !== undefined ? { defaultExtension: view.defaultExtension } : {})}
          {...(view.defaultAgentNum !== undefined ? { defaultAgentNum: view.defaultAgentNum } : {})}
          onCrash={(error) => this.#report(error instanceof Error ? error : new Error(String(error)))}
        />
      </WinCallProvider>,
    );
  }

  #report(error: Error): void {
    dispatch(this, 'error', { error });
    // A setup mistake must be visible to the integrator even without a listener (no secrets in it).
    if (error instanceof TypeError) console.error(error);
  }

  #teardown(): void {
    this.#root?.unmount();
    this.#root = null;
    this.#replaceClient(null, null);
    this.#setupError = null;
  }
}
