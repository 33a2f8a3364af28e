/**
 * The production bundles a user downloads, built from the packages' sources with esbuild exactly
 * as an application bundler would (minified, tree-shaken, `NODE_ENV=production`, ES modules split
 * into chunks at every dynamic `import()`), and their gzip sizes. Shared by `pnpm bench` (sizes
 * against the targets, next to the peers in PEERS) and `scripts/size-check.ts` (sizes against the
 * regression budget in size-budget.json), so both always measure the same thing.
 *
 * A bundle's size is what its page loads at start: the entry chunk and every chunk it imports
 * statically, each gzipped on its own as the browser downloads it, plus the stylesheet where it
 * ships one. Chunks only reached through `import()` (the other language's texts, the result-code
 * catalog, a sheet opened on demand) are listed apart, each with its own size.
 *
 * Adding a bundle is one object in BUNDLES (size budget included: give it a budget in
 * size-budget.json) or in PEERS (measured for the bench table only).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, transform, type BuildOptions, type Loader, type Metafile, type Plugin } from 'esbuild';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const SOURCES = {
  '@wincall/core': at('packages/core/src/index.ts'),
  // Exact aliases win over the package's prefix one (esbuild would append the subpath to it).
  '@wincall/core/tabs': at('packages/core/src/tabs/index.ts'),
  '@wincall/core/records': at('packages/core/src/records/index.ts'),
  '@wincall/core/api': at('packages/core/src/api/index.ts'),
  '@wincall/core/phone': at('packages/core/src/phone/index.ts'),
  '@wincall/react': at('packages/react/src/index.ts'),
  // The element imports the stylesheet as text (an exact alias wins over the package's prefix one).
  '@wincall/react/styles.css': at('packages/react/src/styles.css'),
  '@wincall/devtools': at('packages/devtools/src/index.ts'),
  '@wincall/phone': at('packages/phone/src/index.ts'),
} as const;

const STYLES = at('packages/react/src/styles.css');

/** The core and its entry points, as a page's bundler resolves them. */
const CORE = ['@wincall/core', '@wincall/core/tabs', '@wincall/core/records', '@wincall/core/api', '@wincall/core/phone'] as const;

/** React itself: every CRM that embeds the bar already ships it, so no bundle counts it. */
const REACT = ['react', 'react-dom', 'react/*', 'react-dom/*'];

/** A bundle's name in the table, the budget file and bench-results.json ('core', 'crm', …). */
export type BundleId = string;

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
  /** `esm` is split into chunks at every dynamic import; an `iife` is one file, dynamic imports inlined. */
  format: 'esm' | 'iife';
  target: string;
  /** The page's language: chunks of the other language are marked as never loaded by it. */
  locale?: 'zh-CN' | 'en';
  /**
   * A page rather than a library: its size is what it loads through an agent's working session —
   * at start, then every on-demand chunk (its language's texts, what the client fetches once it
   * connects or signs in) except the other language's and those matching `opened`: parts the agent
   * opens by hand, options this page does not use.
   */
  page?: { opened: RegExp };
  /** esbuild loaders by file extension, where the package's build sets them. */
  loader?: Record<string, Loader>;
  /** Folders (from the repository root) where bare imports are also looked up: the packages' own dependencies. */
  nodePaths?: string[];
}

/**
 * The socket.io engine the core connects with (engine.io-client, see
 * packages/core/src/transport/engineSocket.ts), left out of the core's own rows as socket.io-client
 * was before it; the CRM page and the script tag bundle it. The socket.io packets are the core's
 * own code (transport/socketPacket.ts), counted in every row.
 */
const SOCKET_IO = ['engine.io-client'];

const CLIENT_ENTRY = "export { createWinCallClient } from '@wincall/core';";

/** The CRM page: the bar, its provider and the client, as a CRM imports them. */
const CRM_ENTRY = [
  "import { WinCallProvider, SoftphoneBar } from '@wincall/react';",
  "import { createWinCallClient } from '@wincall/core';",
  'export { WinCallProvider, SoftphoneBar, createWinCallClient };',
].join('\n');

