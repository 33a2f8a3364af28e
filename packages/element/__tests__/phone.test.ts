import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AGENT, UI_TIMEOUT, browserPerFile, env, signIn, waitForBar } from './support/browser';

/**
 * The browser phone in `<wincall-softphone>` (script-tag build, Chromium, the real simulator): the
 * `phone-*` attributes reach the client, and `wincall-phone.js` (sip.js) is downloaded only by a
 * page that turns the phone on, once its agent signs in. A stand-in device (`options.phone.load`)
 * plays the SIP side where the wiring is the point; the real script is loaded where loading is.
 * Calls with real audio are the demo's end-to-end project (apps/demo/e2e/softphone).
 */
const browser = browserPerFile();

/** A SIP server nobody listens on: the real device keeps trying, which is all these tests need of it. */
const NO_SIP_SERVER = 'ws://127.0.0.1:9/ws';
const serverAttributes = () => ({ 'server-url': env().simUrl, 'api-url': env().simUrl, 'vcc-code': 'demo', locale: 'en' });

/** What the stand-in devices of a page recorded. */
interface FakeLog {
  created: { wsUrl: string; domain?: string; autoAnswer?: boolean }[];
  calls: string[][];
  destroyed: number[];
}

/**
 * A stand-in for `@wincall/phone`'s device in the page (`window.fakePhone.module`), recording what
 * the client asks of it; `window.fakePhone.ring(i)` plays the PBX ringing device `i`.
 */
function installFakePhone() {
  type Listener = (state: Record<string, unknown>, previous: Record<string, unknown>) => void;
  const log = { created: [] as unknown[], calls: [] as string[][], destroyed: [] as number[] };
  const devices: { set(patch: Record<string, unknown>): void; state: Record<string, unknown> }[] = [];
  const module = {
    createBrowserPhone(options: { wsUrl: string; domain?: string; autoAnswer?: boolean }) {
      const index = devices.length;
      const calls: string[] = [];
      log.created.push({ wsUrl: options.wsUrl, domain: options.domain, autoAnswer: options.autoAnswer });
      log.calls.push(calls);
      const listeners = new Set<Listener>();
      const device = {
        state: {
          registration: 'unregistered',
          failure: null,
          microphone: 'granted',
          leg: null as Record<string, unknown> | null,
          muted: false,
          speakingWhileMuted: false,
          quality: null,
          devices: { inputs: [], outputs: [], input: null, output: null, ringer: null, outputSelectable: true },
          audioCheck: { phase: 'idle', level: 0, peak: 0, microphoneHeard: null },
        } as Record<string, unknown>,
        set(patch: Record<string, unknown>) {
          const previous = device.state;
          device.state = { ...previous, ...patch };
          for (const listener of [...listeners]) listener(device.state, previous);
        },
        getState: () => device.state,
        subscribe(listener: Listener) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        on: () => () => undefined,
        async register(credentials: { user: string; password: string }) {
          calls.push(`register ${credentials.user} ${credentials.password}`);
          device.set({ registration: 'registered' });
        },
        async unregister() {
          calls.push('unregister');
          device.set({ registration: 'unregistered' });
        },
        async answer() {
          calls.push('answer');
          const leg = device.state.leg as Record<string, unknown> | null;
          if (leg) device.set({ leg: { ...leg, phase: 'connected', connectedAt: Date.now() } });
        },
        async decline() {
          calls.push('decline');
        },
        async hangup() {
          calls.push('hangup');
          device.set({ leg: null });
        },
        setMuted: (muted: boolean) => calls.push(`mute ${muted}`),
        requestMicrophone: async () => 'granted',
        selectDevice: async () => undefined,
        startAudioCheck: async () => device.state.audioCheck,
        stopAudioCheck: () => undefined,
        playTestSound: async () => undefined,
        restartIce: async () => undefined,
        destroy() {
          log.destroyed.push(index);
        },
      };
      devices.push(device);
      return device;
    },
  };
  Object.assign(window, {
    fakePhone: {
      module,
      log,
      ring(index: number) {
        devices[index]!.set({ leg: { id: `leg-${index}`, phase: 'ringing', remote: '13800138000', since: Date.now() } });
      },
    },
  });
}

