import type { Decorator, StoryContext } from '@storybook/react-vite';
import { WinCallProvider } from '@wincall/react';
import { localeOf } from '../globals';
import { LiveLayout } from './LiveLayout';
import type { Scenario } from './scenarios';
import { createLiveWorld, type LiveWorld, type LiveWorldOptions } from './world';

/**
 * Worlds by story (and view mode), so a re-render for new args or globals keeps the world and
 * whatever the user did in it; two renders of one story (a docs page shows the first story twice)
 * share it. The entry goes when the story is torn down.
 */
const worlds = new Map<string, Promise<LiveWorld>>();

type LoadContext = Pick<StoryContext, 'id' | 'viewMode'>;

type LiveLoader = (context: LoadContext) => Promise<{ world: LiveWorld }>;

const keyOf = (context: LoadContext) => `${context.viewMode}:${context.id}`;

async function start(scenario: Scenario | undefined, options: LiveWorldOptions): Promise<LiveWorld> {
  const world = createLiveWorld(options);
  try {
    await scenario?.(world);
    return world;
  } catch (error) {
    world.dispose();
    throw error;
  }
}

/**
 * A live story: a loader creates a fresh simulator model and client for it and drives them into
 * the story's state with `scenario` (nothing: a signed-out bar). Use in a meta that has
 * `liveDecorators` and `liveBeforeEach`.
 */
export function live(scenario?: Scenario, options: LiveWorldOptions = {}): { loaders: LiveLoader[] } {
  const load: LiveLoader = async (context) => {
    const key = keyOf(context);
    let world = worlds.get(key);
    if (world && (await world).disposed) world = undefined;
    if (!world) {
      world = start(scenario, options);
      worlds.set(key, world);
      world.catch(() => worlds.delete(key));
    }
    return { world: await world };
  };
  return { loaders: [load] };
}

/** The story's world, in a decorator, render or play function. */
export function worldOf(context: Pick<StoryContext, 'loaded'>): LiveWorld {
  const world = (context.loaded as { world?: LiveWorld }).world;
  if (!world) throw new Error('this story has no live world: give it `...live(scenario)`');
  return world;
}

/** Disposes the story's world (model, clients, timers) when Storybook tears the story down. */
export const liveBeforeEach = (context: LoadContext & Pick<StoryContext, 'loaded'>) => {
  const world = (context.loaded as { world?: LiveWorld }).world;
  if (!world) return undefined;
  const key = keyOf(context);
  return () => {
    world.dispose();
    worlds.delete(key);
  };
};

/** Puts the story inside a provider on its world's client, with the simulator panel beside it. */
export const withLiveWorld: Decorator = (Story, context) => {
  const world = worldOf(context);
  return (
    <WinCallProvider client={world.client} queryClient={world.queryClient} locale={localeOf(context.globals)}>
      <LiveLayout world={world}>
        <Story />
      </LiveLayout>
    </WinCallProvider>
  );
};

export const liveDecorators: Decorator[] = [withLiveWorld];
