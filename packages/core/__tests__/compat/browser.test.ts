import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '@wincall/simulator';
import { iifeOptions } from '../../tsup.iife.config';
import { scriptTagOptions as phoneScriptOptions } from '../../../phone/tsup.config';
import { legacyPage } from './legacyPage';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../../scripts/chromium';

/**
 * The script-tag build (`dist/wincall.js`, built here from source with the real build options)
 * in real headless Chromium, in a page written like the vendor's demo, against the real simulator.
 * With `phonetype: 'softphone'` it adds the browser phone's script build (`wincall-phone.js`,
 * built here too) from next to itself; a desk-phone page never downloads it.
 */
/** Bounded waits for what the agent would see; generous for a busy 2-core machine. */
const SEE_WITHIN = { timeout: 20_000 };
const NO_SIP_SERVER = 'ws://127.0.0.1:9/ws';

/** The vendor shipped socket.io.js (client 2.x, Engine.IO 3) beside its script; the simulator tests keep that client. */
const LEGACY_SOCKET_IO = createRequire(new URL('../../../simulator/package.json', import.meta.url)).resolve(
  'socket.io-client-v2/dist/socket.io.js',
);

type LegacyWindow = Window & {
  WinCall?: unknown;
  wincall: { fn_getParam(name: string): unknown };
  codes: (string | number)[];
  ioCalls?: number;
};

let outDir: string | undefined;
let simulator: RunningSimulator | undefined;
let pageServer: Server | undefined;
let browser: Browser | undefined;
let origin = '';

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'wincall-iife-'));
  await build({
    ...iifeOptions,
    entry: { wincall: fileURLToPath(new URL('../../src/compat/global.ts', import.meta.url)) },
    outDir,
    sourcemap: false,
    silent: true,
    config: false,
  });
  await build({
    ...phoneScriptOptions,
    entry: { 'wincall-phone': fileURLToPath(new URL('../../../phone/src/global.ts', import.meta.url)) },
    outDir,
    silent: true,
    config: false,
  });
  const files: Record<string, string> = {
    '/wincall.js': await readFile(join(outDir, 'wincall.js'), 'utf8'),
    '/wincall-phone.js': await readFile(join(outDir, 'wincall-phone.js'), 'utf8'),
    '/socket.io.js': await readFile(LEGACY_SOCKET_IO, 'utf8'),
  };

  simulator = await startSimulator({ port: 0, timings: 'instant' });
  const server = { ip: '127.0.0.1', port: simulator.port };
  const pages: Record<string, string> = {
    '/': legacyPage(server, ['/wincall.js']),
    '/with-socket.io.html': legacyPage(server, ['/socket.io.js', '/wincall.js']),
    // The browser phone, with a SIP server nobody listens on: the real device says it cannot reach it.
    '/softphone.html': legacyPage(server, ['/wincall.js'], `phonetype: 'softphone', softphone_ws_url: '${NO_SIP_SERVER}'`),
  };
  pageServer = createServer((req, res) => {
    const url = req.url ?? '';
    if (files[url] !== undefined) res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(files[url]);
    else if (pages[url] !== undefined) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[url]);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => pageServer!.listen(0, '127.0.0.1', resolve));
  const address = pageServer.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  pageServer?.closeAllConnections();
  await new Promise<void>((resolve) => (pageServer ? pageServer.close(() => resolve()) : resolve()));
  await simulator?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
}, 60_000);

/** Waits until an element shows this text. */
async function shows(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent === t, [selector, text] as const, SEE_WITHIN);
}

/** Waits until a button is enabled (or disabled). */
async function buttonEnabled(page: Page, selector: string, enabled: boolean): Promise<void> {
  await page.waitForFunction(
    ([s, e]) => (document.querySelector(s) as HTMLButtonElement | null)?.disabled === !e,
    [selector, enabled] as const,
    SEE_WITHIN,
  );
}

const callerParam = (page: Page) => page.evaluate(() => (window as unknown as LegacyWindow).wincall.fn_getParam('Caller'));

