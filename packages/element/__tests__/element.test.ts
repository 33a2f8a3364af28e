import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AGENT, UI_TIMEOUT, bar, browserPerFile, env, expectAgent, sim, signIn, waitForBar } from './support/browser';

/**
 * `<wincall-softphone>` from the script-tag build (`wincall-element.js`, built from source by the
 * global setup) on a blank page in Chromium, against the real simulator: attributes, properties,
 * events, the shadow root's styles, live attribute changes, removal and re-insertion.
 */
const browser = browserPerFile();

type Attributes = Record<string, string>;
const serverAttributes = (): Attributes => ({ 'server-url': env().simUrl, 'api-url': env().simUrl, 'vcc-code': 'demo' });

interface Recorded {
  type: string;
  composed: boolean;
  bubbles: boolean;
  /** The target as the document sees it (retargeted out of shadow roots). */
  target: string;
  detail: Record<string, unknown>;
}

const EVENT_TYPES = ['incomingcall', 'callended', 'callrecord', 'statuschange', 'error', 'clientchange'];

/** Opens the blank page; every softphone event that reaches the document is recorded. */
async function openFixture(): Promise<Page> {
  const page = await browser.page();
  await page.addInitScript((types: string[]) => {
    const recorded: unknown[] = [];
    Object.assign(window, { recorded, phone: () => document.getElementById('phone') });
    for (const type of types) {
      document.addEventListener(type, (event) => {
        if (!(event instanceof CustomEvent)) return;
        const detail = event.detail as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a summary of every event's own detail
        recorded.push({
          type,
          composed: event.composed,
          bubbles: event.bubbles,
          target: (event.target as Element).id || (event.target as Element).tagName.toLowerCase(),
          detail: {
            status: detail.status,
            caller: detail.call?.params?.Caller,
            talkMs: detail.talkMs,
            otherParty: detail.record?.otherParty,
            errorName: detail.error?.name,
            errorMessage: detail.error?.message,
            hasClient: 'client' in detail ? detail.client !== null : undefined,
          },
        });
      });
    }
  }, EVENT_TYPES);
  await page.goto(new URL('/fixture.html', env().origin).href);
  return page;
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { recorded: Recorded[] }).recorded);
const recordedOf = async (page: Page, type: string) => (await recorded(page)).filter((event) => event.type === type);

/** Puts a `<wincall-softphone id="phone">` with these attributes into the page's <main>. */
async function mount(page: Page, attributes: Attributes): Promise<void> {
  await page.evaluate((attrs) => {
    const element = document.createElement('wincall-softphone');
    element.id = 'phone';
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    document.querySelector('main')!.append(element);
  }, attributes);
}

/** The element, in the page (the init scripts define the same function there: page functions are sent as source). */
const phone = () => document.getElementById('phone') as HTMLElementTagNameMap['wincall-softphone'];

/** Hostile page CSS: a box-sizing flip, loud text and form controls, rules aimed at the bar's own classes. */
const HOSTILE_CSS = `
  * { box-sizing: content-box; }
  body { text-align: center; font: 22px/3 Georgia, serif; letter-spacing: 2px; text-transform: uppercase; white-space: pre; }
  button, input, select { padding: 18px; margin: 9px; line-height: 3; font: 24px serif; border: 4px solid red; }
  .wincall-bar, .wincall-button, .wincall-root * { display: block !important; height: 200px !important; background: red !important; }
  svg { width: 40px; height: 40px; display: block; }
`;

/** What the agent sees of the signed-out bar: sizes, spacing and colours of its parts. */
function measureBar(page: Page) {
  return page.evaluate(() => {
    const root = (document.getElementById('phone') as HTMLElement).shadowRoot!;
    const parts = [root.querySelector('.wincall-bar')!, ...root.querySelectorAll('input, button, select')];
    return parts.map((part) => {
      const style = getComputedStyle(part);
      const box = part.getBoundingClientRect();
      return [part.tagName, Math.round(box.height), Math.round(box.width), style.letterSpacing, style.textTransform, style.backgroundColor, style.fontFamily].join(' ');
    });
  });
}

