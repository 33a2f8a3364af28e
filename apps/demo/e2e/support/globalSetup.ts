import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { startSimulator } from '@wincall/simulator';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../../scripts/chromium';
import { E2E_SEED } from './seed';

export interface DemoE2eContext {
  /** The built demo CRM, served on 127.0.0.1. */
  appUrl: string;
  /** The simulator: socket.io, config API and control API. */
  simUrl: string;
  /** Where screenshots go (`artifacts/e2e/` at the repository root). */
  artifactsDir: string;
  chromium: { executablePath: string; args: string[] };
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoE2e: DemoE2eContext;
  }
}

const configFile = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
const artifactsRoot = fileURLToPath(new URL('../../../../artifacts/', import.meta.url));

/**
 * A simulator (instant, except a 2 s wrap-up and a long grace for sessions that change tabs) and a
 * production build of the demo pointing at it. Built, not served by the dev server: nothing is
 * compiled on demand while a test waits, and no dependency discovery reloads a page mid-test.
 */
export default async function setup(project: TestProject) {
  // The latency project (WINCALL_LATENCY, one way in ms) puts the simulator far away, and points
  // the demo at it at run time through the query string instead of at build time.
  const latency = Number(project.config.env?.WINCALL_LATENCY ?? 0);
  const artifactsDir = join(artifactsRoot, latency > 0 ? `e2e-${latency}ms` : 'e2e');
  // Screenshots of this run only: stale ones from an earlier run would mislead.
  await mkdir(artifactsDir, { recursive: true });
  for (const file of await readdir(artifactsDir)) if (file.endsWith('.png')) await rm(join(artifactsDir, file));
  const simulator = await startSimulator({
    host: '127.0.0.1',
    port: 0,
    seed: E2E_SEED,
    timings: { afterCallWorkSeconds: 2, sessionGrace: 30_000 },
    latency,
    jitter: latency / 5,
  });
  const outDir = await mkdtemp(join(tmpdir(), 'wincall-demo-e2e-'));
  const closeAll = async () => {
    await simulator.close();
    await rm(outDir, { recursive: true, force: true });
  };

  let server: Awaited<ReturnType<typeof preview>>;
  try {
    // Vitest runs with NODE_ENV=test; the demo is built as it would be shipped.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile,
        mode: 'production',
        logLevel: 'warn',
        build: { outDir, emptyOutDir: true },
        define:
          latency > 0
            ? {}
            : {
                'import.meta.env.VITE_WINCALL_SERVER': JSON.stringify(simulator.url),
                'import.meta.env.VITE_WINCALL_SIMULATOR': JSON.stringify('1'),
              },
      });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    server = await preview({
      configFile,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    });
  } catch (error) {
    await closeAll();
    throw error;
  }

  const servedAt = server.resolvedUrls?.local[0];
  if (!servedAt) {
    await server.close();
    await closeAll();
    throw new Error('the demo preview server has no local URL');
  }
  const appUrl = latency > 0 ? `${servedAt}?${new URLSearchParams({ server: simulator.url, simulator: '1' })}` : servedAt;
  project.provide('demoE2e', {
    appUrl,
    simUrl: simulator.url,
    artifactsDir,
    chromium: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
  });

  return async () => {
    await server.close();
    await closeAll();
  };
}