/** Opens the blank page with the script-tag build; every request for a script is listed. */
async function openFixture(options: { fakePhone?: boolean; pagePhone?: boolean } = {}): Promise<{ page: Page; scripts: () => string[] }> {
  const page = await browser.page();
  const requested: string[] = [];
  page.on('request', (request: Request) => {
    if (request.resourceType() === 'script') requested.push(new URL(request.url()).pathname);
  });
  if (options.fakePhone || options.pagePhone) await page.addInitScript(installFakePhone);
  // A page that loaded the browser phone's script itself, before the element's.
  if (options.pagePhone) await page.addInitScript(() => Object.assign(window, { WinCallPhone: (window as unknown as { fakePhone: { module: unknown } }).fakePhone.module }));
  await page.goto(new URL('/fixture.html', env().origin).href);
  return { page, scripts: () => [...requested] };
}

/** Puts `<wincall-softphone id="phone">` into the page; with `fake`, its `options.phone.load` hands out the stand-in. */
async function mount(page: Page, attributes: Record<string, string>, fake = false): Promise<void> {
  await page.evaluate(
    ({ attrs, fake }) => {
      const element = document.createElement('wincall-softphone');
      element.id = 'phone';
      if (fake) {
        const { module } = (window as unknown as { fakePhone: { module: never } }).fakePhone;
        element.options = { phone: { load: async () => module } as never };
      }
      for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
      document.querySelector('main')!.append(element);
    },
    { attrs: attributes, fake },
  );
}

const fakeLog = (page: Page) => page.evaluate(() => (window as unknown as { fakePhone: { log: FakeLog } }).fakePhone.log);
const phoneState = (page: Page) =>
  page.evaluate(() => {
    const phone = (document.getElementById('phone') as HTMLElementTagNameMap['wincall-softphone']).client?.phone;
    return phone ? { device: phone.getState().device, registration: phone.getState().registration, failure: phone.getState().failure?.code ?? null } : null;
  });