const crm = (locale: 'zh-CN' | 'en', id: BundleId): BundleSpec => ({
  id,
  label: `CRM page (${locale}): bar without React + CSS`,
  contents: `WinCallProvider, SoftphoneBar, createWinCallClient with core, zustand, react-query, engine.io-client + styles.css (react, react-dom external); a ${locale} page: the other language's chunks never load`,
  entry: { code: CRM_ENTRY },
  external: REACT,
  aliases: [...CORE, '@wincall/react'],
  css: true,
  format: 'esm',
  target: 'es2020',
  locale,
  // The directory / history / auto-dial sheets (the agent opens them), the shared client (this
  // page does not ask for `shared`) and the browser phone's controller (nor for `phone`).
  page: { opened: /(components\/onDemand\.ts|core\/src\/tabs\/|core\/src\/phone\/(?!handle\.ts))/ },
});

/** @wincall/react on its own: every export, the stylesheet, its dependencies left to the page. */
const REACT_ROW: BundleSpec = {
  id: 'react',
  label: '@wincall/react alone + CSS',
  contents: 'every export of @wincall/react + styles.css (react, react-dom, @wincall/core, zustand, @tanstack/react-query external)',
  entry: { code: "export * from '@wincall/react';" },
  external: [...REACT, '@wincall/core', '@wincall/core/*', 'zustand', 'zustand/*', '@tanstack/react-query'],
  aliases: ['@wincall/react'],
  css: true,
  format: 'esm',
  target: 'es2020',
};

export const BUNDLES: readonly BundleSpec[] = [
  {
    id: 'client',
    label: 'createWinCallClient alone',
    contents: "import { createWinCallClient } from '@wincall/core' (engine.io-client external)",
    entry: { code: CLIENT_ENTRY },
    external: SOCKET_IO,
    aliases: [...CORE],
    css: false,
    format: 'esm',
    target: 'es2020',
  },
  {
    id: 'core',
    label: '@wincall/core, every export',
    contents: 'every export of @wincall/core (engine.io-client external)',
    entry: { code: "export * from '@wincall/core';" },
    external: SOCKET_IO,
    aliases: [...CORE],
    css: false,
    format: 'esm',
    target: 'es2020',
  },
  REACT_ROW,
  crm('zh-CN', 'crm'),
  crm('en', 'crmEn'),
  {
    id: 'scriptTag',
    label: 'legacy facade script tag (wincall.js)',
    contents: 'packages/core/src/compat/global.ts as an IIFE with its socket.io connection bundled (as tsup.iife.config.ts)',
    entry: { file: 'packages/core/src/compat/global.ts' },
    external: [],
    aliases: [],
    css: false,
    format: 'iife',
    target: 'es2017',
  },
  {
    id: 'element',
    label: '<wincall-softphone> script tag (wincall-element.js)',
    contents:
      'packages/element/src/global.ts as an IIFE with everything inside: React, ReactDOM, the bar, react-query, core, zustand, socket.io-client and styles.css as text (as packages/element/tsup.config.ts)',
    entry: { file: 'packages/element/src/global.ts' },
    external: [],
    aliases: [...CORE, '@wincall/react', '@wincall/react/styles.css'],
    css: false,
    format: 'iife',
    target: 'es2017',
    loader: { '.css': 'text' },
  },
  {
    // Softphone mode (issue 23): what a page adds to use the browser phone. Its start size is the
    // loader a page imports; the device (sip.js and the phone) is a chunk fetched when the agent
    // signs in, listed on demand. None of it is in the CRM page above.
    id: 'phone',
    label: '@wincall/phone (browserPhone + client.phone; the device with sip.js on demand)',
    contents:
      "import { browserPhone } from '@wincall/phone': the option helper and client.phone's front (@wincall/core/phone) at start; the device (sip.js, WebRTC media, quality, devices) and the core's phone controller are chunks loaded when the agent signs in (@wincall/core itself external)",
    entry: { code: "export { browserPhone } from '@wincall/phone';" },
    external: ['@wincall/core', 'zustand', 'zustand/*'],
    aliases: ['@wincall/phone', '@wincall/core/phone'],
    nodePaths: ['packages/phone/node_modules'],
    css: false,
    format: 'esm',
    target: 'es2020',
  },
  {
    // Opt-in: nothing of it is in the bundles above. Its start size is the toggle; the panel is
    // a chunk of its own (listed on demand), loaded when the panel is first opened.
    id: 'devtools',
    label: '@wincall/devtools (toggle; panel on demand)',
    contents: 'WinCallDevtools with its panel, decoder and bug-report export (react, @wincall/core, @wincall/react external)',
    entry: { code: "export { WinCallDevtools } from '@wincall/devtools';" },
    external: [...REACT, '@wincall/core', '@wincall/core/*', '@wincall/react', 'zustand', 'zustand/*'],
    aliases: ['@wincall/devtools'],
    css: false,
    format: 'esm',
    target: 'es2020',
  },
];