const submitBackground = (page: Page) => bar(page).getByRole('button', { name: 'Sign in', exact: true }).evaluate((button) => getComputedStyle(button).backgroundColor);

describe('<wincall-softphone>', () => {
  it('renders the bar in an open shadow root with the kit stylesheet adopted; page CSS stays out, tokens set on the element theme it', async () => {
    const page = await openFixture();
    await mount(page, { ...serverAttributes(), locale: 'en', layout: 'panel' });
    await waitForBar(page, 'signedOut');
    const facts = await page.evaluate(() => {
      const element = document.getElementById('phone') as HTMLElementTagNameMap['wincall-softphone'];
      const root = element.shadowRoot!;
      return {
        inPage: document.querySelectorAll('.wincall-bar, .wincall-root, input, button').length,
        inShadow: root.querySelectorAll('.wincall-bar').length,
        adopted: root.adoptedStyleSheets.length,
        accent: getComputedStyle(root.querySelector('.wincall-bar')!).getPropertyValue('--wincall-accent').trim(),
        status: element.client?.getState().agent.status,
      };
    });
    expect(facts).toEqual({ inPage: 0, inShadow: 1, adopted: 1, accent: '#0a58ca', status: 'signedOut' });

    const before = await measureBar(page);
    await page.addStyleTag({ content: HOSTILE_CSS });
    expect(await measureBar(page)).toEqual(before);

    // The design tokens are the one way in, in every theme.
    await page.addStyleTag({ content: 'wincall-softphone { --wincall-accent: rgb(1, 2, 3); }' });
    expect(await submitBackground(page)).toBe('rgb(1, 2, 3)');
    await page.evaluate(() => document.getElementById('phone')!.setAttribute('theme', 'dark'));
    await page.locator('.wincall-bar[data-theme="dark"]').waitFor({ timeout: UI_TIMEOUT });
    expect(await submitBackground(page)).toBe('rgb(1, 2, 3)');
    const darkBackground = await page.locator('.wincall-bar').evaluate((el) => getComputedStyle(el).getPropertyValue('--wincall-bg').trim());
    expect(darkBackground).toBe('#0d1117');
  });

  it('reports a missing vcc-code as an error event with a TypeError and shows nothing, until the attribute arrives', async () => {
    const page = await openFixture();
    await mount(page, { 'server-url': env().simUrl, locale: 'en' });
    await expect.poll(() => recordedOf(page, 'error'), { timeout: UI_TIMEOUT }).toEqual([
      expect.objectContaining({ detail: expect.objectContaining({ errorName: 'TypeError', errorMessage: expect.stringContaining('vcc-code') }) }),
    ]);
    expect(await page.evaluate(() => ({ client: phone().client, bar: phone().shadowRoot!.querySelector('.wincall-bar') }))).toEqual({ client: null, bar: null });

    await page.evaluate(() => phone().setAttribute('vcc-code', 'demo'));
    await waitForBar(page, 'signedOut');
    expect(await page.evaluate(() => phone().client?.getState().connection)).toBe('idle');
    expect((await recordedOf(page, 'clientchange')).map((e) => e.detail.hasClient)).toEqual([true]);
    expect(await recordedOf(page, 'error')).toHaveLength(1);
  });

  it('dispatches statuschange, incomingcall, callended and callrecord as composed events that reach the document from inside another shadow root', async () => {
    const page = await openFixture();
    await page.evaluate((attrs) => {
      // A CRM widget that renders the softphone inside its own shadow root.
      const widget = document.createElement('div');
      widget.id = 'crm-widget';
      const element = document.createElement('wincall-softphone');
      element.id = 'phone';
      for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
      widget.attachShadow({ mode: 'open' }).append(element);
      document.querySelector('main')!.append(widget);
    }, { ...serverAttributes(), locale: 'en' });
    await signIn(page);
    await sim.placeCall('13800138000');
    await waitForBar(page, 'ringing');
    await sim.post(`/sim/phones/${AGENT.extension}/answer`);
    await waitForBar(page, 'connected');
    await bar(page).getByRole('button', { name: 'Hang up', exact: true }).click();
    await expect.poll(() => recordedOf(page, 'callrecord'), { timeout: UI_TIMEOUT }).toHaveLength(1);

    const events = (await recorded(page)).filter((event) => event.type !== 'clientchange');
    for (const event of events) expect(event, event.type).toMatchObject({ composed: true, bubbles: true, target: 'crm-widget' });
    const statuses = events.filter((e) => e.type === 'statuschange').map((e) => e.detail.status);
    expect(statuses).toEqual(expect.arrayContaining(['signingIn', 'idle', 'occupied', 'afterCallWork']));
    expect(await recordedOf(page, 'incomingcall')).toEqual([expect.objectContaining({ detail: expect.objectContaining({ caller: '13800138000' }) })]);
    const [ended] = await recordedOf(page, 'callended');
    expect(typeof ended?.detail.talkMs).toBe('number');
    expect((await recordedOf(page, 'callrecord'))[0]?.detail.otherParty).toBe('13800138000');
    expect(await recordedOf(page, 'error')).toEqual([]);
  });

  it('takes what attributes cannot carry as properties: client commands, options, and live features and messages', async () => {
    const page = await openFixture();
    await page.evaluate((attrs) => {
      const element = document.createElement('wincall-softphone');
      element.id = 'phone';
      const logs: string[] = [];
      Object.assign(window, { logs });
      element.options = { logger: (entry) => logs.push(JSON.stringify(entry)), timeouts: { command: 8000 } };
      element.messages = { 'signIn.submit': 'Start shift' };
      for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
      document.querySelector('main')!.append(element);
    }, { ...serverAttributes(), locale: 'en' });
    await bar(page).getByRole('button', { name: 'Start shift', exact: true }).waitFor({ timeout: UI_TIMEOUT });
    await page.evaluate(() => {
      phone().messages = undefined;
    });
    await signIn(page);
    // The options reached the client: its logger saw the sign-in.
    expect(await page.evaluate(() => (window as unknown as { logs: string[] }).logs.length)).toBeGreaterThan(0);

    const dial = bar(page).getByRole('button', { name: 'Dial', exact: true });
    await dial.waitFor({ timeout: UI_TIMEOUT });
    await page.evaluate(() => {
      phone().features = { dialOut: false, dialAgent: false };
    });
    await dial.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await page.evaluate(() => {
      phone().features = undefined;
    });
    await dial.waitFor({ timeout: UI_TIMEOUT });

    // `client` is the core client: a command sent through it shows in the bar and on the server.
    await page.evaluate(() => phone().client!.busy());
    await waitForBar(page, 'busy');
    await expectAgent({ status: 'busy' });
  });

  it('keeps the properties a page set before the script was loaded', async () => {
    const page = await browser.page();
    await page.goto(new URL('/late.html', env().origin).href);
    await page.evaluate(() => {
      const element = document.getElementById('phone') as HTMLElement & Record<string, unknown>;
      const logs: string[] = [];
      Object.assign(window, { logs });
      element.options = { logger: (entry: unknown) => logs.push(JSON.stringify(entry)) };
      element.features = { dialOut: false, dialAgent: false };
    });
    await page.addScriptTag({ url: '/wincall-element.js' });
    await signIn(page);
    expect(await page.evaluate(() => (window as unknown as { logs: string[] }).logs.length)).toBeGreaterThan(0);
    await expect.poll(() => bar(page).getByRole('button', { name: 'Dial', exact: true }).count()).toBe(0);
    expect(await page.evaluate(() => (document.getElementById('phone') as HTMLElementTagNameMap['wincall-softphone']).features)).toEqual({ dialOut: false, dialAgent: false });
  });

  it('applies locale, theme and layout live in the same session; server settings recreate the client once per change', async () => {
    const page = await openFixture();
    await mount(page, { ...serverAttributes(), locale: 'en' });
    await signIn(page);
    await page.evaluate(() => Object.assign(window, { first: phone().client }));
    const sameClient = () => page.evaluate(() => phone().client === (window as unknown as { first: unknown }).first);

    await page.evaluate(() => phone().setAttribute('locale', 'zh-CN'));
    await bar(page, '软电话').waitFor({ timeout: UI_TIMEOUT });
    await page.evaluate(() => phone().setAttribute('theme', 'dark'));
    await page.locator('.wincall-bar[data-theme="dark"]').waitFor({ timeout: UI_TIMEOUT });
    for (const layout of ['bar', 'compact', 'panel']) {
      await page.evaluate((value) => phone().setAttribute('layout', value), layout);
      await page.locator(`.wincall-bar[data-layout="${layout}"]`).waitFor({ timeout: UI_TIMEOUT });
    }
    await waitForBar(page, 'idle');
    expect(await sameClient()).toBe(true);
    await expectAgent({ signedIn: true, connected: true });

    // Both server attributes in one task: one new client, the old one destroyed, the agent signs in again.
    await page.evaluate((url) => {
      phone().setAttribute('server-url', `${url}/`);
      phone().setAttribute('api-url', `${url}/`);
    }, env().simUrl);
    await waitForBar(page, 'signedOut');
    expect(await page.evaluate(() => (window as unknown as { first: { destroyed: boolean } }).first.destroyed)).toBe(true);
    expect(await sameClient()).toBe(false);
    expect((await recordedOf(page, 'clientchange')).map((e) => e.detail.hasClient)).toEqual([true, true]);
    await page.evaluate(() => phone().setAttribute('locale', 'en'));
    await signIn(page);
  });

  it('destroys its client and unmounts the bar when removed (no socket, no timers left), keeps the session when moved, and starts over when put back', async () => {
    const page = await browser.page();
    // Counts the page's pending timers from before any script runs.
    await page.addInitScript(() => {
      const live = new Set<unknown>();
      const { setTimeout: setT, clearTimeout: clearT, setInterval: setI, clearInterval: clearI } = window;
      Object.assign(window, {
        // Also once removed from the page.
        phone: () => document.getElementById('phone') ?? (window as unknown as { kept?: Element }).kept,
        liveTimers: live,
        setTimeout: (handler: TimerHandler, ms?: number, ...args: unknown[]) => {
          const id = setT(() => {
            live.delete(id);
            if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
          }, ms);
          live.add(id);
          return id;
        },
        clearTimeout: (id?: number) => {
          live.delete(id);
          clearT(id);
        },
        setInterval: (handler: TimerHandler, ms?: number, ...args: unknown[]) => {
          const id = setI(handler, ms, ...args);
          live.add(id);
          return id;
        },
        clearInterval: (id?: number) => {
          live.delete(id);
          clearI(id);
        },
      });
    });
    await page.goto(new URL('/fixture.html', env().origin).href);
    const liveTimers = () => page.evaluate(() => (window as unknown as { liveTimers: Set<unknown> }).liveTimers.size);
    expect(await liveTimers()).toBe(0);
    await mount(page, { ...serverAttributes(), locale: 'en' });
    await signIn(page);
    await page.evaluate(() => Object.assign(window, { first: phone().client, kept: phone() }));

    // A move (removed and inserted in one task), as frameworks do when they reorder: same session.
    await page.evaluate(() => document.body.append(phone()));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(await page.evaluate(() => phone().client === (window as unknown as { first: unknown }).first && !phone().client!.destroyed)).toBe(true);
    await waitForBar(page, 'idle');

    await page.evaluate(() => phone().remove());
    await expect
      .poll(() => page.evaluate(() => ({ destroyed: (window as unknown as { first: { destroyed: boolean } }).first.destroyed, client: phone().client, children: phone().shadowRoot!.querySelector('div')!.childElementCount })), { timeout: UI_TIMEOUT })
      .toEqual({ destroyed: true, client: null, children: 0 });
    await expectAgent({ connected: false });
    await expect.poll(liveTimers, { timeout: UI_TIMEOUT }).toBe(0);

    await page.evaluate(() => document.querySelector('main')!.append(phone()));
    await waitForBar(page, 'signedOut');
    expect(await page.evaluate(() => phone().client !== (window as unknown as { first: unknown }).first)).toBe(true);
    await signIn(page);
  });
});
