/**
 * What the element's browser tests share: Chromium through playwright-core, the simulator's
 * control API, sign-in as an agent would, and axe run inside the shadow DOM.
 */
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { simControl, type AgentSnapshot } from '@wincall/simulator';

/** The longest wait for one UI or simulator state: generous, for a busy 2-core machine. */
export const UI_TIMEOUT = 20_000;

export const env = () => inject('element');

/** The agent of the simulator's seed. */
export const AGENT = { agentNum: '1001', password: '1234', extension: '8001' } as const;

/** One browser per file, a fresh context per test; every uncaught page error fails the test. */
export function browserPerFile(): { page(): Promise<Page> } {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let pageErrors: string[] = [];
  beforeAll(async () => {
    const { executablePath, args } = env().chromium;
    browser = await chromium.launch({ executablePath, args, headless: true });
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    await sim.reset();
    expect(pageErrors).toEqual([]);
    pageErrors = [];
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async page() {
      context ??= await browser!.newContext({ viewport: { width: 1280, height: 900 } });
      context.on('weberror', (error) => pageErrors.push(error.error().message));
      return context.newPage();
    },
  };
}

/** The simulator's control API: the customers and desk phones of a scenario. */
const control = simControl(() => env().simUrl);
export const sim = {
  ...control,
  agent: (agentNum: string = AGENT.agentNum) => control.agent(agentNum),
  placeCall: (caller: string) => control.placeCall({ caller, agentNum: AGENT.agentNum }),
};

/** Polls the simulator until the agent matches `expected`. */
export async function expectAgent(expected: Partial<AgentSnapshot>): Promise<void> {
  await expect.poll(() => sim.agent(), { timeout: UI_TIMEOUT, interval: 100 }).toMatchObject(expected);
}

/** The bar inside the element's shadow root (playwright's locators pierce open shadow roots). */
export const bar = (page: Page, name: 'Softphone' | '软电话' = 'Softphone'): Locator => page.getByRole('region', { name, exact: true });

/** Waits until the bar shows `state` (its `data-state`: the call phase, else the agent status). */
export async function waitForBar(page: Page, state: string): Promise<void> {
  await page.locator(`.wincall-bar[data-state="${state}"]`).waitFor({ timeout: UI_TIMEOUT });
}

/** Types into the English sign-in form inside the shadow root and waits until the agent is idle. */
export async function signIn(page: Page): Promise<void> {
  const form = bar(page);
  await form.getByLabel('Agent number', { exact: true }).fill(AGENT.agentNum);
  await form.getByLabel('Password', { exact: true }).fill(AGENT.password);
  await form.getByLabel('Extension', { exact: true }).fill(AGENT.extension);
  await form.getByRole('button', { name: 'Sign in', exact: true }).click();
  await waitForBar(page, 'idle');
}

/** axe-core over the whole page, open shadow roots included; returns the violations, described. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' >>> ')).join(', ')})`);
  });
}

/** Where the keyboard focus is: the path of shadow hosts down to the focused control. */
export function focusPath(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const path: string[] = [];
    let active: Element | null = document.activeElement;
    while (active) {
      const label = active.getAttribute('aria-label') ?? (active as HTMLInputElement).labels?.[0]?.textContent ?? active.textContent ?? '';
      path.push(`${active.tagName.toLowerCase()}${label ? ` "${label.trim()}"` : ''}`);
      active = active.shadowRoot?.activeElement ?? null;
    }
    return path;
  });
}
