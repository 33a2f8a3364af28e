import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Storybook bundles the model for the browser: it must not reach for Node or the network. */
describe('the model is browser-safe', () => {
  const files = [...sources(join(src, 'model')), join(src, 'seed.ts'), join(src, 'timings.ts')];

  it.each(files.map((f) => [f.slice(src.length), f]))('%s imports nothing from Node or socket.io', (_name, file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1] ?? '');
    for (const specifier of imports) {
      expect(specifier.startsWith('node:') || specifier.startsWith('socket.io') || specifier.startsWith('../server')).toBe(false);
      if (!specifier.startsWith('.')) expect(specifier).toBe('@wincall/core/protocol');
    }
  });
});
