import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import '../../src/styles.css';
import { SoftphoneBar } from '../../src';
import { createConfigFetch } from '../support/fakeServer';
import { createHarness, renderWith } from '../support/render';
import { BAR_STATES, type BarStateName } from '../support/states';

const STATES = Object.keys(BAR_STATES) as BarStateName[];

async function barIn(state: BarStateName, width: number) {
  vi.stubGlobal('fetch', createConfigFetch().fetch);
  const harness = createHarness({ apiUrl: 'http://config.test' });
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.appendChild(host);
  renderWith(harness, <SoftphoneBar />, { container: host });
  await BAR_STATES[state](harness);
  return screen.getByRole('region', { name: '软电话' });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('icon-only buttons', () => {
  it.each(STATES.flatMap((state) => [1440, 400].map((width) => ({ state, width }))))(
    '$state at $width px: each has an accessible name and the same words as its tooltip',
    async ({ state, width }) => {
      const bar = await barIn(state, width);
      const iconOnly = [...bar.querySelectorAll<HTMLButtonElement>('button')].filter((b) => (b.textContent ?? '').trim() === '');
      for (const button of iconOnly) {
        const name = button.getAttribute('aria-label');
        expect(name, button.outerHTML).toBeTruthy();
        expect(button.title).toBe(name);
      }
    },
  );
});

describe('the ringing pulse', () => {
  afterEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  });

  it('draws the eye while a call rings, and stays still under prefers-reduced-motion', async () => {
    await barIn('ringing', 1440);
    const card = () => document.querySelector<HTMLElement>('.wincall-call-card[data-state="ringing"]')!;
    expect(getComputedStyle(card()).animationName).not.toBe('none');
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    await vi.waitFor(() => expect(getComputedStyle(card()).animationName).toBe('none'));
  });
});