/**
 * What agents load today or would load instead, bundled from their npm packages (root
 * devDependencies) in the same run, so every ratio in the table comes from one machine and one
 * esbuild. The legacy page's own script, `jquery.wincall.v2.js`, is not in this repository (it
 * belongs to the vendor's deployments): its row counts the libraries it needs, not the script.
 */
export const PEERS: readonly BundleSpec[] = [
  {
    id: 'legacyStack',
    label: 'legacy stack: jQuery 1.12.4 + socket.io-client 2.5 (jquery.wincall.v2.js itself not in the repo, not counted)',
    contents: 'jquery@1.12.4 and socket.io-client@2.5.0 as the two script tags of the legacy page',
    entry: {
      code: [
        "import jQuery from 'jquery';",
        "import io from 'socket.io-client-v2';",
        'Object.assign(window, { jQuery, $: jQuery, io });',
      ].join('\n'),
    },
    external: [],
    aliases: [],
    css: false,
    format: 'iife',
    target: 'es2017',
  },
  {
    id: 'twilioVoice',
    label: 'Twilio Voice JS SDK 2.18 (Device, Call)',
    contents: "import { Device, Call } from '@twilio/voice-sdk' (no UI)",
    entry: { code: "export { Device, Call } from '@twilio/voice-sdk';" },
    external: [],
    aliases: [],
    css: false,
    format: 'esm',
    target: 'es2020',
  },
  {
    id: 'connectStreams',
    label: 'Amazon Connect Streams 2.28',
    contents: "import 'amazon-connect-streams' (the CCP itself is an iframe served by AWS, not counted)",
    entry: { code: "import 'amazon-connect-streams';" },
    external: [],
    aliases: [],
    css: false,
    format: 'iife',
    target: 'es2017',
  },
];

/**
 * Reference points inside the CRM page, measured for the bench table only: what the chosen stack
 * (react-query, socket.io's engine, zustand) weighs as the page imports it, before any code of
 * ours, and the bar alone without the library's other exports.
 */
export const FLOORS: readonly BundleSpec[] = [
  {
    id: 'stackFloor',
    label: 'the stack under the CRM page: react-query + engine.io-client + zustand, no code of ours',
    contents:
      "what @wincall/react imports of @tanstack/react-query (QueryClient, QueryClientProvider, useQuery, useQueryClient), engine.io-client's Socket (the core's connection) and zustand/vanilla's createStore (react, react-dom external)",
    entry: {
      code: [
        "export { QueryClient, QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';",
        "export { Socket } from 'engine.io-client';",
        "export { createStore } from 'zustand/vanilla';",
      ].join('\n'),
    },
    external: REACT,
    aliases: [],
    nodePaths: ['packages/react/node_modules', 'packages/core/node_modules'],
    css: false,
    format: 'esm',
    target: 'es2020',
  },
  {
    ...REACT_ROW,
    id: 'barAlone',
    label: 'the bar alone: WinCallProvider + SoftphoneBar + CSS, none of the other exports',
    contents: "import { WinCallProvider, SoftphoneBar } from '@wincall/react' + styles.css (externals as the react row)",
    entry: { code: "export { WinCallProvider, SoftphoneBar } from '@wincall/react';" },
  },
];