describe('dist/wincall.js in a legacy page, against the simulator', () => {
  it.each([
    { socketIo: 'the bundled socket.io-client 4', path: '/', pageIoCalls: undefined },
    { socketIo: "the page's own socket.io.js (client 2, Engine.IO 3)", path: '/with-socket.io.html', pageIoCalls: 1 },
  ])(
    'with $socketIo: signs in, gets a queue call with the caller shown, hangs up and signs out',
    async ({ path, pageIoCalls }) => {
      const page = await browser!.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const scripts: string[] = [];
      page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
      try {
        await page.goto(origin + path);
        expect(await page.evaluate(() => typeof (window as unknown as LegacyWindow).WinCall)).toBe('function');

        // Sign in, as the agent would: one click.
        await page.click('#btn_login');
        await shows(page, '#seat_state', '已签入');
        await shows(page, '#queue_state', '空闲');
        await buttonEnabled(page, '#btn_busy', true);
        await buttonEnabled(page, '#btn_login', false);
        await buttonEnabled(page, '#btn_hangup', false);

        // A customer calls the queue: the phone rings and the page shows who is calling.
        expect(simulator!.model.placeCall({ caller: '13800138000', queueId: 6250 }).ok).toBe(true);
        await shows(page, '#caller', '13800138000');
        await shows(page, '#seat_state', '技能组分配来电');
        await buttonEnabled(page, '#btn_hangup', true);

        // The agent lifts the handset…
        expect(simulator!.model.phoneAnswer('8001').ok).toBe(true);
        await shows(page, '#seat_state', '通话中');
        await buttonEnabled(page, '#btn_hold', true);
        expect(await callerParam(page)).toBe('13800138000');

        // …and hangs up from the page: the call and its parameters are gone.
        await page.click('#btn_hangup');
        await shows(page, '#seat_state', '通话完成');
        await buttonEnabled(page, '#btn_hangup', false);
        expect(await callerParam(page)).toBe('');

        // Sign out, so the next page can sign the same agent in.
        await page.click('#btn_logout');
        await shows(page, '#seat_state', '未签入');
        await buttonEnabled(page, '#btn_login', true);

        const codes = await page.evaluate(() => (window as unknown as LegacyWindow).codes);
        expect(codes.slice(0, 2)).toEqual(['001000', '003000']);
        const order = ['0501', '0600', '023000', '0000', '002000'].map((code) => codes.indexOf(code));
        expect(order.every((index) => index >= 0)).toBe(true);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        expect(await page.evaluate(() => (window as unknown as LegacyWindow).ioCalls)).toBe(pageIoCalls);
        // A desk phone: the browser phone is never downloaded.
        expect(scripts).not.toContain('/wincall-phone.js');
        expect(pageErrors).toEqual([]);
      } finally {
        await page.close();
      }
    },
    60_000,
  );

  it('with phonetype softphone: adds wincall-phone.js from next to itself at sign-in, once, and shows what the real device says', async () => {
    const page = await browser!.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    try {
      await page.goto(`${origin}/softphone.html`);
      expect(scripts).toEqual(['/wincall.js']);

      await page.click('#btn_login');
      await shows(page, '#seat_state', '已签入');
      // The device (sip.js) tried the SIP server: the listener got a phone_failed_event in Chinese.
      await page.waitForFunction(() => document.getElementById('message')!.textContent!.includes('无法连接电话服务器'), undefined, SEE_WITHIN);
      const codes = await page.evaluate(() => (window as unknown as LegacyWindow).codes);
      expect(codes).toContain('SIP_UNREACHABLE');
      expect(await page.evaluate(() => typeof (window as unknown as { WinCallPhone?: { createBrowserPhone?: unknown } }).WinCallPhone?.createBrowserPhone)).toBe('function');
      expect(scripts).toEqual(['/wincall.js', '/wincall-phone.js']);

      await page.click('#btn_logout');
      await shows(page, '#seat_state', '未签入');
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
