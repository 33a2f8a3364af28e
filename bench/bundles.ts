/**
 * The production bundles a user downloads, built from the packages' sources with esbuild exactly
 * as an application bundler would (minified, tree-shaken, `NODE_ENV=production`), and their gzip
 * sizes. Shared by `pnpm bench` (sizes against the targets) and `scripts/size-check.ts` (sizes
 * against the regression budget in size-budget.json), so both always measure the same thing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, transform, type BuildOptions, type Metafile } from 'esbuild';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const SOURCES = {
  '@wincall/core': at('packages/core/src/index.ts'),
  '@wincall/react': at('packages/react/src/index.ts'),
  '@wincall/devtools': at('packages/devtools/src/index.ts'),
} as const;

const STYLES = at('packages/react/src/styles.css');

/** React itself: every CRM that embeds the bar already ships it, so no bundle counts it. */
const REACT = ['react', 'react-dom', 'react/*', 'react-dom/*'];

export type BundleId = 'core' | 'react' | 'crm' | 'scriptTag' | 'devtools';

export interface BundleSpec {
  id: BundleId;
  label: string;
  /** What the bundle is made of, for the docs. */
  contents: string;
  /** The entry module's source (resolved from the repository root), or a source file. */
  entry: { code: string } | { file: string };
  /** Packages left to the host page (import specifiers; a trailing `/*` covers subpaths). */
  external: string[];
  /** Workspace packages resolved to their sources (the others are external). */
  aliases: (keyof typeof SOURCES)[];
  /** Whether the stylesheet counts towards this bundle. */
  css: boolean;
  format: 'esm' | 'iife';
  target: string;
}

export const BUNDLES: readonly BundleSpec[] = [
  {
    id: 'core',
    label: '@wincall/core alone',
    contents: 'every export of @wincall/core (socket.io-client external)',
    entry: { code: "export * from '@wincall/core';" },
    external: ['socket.io-client'],
    aliases: ['@wincall/core'],
    css: false,
    format: 'esm',
    target: 'es2020',
  },
  {
    id: 'react',
    label: '@wincall/react alone + CSS',
    contents: 'every export of @wincall/react + styles.css (react, react-dom, @wincall/core, zustand, @tanstack/react-query external)',
    entry: { code: "export * from '@wincall/react';" },
    external: [...REACT, '@wincall/core', 'zustand', 'zustand/*', '@tanstack/react-query'],
    aliases: ['@wincall/react'],
    css: true,
    format: 'esm',
    target: 'es2020',
  },
  {
    id: 'crm',
    label: 'CRM page: bar without React + CSS',
    contents:
      'WinCallProvider, SoftphoneBar, createWinCallClient with core, zustand, react-query, socket.io-client + styles.css (react, react-dom external)',
    entry: {
      code: [
        "import { WinCallProvider, SoftphoneBar } from '@wincall/react';",
        "import { createWinCallClient } from '@wincall/core';",
        'export { WinCallProvider, SoftphoneBar, createWinCallClient };',
      ].join('\n'),
    },
    external: REACT,
    aliases: ['@wincall/core', '@wincall/react'],
    css: true,
    format: 'esm',
    target: 'es2020',
  },
  {
    id: 'scriptTag',
    label: 'legacy facade script tag (wincall.js)',
    contents: 'packages/core/src/compat/global.ts as an IIFE with socket.io-client bundled (as tsup.iife.config.ts)',
    entry: { file: 'packages/core/src/compat/global.ts' },
    external: [],
    aliases: [],
    css: false,
    format: 'iife',
    target: 'es2017',
  },
  {
    // Opt-in: nothing of it is in the bundles above. One file here (esbuild inlines the lazily
    // imported panel); an app's bundler splits the panel into a chunk loaded when first opened.
    id: 'devtools',
    label: '@wincall/devtools (toggle + lazy panel)',
    contents: 'WinCallDevtools with its panel, decoder and bug-report export (react, @wincall/core, @wincall/react external)',
    entry: { code: "export { WinCallDevtools } from '@wincall/devtools';" },
    external: [...REACT, '@wincall/core', '@wincall/core/*', '@wincall/react', 'zustand', 'zustand/*'],
    aliases: ['@wincall/devtools'],
    css: false,
    format: 'esm',
    target: 'es2020',
  },
];

export interface ModuleShare {
  /** A source file of ours, or a package name. */
  module: string;
  /** Minified bytes it contributes (esbuild's metafile). */
  bytes: number;
}

export interface BundleSize {
  id: BundleId;
  label: string;
  /** Minified JavaScript. */
  jsBytes: number;
  jsGzip: number;
  /** Minified stylesheet (0 when the bundle has none). */
  cssBytes: number;
  cssGzip: number;
  /** What the browser downloads: gzip of the JS plus gzip of the CSS (two files). */
  totalGzip: number;
  /** The biggest contributors to the minified JS, largest first. */
  largest: ModuleShare[];
}

/** zlib's best compression, what CDNs and `gzip -9` produce for static assets. */
const gzip = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;

export async function measureBundle(spec: BundleSpec): Promise<BundleSize> {
  const options: BuildOptions = {
    absWorkingDir: REPO_ROOT,
    bundle: true,
    write: false,
    minify: true,
    treeShaking: true,
    format: spec.format,
    platform: 'browser',
    target: spec.target,
    // What Vite and other bundlers emit: the Chinese catalog as UTF-8 text, not \u escapes.
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: Object.fromEntries(spec.aliases.map((name) => [name, SOURCES[name]])),
    external: spec.external,
    ...('code' in spec.entry
      ? { stdin: { contents: spec.entry.code, resolveDir: REPO_ROOT, sourcefile: `${spec.id}.entry.ts`, loader: 'ts' as const } }
      : { entryPoints: [at(spec.entry.file)] }),
  };
  const result = await build(options);
  const output = result.outputFiles?.[0];
  if (!output) throw new Error(`bundle ${spec.id}: esbuild produced no output`);
  const css = spec.css ? await minifiedStyles() : '';
  const jsGzip = gzip(output.contents);
  const cssGzip = css ? gzip(css) : 0;
  return {
    id: spec.id,
    label: spec.label,
    jsBytes: output.contents.length,
    jsGzip,
    cssBytes: Buffer.byteLength(css),
    cssGzip,
    totalGzip: jsGzip + cssGzip,
    largest: largestModules(result.metafile!),
  };
}

export async function measureBundles(specs: readonly BundleSpec[] = BUNDLES): Promise<BundleSize[]> {
  return Promise.all(specs.map(measureBundle));
}

async function minifiedStyles(): Promise<string> {
  const { code } = await transform(readFileSync(STYLES, 'utf8'), { loader: 'css', minify: true, charset: 'utf8' });
  return code;
}

/** Our files by path, dependencies by package name. */
function largestModules(metafile: Metafile, top = 8): ModuleShare[] {
  const shares = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(path);
      const module = pkg ? pkg[1]! : path;
      shares.set(module, (shares.get(module) ?? 0) + input.bytesInOutput);
    }
  }
  return [...shares]
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([module, bytes]) => ({ module, bytes }));
}
