/** Shared steps of the play functions: find the bar and wait for the state a user would see. */
import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { noticeText, type WinCallClient } from '@wincall/core';
import type { Messages } from '@wincall/react';
import { localeOf, messagesOf } from '../globals';

type PlayContext = Pick<StoryContext, 'canvas' | 'globals'>;

/** Bounded waits: long enough for a slow CI browser, short enough to fail fast. */
export const WAIT = { timeout: 5000 };

/** The catalog of the story's locale. */
export const textOf = (context: Pick<StoryContext, 'globals'>): Messages => messagesOf(context.globals);

/** Matches an accessible name that starts with `text` (buttons append "处理中…" while pending). */
export const startingWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** The softphone bar of the story. */
export function findBar(context: PlayContext): Promise<HTMLElement> {
  return context.canvas.findByRole('region', { name: textOf(context)['bar.label'] }, WAIT);
}

/** Waits until the bar's `data-state` is `state`; returns the bar and queries inside it. */
export async function expectBar(context: PlayContext, state: string) {
  const bar = await findBar(context);
  await waitFor(() => expect(bar).toHaveAttribute('data-state', state), WAIT);
  return { bar, inBar: within(bar) };
}

/**
 * The bar's notice of `kind` (its `data-kind`: `reconnecting`, `dialFailed`…) once shown, and the
 * words the client has for it in the story's language (the notices' words are the core's).
 */
export async function findNotice(context: PlayContext & Pick<StoryContext, 'loaded'>, kind: string) {
  const bar = await findBar(context);
  const element = await waitFor(() => {
    const found = bar.querySelector<HTMLElement>(`.wincall-notice[data-kind="${kind}"]`);
    expect(found).not.toBeNull();
    return found!;
  }, WAIT);
  const client = (context.loaded as { world?: { client: WinCallClient } }).world?.client;
  const notice = client?.getState().notices.filter((n) => n.kind === kind).at(-1);
  if (!notice) throw new Error(`the story's client holds no ${kind} notice`);
  return { element, inNotice: within(element), words: noticeText(notice, localeOf(context.globals)) };
}

/** The ringing call's banner inside the bar. */
export async function findIncoming(context: PlayContext) {
  const { inBar } = await expectBar(context, 'ringing');
  return within(await inBar.findByRole('region', { name: textOf(context)['incoming.title'] }, WAIT));
}

/** The simulator panel beside a live story. */
export async function findSimulator(context: Pick<StoryContext, 'canvas'>) {
  return within(await context.canvas.findByRole('complementary', { name: 'Simulator' }, WAIT));
}