export interface ModuleShare {
  /** A source file of ours, or a package name. */
  module: string;
  /** Minified bytes it contributes (esbuild's metafile). */
  bytes: number;
}

export interface ChunkSize {
  /** The output file (`codes.zh-HASH.js`, `chunk-HASH.js`, `entry.js`). */
  file: string;
  bytes: number;
  gzip: number;
  /** Loaded at start (the entry and what it imports statically) or only through `import()`. */
  atStart: boolean;
  /** A chunk of the other language than the page's: never loaded by this page. */
  otherLocale: boolean;
  /** A chunk of the page's own language (its UI strings, its error texts): loaded soon after start. */
  ownLocale: boolean;
  /** An on-demand chunk that a page's working session loads (see BundleSpec.page). */
  inSession: boolean;
  largest: ModuleShare[];
  /** Every source file and package in it, as in `largest`. */
  modules: string[];
}

export interface BundleSize {
  id: BundleId;
  label: string;
  /** Minified JavaScript loaded at start (entry + statically imported chunks). */
  jsBytes: number;
  /** The sum of those chunks' gzip sizes, each file compressed on its own. */
  jsGzip: number;
  /** Minified stylesheet (0 when the bundle has none). */
  cssBytes: number;
  cssGzip: number;
  /** What the browser downloads at start: JS chunks plus the stylesheet, each gzipped. */
  totalGzip: number;
  /** A page's on-demand chunks that its working session loads (0 for a library): see BundleSpec.page. */
  sessionGzip: number;
  /** The five biggest contributors to the JS loaded at start, largest first. */
  largest: ModuleShare[];
  /** Chunks loaded only on demand (through `import()`), largest first. */
  onDemand: ChunkSize[];
  /** Every output chunk. */
  chunks: ChunkSize[];
  /** Every contributor to the JS loaded at start, with its minified bytes, largest first. */
  startModules: ModuleShare[];
}

/** zlib's best compression, what CDNs and `gzip -9` produce for static assets. */
const gzip = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;

const ENTRY = 'bundle-entry';

