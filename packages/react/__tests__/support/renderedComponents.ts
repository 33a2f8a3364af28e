/**
 * Which components rendered between two commits. A Profiler tells *that* its subtree committed,
 * not *which* components in it rendered; React's fibers do: a function component that ran has a
 * new hook list (`memoizedState`) or new props, one that was skipped keeps both.
 * Shared by the browser tests and the render-discipline benchmark (bench/page/render.ts).
 */
interface Fiber {
  type: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  memoizedProps: unknown;
  memoizedState: unknown;
  stateNode: unknown;
}

function componentName(fiber: Fiber): string | null {
  const type = fiber.type as { name?: string; displayName?: string; render?: unknown; type?: unknown } | null;
  if (typeof type === 'function') return (type as { displayName?: string }).displayName ?? (type as { name: string }).name;
  const inner = type && typeof type === 'object' ? (type.render ?? type.type) : null;
  return typeof inner === 'function' ? ((inner as { displayName?: string }).displayName ?? (inner as { name: string }).name) : null;
}

/** The committed fiber tree of a React root (the root's `current`, never a work-in-progress copy). */
function currentRoot(container: HTMLElement): Fiber {
  const key = Object.keys(container).find((k) => k.startsWith('__reactContainer$'));
  if (!key) throw new Error('not a React root container');
  const hostRoot = (container as unknown as Record<string, Fiber>)[key]!;
  return (hostRoot.stateNode as { current: Fiber }).current;
}

export type Snapshot = Map<string, { name: string; props: unknown; state: unknown }>;

/** Every function component under the bar, by its position in the tree. */
export function snapshotBar(container: HTMLElement): Snapshot {
  const out: Snapshot = new Map();
  const walk = (fiber: Fiber, path: string, inBar: boolean) => {
    let child = fiber.child;
    let index = 0;
    while (child) {
      const name = componentName(child);
      const here = `${path}/${index}:${name ?? '-'}`;
      const barHere = inBar || name === 'SoftphoneBar';
      if (barHere && name) out.set(here, { name, props: child.memoizedProps, state: child.memoizedState });
      walk(child, here, barHere);
      child = child.sibling;
      index++;
    }
  };
  walk(currentRoot(container), '', false);
  return out;
}

/** Components (with how many instances) that rendered, mounted or unmounted between two snapshots. */
export function renderCounts(before: Snapshot, after: Snapshot): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (name: string) => {
    counts[name] = (counts[name] ?? 0) + 1;
  };
  for (const [path, now] of after) {
    const then = before.get(path);
    if (!then || then.props !== now.props || then.state !== now.state) add(now.name);
  }
  for (const [path, then] of before) if (!after.has(path)) add(then.name);
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** Names of the components that rendered, mounted or unmounted between two snapshots, sorted. */
export function renderedBetween(before: Snapshot, after: Snapshot): string[] {
  return Object.keys(renderCounts(before, after)).sort();
}
