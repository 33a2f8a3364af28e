/**
 * Which components rendered between two moments. A Profiler says *that* its subtree committed,
 * not *which* components in it rendered; the fiber tree does: a function component that ran has
 * a new hook list (`memoizedState`) or new props, one that React skipped keeps both (the same
 * inspection as packages/react/__tests__/browser/profiler.test.tsx).
 */
interface Fiber {
  type: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  memoizedProps: unknown;
  memoizedState: unknown;
  stateNode: unknown;
}

type Snapshot = Map<string, { name: string; props: unknown; state: unknown }>;

function componentName(fiber: Fiber): string | null {
  const type = fiber.type as { name?: string; displayName?: string; render?: unknown; type?: unknown } | null;
  const named = (fn: unknown) => (fn as { displayName?: string }).displayName ?? (fn as { name: string }).name;
  if (typeof type === 'function') return named(type);
  const inner = type && typeof type === 'object' ? (type.render ?? type.type) : null;
  return typeof inner === 'function' ? named(inner) : null;
}

/** The committed tree of the React root rendered into `container`. */
function currentRoot(container: HTMLElement): Fiber {
  const key = Object.keys(container).find((k) => k.startsWith('__reactContainer$'));
  if (!key) throw new Error('not a React root container');
  const hostRoot = (container as unknown as Record<string, Fiber>)[key]!;
  return (hostRoot.stateNode as { current: Fiber }).current;
}

/** Every named component under the first `SoftphoneBar`, keyed by its position in the tree. */
export function snapshotTree(container: HTMLElement, below = 'SoftphoneBar'): Snapshot {
  const out: Snapshot = new Map();
  const walk = (fiber: Fiber, path: string, inside: boolean) => {
    let child = fiber.child;
    let index = 0;
    while (child) {
      const name = componentName(child);
      const here = `${path}/${index}:${name ?? '-'}`;
      const within = inside || name === below;
      if (within && name) out.set(here, { name, props: child.memoizedProps, state: child.memoizedState });
      walk(child, here, within);
      child = child.sibling;
      index++;
    }
  };
  walk(currentRoot(container), '', false);
  return out;
}

/** Components (with how many instances) that rendered, mounted or unmounted between two snapshots. */
export function renderedBetween(before: Snapshot, after: Snapshot): Record<string, number> {
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
