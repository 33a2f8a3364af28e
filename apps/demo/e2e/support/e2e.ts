/**
 * What every end-to-end scenario needs: Chromium through playwright-core, the demo's pages as an
 * agent sees them, the simulator's control API, and screenshots in artifacts/e2e/.
 */
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { simControl, type AgentSnapshot } from '@wincall/simulator';
import type { AgentLogin } from './seed';

/** The longest wait for one UI state or simulator state: generous, for a busy 2-core machine. */
export const UI_TIMEOUT = 20_000;

const env = () => inject('demoE2e');

/** A page of the demo, e.g. `#/calls`. */
export const appUrl = (path = '#/customers') => new URL(path, env().appUrl).href;

export function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = env().chromium;
  return chromium.launch({ executablePath, args, headless: true });
}

/**
 * The browser side of one scenario: every context it opens (one per agent: separate storage,
 * locks and workers, like separate computers) and every uncaught page error, checked at the end.
 */
export class Desk {
  readonly contexts: BrowserContext[] = [];
  readonly pageErrors: string[] = [];

  constructor(private readonly browser: Browser) {}

  async newContext(): Promise<BrowserContext> {
    const context = await this.browser.newContext({ viewport: { width: 1440, height: 960 }, locale: 'zh-CN' });
    this.contexts.push(context);
    context.on('weberror', (error) => this.pageErrors.push(error.error().message));
    return context;
  }

  /** Opens the demo in a new tab of `context` (a new context when none is given). */
  async open(context?: BrowserContext, path = '#/customers'): Promise<Page> {
    const page = await (context ?? (await this.newContext())).newPage();
    await page.goto(appUrl(path));
    return page;
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.contexts.splice(0).map((context) => context.close()));
  }
}

/**
 * The hooks of a scenario file: one browser for the file, a fresh Desk per test that must end
 * without page errors, and a simulator back to its seed after each test. Returns the current Desk.
 */
export function deskPerTest(): () => Desk {
  let browser: Browser | undefined;
  let desk: Desk | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(() => {
    desk = new Desk(browser!);
  });
  afterEach(async () => {
    expect(desk!.pageErrors).toEqual([]);
    await desk!.close();
    await sim.reset();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => desk!;
}

/** The docked softphone bar. */
export const bar = (page: Page) => page.getByRole('region', { name: '软电话', exact: true });

/** Picks a status (空闲, 忙碌) or a busy reason from the bar's status selector. */
export async function chooseStatus(page: Page, name: string) {
  await bar(page).getByRole('button', { name: /^坐席状态/ }).click();
  await bar(page).getByRole('menuitemradio', { name, exact: true }).click({ timeout: UI_TIMEOUT });
}

/** Waits until the bar shows `state` (its `data-state`: the call phase, else the agent status). */
export async function waitForBar(page: Page, state: string, timeout = UI_TIMEOUT): Promise<void> {
  await page.locator(`.wincall-bar[role="region"][data-state="${state}"]`).waitFor({ timeout });
}

/** Types into the bar's sign-in form and waits until the agent is idle. */
export async function signIn(page: Page, agent: AgentLogin): Promise<void> {
  const form = bar(page);
  await form.getByLabel('工号', { exact: true }).fill(agent.agentNum);
  await form.getByLabel('密码', { exact: true }).fill(agent.password);
  await form.getByLabel('分机号', { exact: true }).fill(agent.extension);
  await form.getByRole('button', { name: '签入', exact: true }).click();
  await waitForBar(page, 'idle');
}

/** The tab holds the connection (`leader`) or mirrors the tab that does (`follower`): the demo's `data-tab-role`, kept out of the agent's view. */
export async function waitForTabRole(page: Page, role: 'leader' | 'follower', timeout = UI_TIMEOUT): Promise<void> {
  await page.locator(`[data-tab-role="${role}"]`).waitFor({ timeout });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(env().artifactsDir, `${name}.png`) });
}

/** The simulator's control API: the customers, desk phones and supervisors of the scenario. */
export const sim = simControl(() => env().simUrl);

/** Polls the simulator until `agentNum` matches `expected`. */
export async function expectAgent(agentNum: string, expected: Partial<AgentSnapshot>): Promise<void> {
  await expect.poll(() => sim.agent(agentNum), { timeout: UI_TIMEOUT, interval: 100 }).toMatchObject(expected);
}
