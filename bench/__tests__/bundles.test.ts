import { describe, expect, it } from 'vitest';
import { BUNDLES, FLOORS, measureBundle, type BundleSize, type BundleSpec } from '../bundles';

const fixture = (name: string) => `./bench/__tests__/fixtures/${name}`;

/** A page with a static import, a chunk its session loads, a sheet, and a chunk per language. */
const PAGE_CODE = [
  `import { greeting } from '${fixture('start')}';`,
  `export const run = () => [greeting('1001'), import('${fixture('lazy')}'), import('${fixture('zh-CN')}')];`,
  `export const openSheet = () => import('${fixture('sheet')}');`,
  `export const english = () => import('${fixture('en')}');`,
].join('\n');

const spec = (overrides: Partial<BundleSpec>): BundleSpec => ({
  id: 'fixture',
  label: 'fixture page',
  contents: 'bench/__tests__/fixtures',
  entry: { code: PAGE_CODE },
  external: [],
  aliases: [],
  css: false,
  format: 'esm',
  target: 'es2020',
  ...overrides,
});

/** The chunk holding a module (a path ending). */
function chunkOf(size: BundleSize, module: string) {
  const path = module.includes('/') ? module : `fixtures/${module}.ts`;
  const chunk = size.chunks.find((c) => c.modules.some((name) => name.endsWith(path)));
  if (!chunk) throw new Error(`no chunk holds ${module}: ${JSON.stringify(size.chunks.map((c) => c.file))}`);
  return chunk;
}

describe('bundle measurement (bench/bundles.ts)', () => {
  it('counts a page from its own entry: static imports at start, every import() chunk apart', async () => {
    const size = await measureBundle(spec({ locale: 'zh-CN', page: { opened: /fixtures\/sheet\.ts$/ } }));
    expect(chunkOf(size, 'start').atStart).toBe(true);
    for (const module of ['lazy', 'sheet', 'zh-CN', 'en']) expect(chunkOf(size, module).atStart).toBe(false);
    const start = size.chunks.filter((c) => c.atStart);
    expect(size.jsGzip).toBe(start.reduce((sum, c) => sum + c.gzip, 0));
    expect(size.totalGzip).toBe(size.jsGzip);
  });

  it('adds what a page session loads, but not the other language nor what the agent opens', async () => {
    const size = await measureBundle(spec({ locale: 'zh-CN', page: { opened: /fixtures\/sheet\.ts$/ } }));
    expect(chunkOf(size, 'lazy').inSession).toBe(true);
    expect(chunkOf(size, 'zh-CN')).toMatchObject({ inSession: true, ownLocale: true });
    expect(chunkOf(size, 'en')).toMatchObject({ inSession: false, otherLocale: true });
    expect(chunkOf(size, 'sheet').inSession).toBe(false);
    expect(size.sessionGzip).toBe(chunkOf(size, 'lazy').gzip + chunkOf(size, 'zh-CN').gzip);
  });

  it('counts a library at start only', async () => {
    const size = await measureBundle(spec({}));
    expect(size.sessionGzip).toBe(0);
    expect(size.chunks.some((c) => c.inSession)).toBe(false);
    expect(size.onDemand.map((c) => c.file).sort()).toEqual(size.chunks.filter((c) => !c.atStart).map((c) => c.file).sort());
  });

  it('counts the real CRM page from its entry: the bar at start, the sheets the agent opens apart', async () => {
    // esbuild lists an import() chunk before the page's entry here: the start set must not follow it.
    const size = await measureBundle(BUNDLES.find((bundle) => bundle.id === 'crm')!);
    expect(chunkOf(size, 'react/src/provider.tsx').atStart).toBe(true);
    expect(chunkOf(size, 'core/src/client/createClient.ts').atStart).toBe(true);
    expect(chunkOf(size, 'Directory/ConnectedDirectory.tsx')).toMatchObject({ atStart: false, inSession: false });
    expect(chunkOf(size, 'core/src/tabs/sharedClient.ts')).toMatchObject({ atStart: false, inSession: false });
    expect(chunkOf(size, 'core/src/records/builder.ts')).toMatchObject({ atStart: false, inSession: true });
  });

  it("measures the stack's floor from the packages alone, as the CRM page bundles them", async () => {
    const [floor, page] = await Promise.all([
      measureBundle(FLOORS.find((bundle) => bundle.id === 'stackFloor')!),
      measureBundle({ ...BUNDLES.find((bundle) => bundle.id === 'crm')!, id: 'crmAll' }),
    ]);
    const modules = floor.chunks.flatMap((chunk) => chunk.modules);
    expect(modules.filter((module) => module.startsWith('packages/'))).toEqual([]);
    expect(modules).toEqual(expect.arrayContaining(['@tanstack/query-core', '@tanstack/react-query', 'engine.io-client', 'zustand']));
    // Nothing in the floor that the CRM page does not carry itself.
    const pageModules = new Set(page.chunks.flatMap((chunk) => chunk.modules));
    for (const module of modules) expect(pageModules).toContain(module);
    expect(floor.totalGzip).toBeLessThan(page.totalGzip);
  });
});
