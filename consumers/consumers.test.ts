/**
 * The packages as a new user gets them: `pnpm pack`ed tarballs (not workspace links) installed
 * into fresh apps — Vite + React 19, Vite + React 18, Next.js App Router with its default build —
 * type-checked, built for production and served, then used in Chromium against the simulator:
 * sign in, a call rings with the caller's number, a reload resumes without the password.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '@wincall/simulator';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';

const repo = join(import.meta.dirname, '..');
const UI_TIMEOUT = 20_000;
const pnpm = ['-y', 'pnpm@10.34.8'];
const work = mkdtempSync(join(tmpdir(), 'wincall-consumers-'));
const report: string[] = [];

let simulator: RunningSimulator;
let browser: Browser;
let tarballs: Record<'core' | 'react', string>;

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: undefined, NEXT_TELEMETRY_DISABLED: '1', ...env },
    timeout: 300_000,
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Serves a built app; resolves once it answers HTTP. */
async function serve(command: string, args: string[], cwd: string, url: string): Promise<ChildProcess> {
  // Its own process group, so stopping it stops what it started.
  const child = spawn(command, args, { cwd, env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'pipe', detached: true });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} exited: ${output}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop(child);
  throw new Error(`${url} never answered: ${output}`);
}

function stop(child: ChildProcess | undefined) {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}

const bin = (dir: string, name: string) => join(dir, 'node_modules', '.bin', name);

/** Gzipped bytes of every .js file under `dir`. */
function gzippedJs(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.js')) total += gzipSync(readFileSync(join(entry.parentPath, entry.name)), { level: 9 }).length;
  }
  return total;
}

/**
 * Copies a fixture next to the tarballs and installs them (no workspace links, one shared store).
 * The Vite fixtures share one app (`vite-app/`); each adds only its package.json (React 18 or 19).
 */
function install(fixture: string): string {
  const dir = join(work, fixture);
  const copy = (from: string) =>
    cpSync(join(import.meta.dirname, from), dir, { recursive: true, filter: (src) => !/node_modules|\.next|dist/.test(src) });
  if (fixture.startsWith('vite-')) copy('vite-app');
  copy(fixture);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  manifest.dependencies['@wincall/core'] = `file:${tarballs.core}`;
  manifest.dependencies['@wincall/react'] = `file:${tarballs.react}`;
  // @wincall/react's dependency on the core must be the tarball too, not the registry.
  manifest.pnpm = { overrides: { '@wincall/core': `file:${tarballs.core}` }, onlyBuiltDependencies: ['esbuild', 'sharp', '@parcel/watcher'] };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  run('npx', [...pnpm, 'install', '--prefer-offline', '--ignore-workspace', '--config.confirmModulesPurge=false'], dir);
  return dir;
}

/** Builds and times it. */
function build(dir: string, [command, ...args]: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now();
  run(bin(dir, command!), args, dir, env);
  return (performance.now() - started) / 1000;
}

const bar = (page: Page) => page.getByRole('region', { name: 'Softphone' });
const waitForBar = (page: Page, state: string) =>
  page.locator(`.wincall-bar[data-state="${state}"]`).waitFor({ timeout: UI_TIMEOUT });

/** The user's journey, the same in every app. */
async function journey(url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(url);
    const form = bar(page).getByRole('form', { name: 'Agent sign-in' });
    await form.waitFor({ timeout: UI_TIMEOUT });
    await form.getByLabel('Agent number').fill('1001');
    await form.getByLabel('Password').fill('1234');
    await form.getByLabel('Extension').fill('8001');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await waitForBar(page, 'idle');

    // A customer calls the agent: the bar rings and shows who is calling.
    const placed = await fetch(`${simulator.url}/sim/calls`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ caller: '13800138000', agentNum: '1001' }),
    });
    expect(placed.status).toBe(201);
    const { callId } = (await placed.json()) as { callId: string };
    await waitForBar(page, 'ringing');
    await bar(page).getByText('13800138000').first().waitFor({ timeout: UI_TIMEOUT });
    await fetch(`${simulator.url}/sim/calls/${callId}/hangup`, { method: 'POST' });
    await waitForBar(page, 'idle');

    // A reload resumes the session from the vault worker: nobody types the password again.
    await page.reload();
    await waitForBar(page, 'idle');
    expect(await page.locator('input[type="password"]').count()).toBe(0);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await fetch(`${simulator.url}/sim/reset`, { method: 'POST' });
  }
}

