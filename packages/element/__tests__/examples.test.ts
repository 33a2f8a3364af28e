import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AGENT, UI_TIMEOUT, axeViolations, bar, browserPerFile, env, expectAgent, focusPath, sim, waitForBar } from './support/browser';

/**
 * The two examples kept in the repository, as built and served for a user, against the real
 * simulator: packages/element/examples/plain-html (one script tag) and examples/vue (Vite + Vue 3).
 * An agent signs in and takes a call with the keyboard, inside the element's shadow root; axe
 * checks the whole page, shadow DOM included, in each state.
 */
const browser = browserPerFile();

const EXAMPLES = [
  { name: 'plain HTML page (script tag only)', path: () => '/plain-html/' },
  { name: 'Vue 3 page (Vite)', path: () => `/vue/?${new URLSearchParams({ server: env().simUrl })}` },
];

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** Presses Tab until the focus is on `label` inside the bar; fails after `max` presses. */
async function tabTo(page: Page, label: string, max = 12): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const path = await focusPath(page);
    if (path.at(-1)?.includes(`"${label}`)) {
      // The focus went through the shadow boundary: the document sees the host, the host's root the control.
      expect(path[0]).toBe('wincall-softphone');
      return;
    }
  }
  throw new Error(`Tab never reached "${label}"; focus: ${(await focusPath(page)).join(' > ')}`);
}

describe.each(EXAMPLES)('the $name', ({ path }) => {
  it('signs in and takes a call from the keyboard, passes axe in the shadow DOM, and pops the caller into the page', async () => {
    const page = await browser.page();
    await page.goto(new URL(path(), env().origin).href);
    await waitForBar(page, 'signedOut');
    await expectNoAxeViolations(page);

    // Sign in with the keyboard only: Tab into the shadow root, type, Enter submits the form.
    await tabTo(page, 'Agent number');
    await page.keyboard.type(AGENT.agentNum);
    await page.keyboard.press('Tab');
    expect((await focusPath(page)).at(-1)).toContain('"Password');
    await page.keyboard.type(AGENT.password);
    await page.keyboard.press('Tab');
    expect((await focusPath(page)).at(-1)).toContain('"Extension');
    await expect.poll(() => bar(page).getByLabel('Extension', { exact: true }).inputValue()).toBe('8001'); // default-extension
    await page.keyboard.press('Enter');
    await waitForBar(page, 'idle');
    await expectAgent({ signedIn: true, status: 'idle' });
    await expectNoAxeViolations(page);

    // The status menu: arrows move the focus between its items, Escape gives it back to the button.
    const statusButton = bar(page).getByRole('button', { name: /^Agent status/ });
    await statusButton.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusPath(page)).at(-1), { timeout: UI_TIMEOUT }).toContain('"Available');
    await page.keyboard.press('ArrowDown');
    expect((await focusPath(page)).at(-1)).toContain('"Busy');
    await page.keyboard.press('ArrowDown');
    const third = (await focusPath(page)).at(-1);
    expect(third).not.toContain('"Busy');
    expect(third).not.toContain('"Available');
    await page.keyboard.press('ArrowUp');
    expect((await focusPath(page)).at(-1)).toContain('"Busy');
    await page.keyboard.press('Escape');
    await expect.poll(() => bar(page).getByRole('menu').count(), { timeout: UI_TIMEOUT }).toBe(0);
    expect((await focusPath(page)).at(-1)).toMatch(/^button "Agent status/);

    // A customer calls the agent; the page's screen pop (an `incomingcall` listener) shows the number.
    await sim.placeCall('13800138000');
    await waitForBar(page, 'ringing');
    await expect.poll(() => page.locator('#screen-pop').textContent(), { timeout: UI_TIMEOUT }).toContain('13800138000');
    await sim.post(`/sim/phones/${AGENT.extension}/answer`);
    await waitForBar(page, 'connected');
    await expectAgent({ phase: 'connected' });
    await expectNoAxeViolations(page);

    // Hang up with the keyboard; after the wrap-up the page's call log (a `callrecord` listener) has the call.
    await bar(page).getByRole('button', { name: 'Hang up', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expectAgent({ callId: null });
    await expect.poll(() => page.locator('#call-log li').allTextContents(), { timeout: UI_TIMEOUT }).toEqual([expect.stringContaining('13800138000')]);
    await waitForBar(page, 'idle');
    await expectNoAxeViolations(page);
  });
});

describe('the Vue 3 page', () => {
  it('switches the bar to the dark theme through a bound attribute, without a new session', async () => {
    const page = await browser.page();
    await page.goto(new URL(EXAMPLES[1]!.path(), env().origin).href);
    await waitForBar(page, 'signedOut');
    const clientBefore = await page.evaluate(() => {
      const element = document.querySelector('wincall-softphone')!;
      (window as unknown as { firstClient: unknown }).firstClient = element.client;
      return element.client !== null;
    });
    expect(clientBefore).toBe(true);
    await page.getByLabel('Dark softphone').check();
    await page.locator('.wincall-bar[data-theme="dark"]').waitFor({ timeout: UI_TIMEOUT });
    await expectNoAxeViolations(page);
    const sameClient = await page.evaluate(() => document.querySelector('wincall-softphone')!.client === (window as unknown as { firstClient: unknown }).firstClient);
    expect(sameClient).toBe(true);
  });
});
