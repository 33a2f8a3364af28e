/**
 * Headless Chromium with a fake microphone playing a known tone, on the phone fixture page
 * (fixtures/phonePage.ts, bundled with esbuild and served from 127.0.0.1, a secure context).
 */
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../../../scripts/chromium';

export interface PhoneBrowser {
  readonly origin: string;
  /** A fresh page (own context) with the phone loaded and `window.phone` ready. */
  newPhone(): Promise<Page>;
  /** The page's console and errors, for failure messages. */
  consoleTail(lines?: number): string;
  close(): Promise<void>;
}

const PAGE = '<!doctype html><meta charset="utf-8"><title>phone fixture</title><script src="/phone.js"></script>';

async function bundlePhone(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../fixtures/phonePage.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no bundle for the phone page');
  return output.text;
}

export async function startPhoneBrowser(microphoneWav: string): Promise<PhoneBrowser> {
  const script = await bundlePhone();
  const server: Server = createServer((request, response) => {
    if (request.url === '/phone.js') response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    else if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${microphoneWav}`,
      '--autoplay-policy=no-user-gesture-required',
      '--disable-features=WebRtcHideLocalIpsWithMdns',
      '--allow-loopback-in-peer-connection',
    ],
  });
  const contexts: BrowserContext[] = [];
  const consoleLines: string[] = [];

  return {
    origin,
    async newPhone() {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
      page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => typeof window.phone === 'object', undefined, { timeout: 20_000 });
      return page;
    },
    consoleTail: (lines = 30) => consoleLines.slice(-lines).join('\n'),
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
