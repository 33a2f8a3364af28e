import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as tsup } from 'tsup';
import { build as vite } from 'vite';
import type { TestProject } from 'vitest/node';
import { startSimulator } from '@wincall/simulator';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../../scripts/chromium';
import { phoneScriptOptions, scriptTagOptions } from '../../tsup.config';

export interface ElementTestContext {
  /**
   * The static server: /wincall-element.js, /wincall-phone.js (also as /alt/phone.js), /plain-html/,
   * /vue/, /fixture.html, /late.html.
   */
  origin: string;
  /** The simulator: socket.io, config API and control API. */
  simUrl: string;
  chromium: { executablePath: string; args: string[] };
}

declare module 'vitest' {
  export interface ProvidedContext {
    element: ElementTestContext;
  }
}

const at = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
/** The URL the examples are written for (`pnpm sim`), replaced by the test simulator's. */
const EXAMPLE_SERVER = 'http://127.0.0.1:6050';

/** A blank page with the script-tag build, for the attribute, property and event tests. */
const FIXTURE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fixture</title>
<script src="/wincall-element.js"></script></head><body><main></main></body></html>`;

/** The element in the markup before its script is loaded (the test loads it): properties set early must count. */
const LATE = (simUrl: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>late</title></head><body><main>
<wincall-softphone id="phone" server-url="${simUrl}" api-url="${simUrl}" vcc-code="demo" locale="en"></wincall-softphone></main></body></html>`;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.svg': 'image/svg+xml' };

export default async function setup(project: TestProject) {
  const outDir = await mkdtemp(join(tmpdir(), 'wincall-element-'));
  const simulator = await startSimulator({ host: '127.0.0.1', port: 0, timings: { afterCallWorkSeconds: 1 } });
  const closeAll = async () => {
    await simulator.close();
    await rm(outDir, { recursive: true, force: true });
  };
  let server: ReturnType<typeof createServer>;
  try {
    // The script-tag build with the package's own options, from source.
    await tsup({ ...scriptTagOptions, entry: { 'wincall-element': at('src/global.ts') }, outDir: join(outDir, 'script'), silent: true, config: false });
    // The browser phone's script build, shipped next to it (sip.js is in this one only).
    await tsup({ ...phoneScriptOptions, outDir: join(outDir, 'script'), silent: true, config: false });
    // The Vue example, built as its author would ship it.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await vite({
        configFile: at('examples/vue/vite.config.ts'),
        mode: 'production',
        base: '/vue/',
        // Not 'warn': Rollup's notes about the "use client" directives of React libraries are noise here.
        logLevel: 'error',
        build: { outDir: join(outDir, 'vue'), emptyOutDir: true },
      });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }

    const script = await readFile(join(outDir, 'script', 'wincall-element.js'));
    const phoneScript = await readFile(join(outDir, 'script', 'wincall-phone.js'));
    const plainHtml = (await readFile(at('examples/plain-html/index.html'), 'utf8')).replaceAll(EXAMPLE_SERVER, simulator.url);
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const send = (type: string, body: string | Buffer) => res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
      if (path === '/wincall-element.js' || path === '/plain-html/wincall-element.js') return send(TYPES['.js']!, script);
      if (path === '/wincall-phone.js' || path === '/alt/phone.js') return send(TYPES['.js']!, phoneScript);
      if (path === '/plain-html/') return send(TYPES['.html']!, plainHtml);
      if (path === '/fixture.html') return send(TYPES['.html']!, FIXTURE);
      if (path === '/late.html') return send(TYPES['.html']!, LATE(simulator.url));
      if (path.startsWith('/vue/')) {
        const file = normalize(join(outDir, 'vue', path.slice('/vue/'.length) || 'index.html'));
        if (!file.startsWith(join(outDir, 'vue'))) return res.writeHead(404).end();
        readFile(file).then(
          (body) => send(TYPES[extname(file)] ?? 'application/octet-stream', body),
          () => res.writeHead(404).end(),
        );
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  } catch (error) {
    await closeAll();
    throw error;
  }
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  project.provide('element', { origin, simUrl: simulator.url, chromium: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] } });

  return async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await closeAll();
  };
}