/** The entry as a module of its own (stdin cannot be split). */
function entryPlugin(spec: BundleSpec & { entry: { code: string } }): Plugin {
  return {
    name: 'bundle-entry',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${ENTRY}$`) }, () => ({ path: `${spec.id}.entry.ts`, namespace: ENTRY }));
      build.onLoad({ filter: /.*/, namespace: ENTRY }, () => ({ contents: spec.entry.code, resolveDir: REPO_ROOT, loader: 'ts' }));
    },
  };
}

export async function measureBundle(spec: BundleSpec): Promise<BundleSize> {
  const split = spec.format === 'esm';
  const options: BuildOptions = {
    absWorkingDir: REPO_ROOT,
    bundle: true,
    write: false,
    outdir: at(`node_modules/.cache/bundles/${spec.id}`),
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    splitting: split,
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
    ...(spec.loader ? { loader: spec.loader } : {}),
    ...(spec.nodePaths ? { nodePaths: spec.nodePaths.map(at) } : {}),
    ...('code' in spec.entry
      ? { entryPoints: [ENTRY], plugins: [entryPlugin(spec as BundleSpec & { entry: { code: string } })] }
      : { entryPoints: [at(spec.entry.file)] }),
  };
  const result = await build(options);
  const metafile = result.metafile!;
  const files = new Map((result.outputFiles ?? []).map((file) => [file.path, file]));
  const outputs = Object.entries(metafile.outputs).filter(([path]) => path.endsWith('.js'));
  // The page's own entry: every `import()` chunk has an entry point too (the module it imports).
  const entryName = 'code' in spec.entry ? ENTRY : spec.entry.file.replace(/^.*\//, '').replace(/\.ts$/, '');
  const entry = outputs.find(([path]) => path.endsWith(`/${entryName}.js`));
  if (!entry) throw new Error(`bundle ${spec.id}: esbuild produced no entry chunk`);

  // The start set: the entry and the chunks it imports statically, transitively.
  const atStart = new Set<string>();
  const visit = (path: string) => {
    if (atStart.has(path)) return;
    atStart.add(path);
    for (const imported of metafile.outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entry[0]);

  const zh = /(^|[./])zh(-CN)?\.(ts|js)$/;
  const en = /(^|[./])en\.(ts|js)$/;
  const [own, other] = spec.locale === undefined ? [null, null] : spec.locale === 'en' ? [en, zh] : [zh, en];
  const only = (pattern: RegExp | null, inputs: string[]) => pattern !== null && inputs.length > 0 && inputs.every((input) => pattern.test(input));
  const chunks: ChunkSize[] = outputs.map(([path, output]) => {
    const file = files.get(at(path)) ?? files.get(path);
    if (!file) throw new Error(`bundle ${spec.id}: no content for ${path}`);
    const inputs = Object.keys(output.inputs);
    return {
      file: path.slice(path.lastIndexOf('/') + 1),
      bytes: file.contents.length,
      gzip: gzip(file.contents),
      atStart: atStart.has(path),
      otherLocale: only(other, inputs),
      ownLocale: only(own, inputs),
      inSession:
        spec.page !== undefined &&
        !atStart.has(path) &&
        !only(other, inputs) &&
        // A chunk made for an `import()` is named by the module imported; a shared one by its contents.
        !(output.entryPoint ? spec.page.opened.test(output.entryPoint) : only(spec.page.opened, inputs)),
      largest: largestModules([output]),
      modules: largestModules([output], Infinity).map((share) => share.module),
    };
  });
  const start = chunks.filter((chunk) => chunk.atStart);
  const css = spec.css ? await minifiedStyles() : '';
  const jsGzip = start.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const cssGzip = css ? gzip(css) : 0;
  return {
    id: spec.id,
    label: spec.label,
    jsBytes: start.reduce((sum, chunk) => sum + chunk.bytes, 0),
    jsGzip,
    cssBytes: Buffer.byteLength(css),
    cssGzip,
    totalGzip: jsGzip + cssGzip,
    sessionGzip: chunks.filter((chunk) => chunk.inSession).reduce((sum, chunk) => sum + chunk.gzip, 0),
    largest: largestModules(outputs.filter(([path]) => atStart.has(path)).map(([, output]) => output), Number(process.env.BUNDLE_TOP ?? 5)),
    onDemand: chunks.filter((chunk) => !chunk.atStart).sort((a, b) => b.gzip - a.gzip),
    chunks,
    startModules: largestModules(outputs.filter(([path]) => atStart.has(path)).map(([, output]) => output), Infinity),
  };
}

export async function measureBundles(specs: readonly BundleSpec[] = BUNDLES): Promise<BundleSize[]> {
  return Promise.all(specs.map(measureBundle));
}

async function minifiedStyles(): Promise<string> {
  const { code } = await transform(readFileSync(STYLES, 'utf8'), { loader: 'css', minify: true, charset: 'utf8' });
  return code;
}

/** Our files by path, dependencies by package name (`BUNDLE_TOP=40 pnpm bench` lists more than five). */
function largestModules(outputs: Metafile['outputs'][string][], top = 5): ModuleShare[] {
  const shares = new Map<string, number>();
  for (const output of outputs) {
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