/** The bar's box and alignment on a page. */
async function measureBar(url: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(url);
    await bar(page).getByRole('form', { name: 'Agent sign-in' }).waitFor({ timeout: UI_TIMEOUT });
    return await bar(page).evaluate((element) => {
      const box = element.getBoundingClientRect();
      const field = element.querySelector('input')!.getBoundingClientRect();
      const button = element.querySelector('button[type="submit"]')!.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        ...{ width: box.width, height: box.height, textAlign: style.textAlign, fontSize: style.fontSize, lineHeight: style.lineHeight },
        ...{ fieldWidth: field.width, fieldHeight: field.height, buttonWidth: button.width, buttonHeight: button.height, buttonLeft: button.left - box.left },
      };
    });
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  mkdirSync(join(work, 'packs'));
  run('node', ['scripts/check-packages.mjs', '--pack-only', join(work, 'packs')], repo);
  const packed = readdirSync(join(work, 'packs'));
  tarballs = {
    core: join(work, 'packs', packed.find((f) => f.startsWith('wincall-core-'))!),
    react: join(work, 'packs', packed.find((f) => f.startsWith('wincall-react-'))!),
  };
  for (const [name, file] of Object.entries(tarballs)) report.push(`@wincall/${name} tarball: ${(statSync(file).size / 1024).toFixed(1)} KB packed`);
  simulator = await startSimulator({ host: '127.0.0.1', port: 0, timings: 'instant' });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await simulator?.close();
  rmSync(work, { recursive: true, force: true });
  console.log(`\nConsumer apps:\n${report.map((line) => `  ${line}`).join('\n')}`);
});

describe.each(['vite-react19', 'vite-react18'])('%s', (fixture) => {
  let server: ChildProcess | undefined;
  let url = '';
  beforeAll(async () => {
    const dir = install(fixture);
    run(bin(dir, 'tsc'), ['-p', 'tsconfig.json'], dir);
    const seconds = build(dir, ['vite', 'build'], { VITE_WINCALL_SERVER: simulator.url });
    report.push(`${fixture}: vite build ${seconds.toFixed(1)} s, JS ${(gzippedJs(join(dir, 'dist')) / 1024).toFixed(1)} KB gzip`);
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    server = await serve(bin(dir, 'vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], dir, url);
  });
  afterAll(() => stop(server));

  it('signs in, rings with the caller number, and resumes after a reload', async () => {
    await journey(url);
  });

  it('keeps the bar as it is on a page with hostile global CSS', async () => {
    const clean = await measureBar(url);
    const hostile = await measureBar(`${url}hostile.html`);
    // Same page width (the hostile CSS keeps the body's margin): every box must be the same.
    expect(hostile).toEqual(clean);
  });
});

describe('next-app', () => {
  let server: ChildProcess | undefined;
  let url = '';
  beforeAll(async () => {
    const dir = install('next-app');
    // `next build` type-checks too; this is the app's own tsc, with the library's types.
    const seconds = build(dir, ['next', 'build'], { NEXT_PUBLIC_WINCALL_SERVER: simulator.url });
    run(bin(dir, 'tsc'), ['-p', 'tsconfig.json'], dir);
    report.push(`next-app: next build ${seconds.toFixed(1)} s, client JS ${(gzippedJs(join(dir, '.next', 'static')) / 1024).toFixed(1)} KB gzip`);
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    server = await serve(bin(dir, 'next'), ['start', '-H', '127.0.0.1', '-p', String(port)], dir, url);
  });
  afterAll(() => stop(server));

  it('server-renders the signed-out bar from a Server Component', async () => {
    const html = await (await fetch(url)).text();
    expect(html).toContain('wincall-bar');
    expect(html).toContain('Agent sign-in');
  });

  it('signs in, rings with the caller number, and resumes after a reload', async () => {
    await journey(url);
  });
});