describe('<wincall-softphone> with the browser phone', () => {
  it('never downloads wincall-phone.js on a page without phone-ws-url', async () => {
    const { page, scripts } = await openFixture();
    await mount(page, serverAttributes());
    await signIn(page);
    expect(await phoneState(page)).toBeNull();
    expect(await page.evaluate(() => 'WinCallPhone' in window)).toBe(false);
    expect(scripts()).toEqual(['/wincall-element.js']);
  });

  it('adds wincall-phone.js from next to its own script when the agent signs in, once, and runs the real device from it', async () => {
    const { page, scripts } = await openFixture();
    await mount(page, { ...serverAttributes(), 'phone-ws-url': NO_SIP_SERVER });
    await waitForBar(page, 'signedOut');
    // Not before anyone signs in: a CRM page opened for other work does not pay for SIP.
    expect(scripts()).toEqual(['/wincall-element.js']);
    expect(await phoneState(page)).toMatchObject({ device: 'off' });

    await signIn(page);
    // The real device (sip.js) from the script build: it tries the SIP server and says it cannot reach it.
    await expect.poll(() => phoneState(page), { timeout: UI_TIMEOUT }).toEqual({ device: 'ready', registration: 'reconnecting', failure: 'SIP_UNREACHABLE' });
    expect(await page.evaluate(() => typeof (window as unknown as { WinCallPhone?: { createBrowserPhone?: unknown } }).WinCallPhone?.createBrowserPhone)).toBe('function');
    expect(scripts()).toEqual(['/wincall-element.js', '/wincall-phone.js']);
  });

  it('takes the script from phone-script', async () => {
    const custom = await openFixture();
    await mount(custom.page, { ...serverAttributes(), 'phone-ws-url': NO_SIP_SERVER, 'phone-script': '/alt/phone.js' });
    await signIn(custom.page);
    await expect.poll(() => phoneState(custom.page), { timeout: UI_TIMEOUT }).toMatchObject({ device: 'ready' });
    expect(custom.scripts()).toEqual(['/wincall-element.js', '/alt/phone.js']);
  });

  it('uses the browser phone the page has loaded already (window.WinCallPhone) without a download', async () => {
    const preloaded = await openFixture({ pagePhone: true });
    await mount(preloaded.page, { ...serverAttributes(), 'phone-ws-url': 'ws://127.0.0.1:5066/ws' });
    await signIn(preloaded.page);
    await expect.poll(() => fakeLog(preloaded.page), { timeout: UI_TIMEOUT }).toMatchObject({ calls: [[expect.stringMatching(/^register 8001 /)]] });
    expect(preloaded.scripts()).toEqual(['/wincall-element.js']);
  });

  it('hands the phone attributes to the device, registers the extension with the phone password of the sign-in, and answers by itself with phone-auto-answer', async () => {
    const { page, scripts } = await openFixture({ fakePhone: true });
    await mount(page, { ...serverAttributes(), 'phone-ws-url': 'ws://127.0.0.1:5066/ws', 'phone-domain': 'cc.example.com', 'phone-auto-answer': '' }, true);
    await signIn(page);
    await expect.poll(() => phoneState(page), { timeout: UI_TIMEOUT }).toMatchObject({ device: 'ready', registration: 'registered' });
    let log = await fakeLog(page);
    // The core answers by itself (autoAnswer is the client's, not the device's: it knows the CTI call).
    expect(log.created).toEqual([{ wsUrl: 'ws://127.0.0.1:5066/ws', domain: 'cc.example.com', autoAnswer: false }]);
    // The simulator's seed gives extension 8001 the phone password "8001pw", handed over at sign-in.
    expect(log.calls[0]).toEqual([`register ${AGENT.extension} 8001pw`]);
    await page.evaluate(() => (window as unknown as { fakePhone: { ring(i: number): void } }).fakePhone.ring(0));
    await expect.poll(async () => (await fakeLog(page)).calls[0], { timeout: UI_TIMEOUT }).toContain('answer');
    expect(scripts()).toEqual(['/wincall-element.js']);

    // A phone attribute changed: a new client, and a new device with the new settings.
    await page.evaluate(() => {
      const element = document.getElementById('phone')!;
      element.removeAttribute('phone-auto-answer');
      element.setAttribute('phone-domain', 'other.example.com');
    });
    await waitForBar(page, 'signedOut');
    await signIn(page);
    await expect.poll(async () => (await fakeLog(page)).created, { timeout: UI_TIMEOUT }).toHaveLength(2);
    log = await fakeLog(page);
    expect(log.created[1]).toEqual({ wsUrl: 'ws://127.0.0.1:5066/ws', domain: 'other.example.com', autoAnswer: false });
    expect(log.destroyed).toEqual([0]);
    await expect.poll(async () => (await fakeLog(page)).calls[1], { timeout: UI_TIMEOUT }).toEqual([`register ${AGENT.extension} 8001pw`]);
    // Without phone-auto-answer a ring waits for the agent.
    await page.evaluate(() => (window as unknown as { fakePhone: { ring(i: number): void } }).fakePhone.ring(1));
    expect((await fakeLog(page)).calls[1]).toEqual([`register ${AGENT.extension} 8001pw`]);
  });

  it('reports a malformed phone-ws-url as an error event with a TypeError, and shows nothing until it is fixed', async () => {
    const { page, scripts } = await openFixture();
    await page.evaluate(() => {
      const errors: string[] = [];
      Object.assign(window, { errors });
      document.addEventListener('error', (event) => {
        if (event instanceof CustomEvent) errors.push(`${(event.detail as { error: Error }).error.name}: ${(event.detail as { error: Error }).error.message}`);
      });
    });
    await mount(page, { ...serverAttributes(), 'phone-ws-url': 'https://sip.example.com/ws' });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { errors: string[] }).errors), { timeout: UI_TIMEOUT })
      .toEqual([expect.stringMatching(/^TypeError: .*phone-ws-url must be a ws:\/\/ or wss:\/\/ URL/)]);
    expect(await page.evaluate(() => (document.getElementById('phone') as HTMLElementTagNameMap['wincall-softphone']).client)).toBeNull();
    await page.evaluate(() => document.getElementById('phone')!.setAttribute('phone-ws-url', 'wss://sip.example.com/ws'));
    await waitForBar(page, 'signedOut');
    expect(scripts()).toEqual(['/wincall-element.js']);
  });
});

describe('the builds keep sip.js out of the element', () => {
  const text = async (path: string) => (await fetch(new URL(path, env().origin))).text();

  it('the script-tag build has none of it; wincall-phone.js has it all', async () => {
    // "SIP/2.0" is in every SIP message sip.js writes or parses.
    expect(await text('/wincall-element.js')).not.toContain('SIP/2.0');
    expect(await text('/wincall-phone.js')).toContain('SIP/2.0');
  });

  it('an app bundling the ES module (the Vue example) gets the device as a chunk of its own', async () => {
    const html = await text('/vue/');
    const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const entryCode = await text(entry!);
    expect(entryCode).not.toContain('SIP/2.0');
    // Vite names the chunk after the module: device-<hash>.js, fetched by a dynamic import.
    const chunk = /["'](?:\.\/)?((?:assets\/)?device-[\w-]+\.js)["']/.exec(entryCode)?.[1];
    expect(chunk).toBeDefined();
    expect(await text(new URL(chunk!.startsWith('assets/') ? chunk! : `assets/${chunk}`, new URL('/vue/', env().origin)).pathname)).toContain('SIP/2.0');
  });
});
