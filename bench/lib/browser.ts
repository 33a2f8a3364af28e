import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { BenchPageApi } from '../page/main';
import { REPO_ROOT } from '../bundles';
import { workspaceSources } from './workspace';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';

export { CHROMIUM_PATH };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

const ORIGIN = 'http://localhost';

/**
 * The benchmark page bundled from bench/page/main.ts (or `entry`) and the packages' sources, production React.
 * `profiling` swaps in react-dom's profiling build (Profiler callbacks fire) and keeps component
 * names; the other build is minified like a real deployment.
 */
export async function buildPage(options: { profiling: boolean; entry?: string }): Promise<string> {
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [options.entry ?? 'bench/page/main.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: !options.profiling,
    keepNames: options.profiling,
    jsx: 'automatic',
    charset: 'utf8',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [workspaceSources],
    alias: options.profiling ? { 'react-dom/client': 'react-dom/profiling' } : {},
  });
  const output = result.outputFiles?.[0];
  if (!output) throw new Error('the benchmark page did not build');
  return output.text;
}

export type BenchWindow = Window & { __bench: BenchPageApi };

/**
 * A page serving the bundle from memory. Cross-origin isolated (COOP + COEP), so performance.now()
 * has 5 µs resolution instead of 100 µs.
 */
export async function openBenchPage(browser: Browser, script: string, served: { at?: string } = {}): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A page served under a real server's origin (`at`, e.g. the simulator's) talks to it as a CRM
  // page would; it is not isolated then (COEP would need headers that server does not send).
  const origin = served.at ?? ORIGIN;
  const headers: Record<string, string> = served.at
    ? {}
    : { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
  await page.route(`${origin}/bench/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/bench/bench.js') return route.fulfill({ body: script, contentType: 'text/javascript', headers });
    return route.fulfill({
      body: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body><script src="/bench/bench.js"></script></body></html>',
      contentType: 'text/html',
      headers,
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/bench/`);
  await page.waitForFunction(() => 'crossOriginIsolated' in window && (window as unknown as Partial<BenchWindow>).__bench !== undefined);
  if (errors.length > 0) throw new Error(`the benchmark page failed: ${errors.join('; ')}`);
  return page;
}

/**
 * A benchmark page from a real server on 127.0.0.1, not from a route: Chromium's local network
 * access checks block a WebSocket to 127.0.0.1 from a page whose address it does not know, and the
 * client would stay on long-polling, which a CRM page on the agent's network does not. (Also a
 * secure context, as the microphone wants.)
 */
export async function servePage(script: string, title: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><script src="/bench.js"></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
