import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createMemoryTransport, createWinCallClient, type WinCallClient } from '@wincall/core';
import { SoftphoneBar, WinCallProvider } from '@wincall/react';
import { CONFIG_API_URL, createConfigFetch } from './configFetch';
import { createScriptedServer, type ScriptedServer } from './scriptedServer';

export interface Harness {
  server: ScriptedServer;
  client: WinCallClient;
  container: HTMLElement;
  /** Commits seen by the Profiler around the bar (only counted in a profiling build). */
  commits: { count: number };
  configRequests: Map<string, number>;
  bar(): HTMLElement;
  /** The bar's `data-state` (undefined before the first commit). */
  state(): string | undefined;
  unmount(): void;
}

/**
 * A SoftphoneBar as a CRM page mounts it: a provider with a client of our own, whose transport
 * is an in-page scripted server, and a config API answered in the page.
 */
export function mountBar(options: { locale?: 'zh-CN' | 'en' } = {}): Harness {
  const server = createScriptedServer();
  const config = createConfigFetch();
  const client = createWinCallClient({
    vccCode: 'demo',
    transport: createMemoryTransport(server, { reconnectDelay: 50 }),
    loginDelay: 0,
    apiUrl: CONFIG_API_URL,
    fetch: config.fetch,
  });
  const container = document.createElement('div');
  document.body.append(container);
  const commits = { count: 0 };
  const onRender: ProfilerOnRenderCallback = () => {
    commits.count++;
  };
  const root: Root = createRoot(container);
  root.render(
    <WinCallProvider client={client} locale={options.locale ?? 'zh-CN'}>
      <Profiler id="bar" onRender={onRender}>
        <SoftphoneBar defaultAgentNum="1001" defaultExtension="8001" />
      </Profiler>
    </WinCallProvider>,
  );
  return {
    server,
    client,
    container,
    commits,
    configRequests: config.requests,
    bar() {
      const bar = container.querySelector<HTMLElement>('.wincall-bar');
      if (!bar) throw new Error('the bar is not mounted');
      return bar;
    },
    state() {
      return container.querySelector<HTMLElement>('.wincall-bar')?.dataset.state;
    },
    unmount() {
      root.unmount();
      client.destroy();
      container.remove();
    },
  };
}

/** Resolves once `check()` holds, re-checking on every DOM change; rejects after `timeoutMs`. */
export function waitForDom(container: HTMLElement, check: () => boolean, timeoutMs = 5000): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for the DOM`));
    }, timeoutMs);
    observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Signs agent 1001 in through the scripted server and waits for the bar to show it idle. */
export async function signIn(h: Harness): Promise<void> {
  await h.client.login({ agentNum: '1001', password: '1234', extension: '8001' });
  await waitForDom(h.container, () => h.state() === 'idle');
}

/**
 * Waits until the bar has asked the config API for its busy reasons and the answer has landed, so
 * that a measurement does not include that first load (at most `timeoutMs`: a bar that loads them
 * only on demand is measured as it is).
 */
export async function configLoaded(h: Harness, timeoutMs = 2000): Promise<void> {
  const started = performance.now();
  while (!h.configRequests.get('/v2/wintelapi/api/busyreason/list') && performance.now() - started < timeoutMs) await sleep(20);
  await sleep(100);
}
