/**
 * Code-splitting-aware sizes of the react and CRM bundles (`tsx bench/splitBundles.ts`): the
 * same inputs as bench/bundles.ts, built with `splitting: true`, so a chunk reached only through
 * `import()` is counted apart. "initial" is the entry chunk plus every chunk it imports
 * statically (what a page downloads at start); the other chunks are listed as on demand.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, transform, type Metafile } from 'esbuild';
import { BUNDLES, REPO_ROOT } from './bundles';

const gzip = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;
const SOURCES: Record<string, string> = {
  '@wincall/core': `${REPO_ROOT}packages/core/src/index.ts`,
  '@wincall/react': `${REPO_ROOT}packages/react/src/index.ts`,
};

async function measure(id: string) {
  const spec = BUNDLES.find((b) => b.id === id)!;
  const code = 'code' in spec.entry ? spec.entry.code : '';
  const result = await build({
    absWorkingDir: REPO_ROOT,
    bundle: true,
    write: false,
    outdir: '/tmp/split-out',
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: spec.target,
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: Object.fromEntries(spec.aliases.map((name) => [name, SOURCES[name]!])),
    external: spec.external,
    stdin: { contents: code, resolveDir: REPO_ROOT, sourcefile: `${id}.entry.ts`, loader: 'ts' },
  });
  const meta: Metafile = result.metafile!;
  const files = new Map(result.outputFiles!.map((f) => [f.path.replace(/^.*split-out\//, ''), f.contents]));
  const outputs = Object.entries(meta.outputs).filter(([name]) => name.endsWith('.js'));
  const entry = outputs.find(([, o]) => o.entryPoint)![0];
  const initial = new Set<string>();
  const visit = (name: string) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const imp of meta.outputs[name]!.imports) if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
  };
  visit(entry);
  if (process.env.CHUNKS) for (const name of initial) console.log("  initial chunk", name, files.get(name.replace(/^.*split-out\//, ""))?.length);
  const key = (name: string) => name.replace(/^.*split-out\//, '');
  const shares = new Map<string, number>();
  let initialGz = 0;
  let initialMin = 0;
  const lazy: string[] = [];
  for (const [name, out] of outputs) {
    const bytes = files.get(key(name))!;
    if (initial.has(name)) {
      initialGz += gzip(bytes);
      initialMin += bytes.length;
      for (const [path, input] of Object.entries(out.inputs)) {
        const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(path);
        const m = pkg ? pkg[1]! : path;
        shares.set(m, (shares.get(m) ?? 0) + input.bytesInOutput);
      }
    } else {
      const inputs = Object.entries(out.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([p]) => p.replace(/^.*\/src\//, ''));
      lazy.push(`${(gzip(bytes) / 1024).toFixed(1)} KB gz (${bytes.length} min): ${inputs.join(', ')}`);
    }
  }
  const css = spec.css
    ? (await transform(readFileSync(`${REPO_ROOT}packages/react/src/styles.css`, 'utf8'), { loader: 'css', minify: true, charset: 'utf8' })).code
    : '';
  const cssGz = css ? gzip(css) : 0;
  console.log(`\n${id}: initial JS ${(initialGz / 1024).toFixed(1)} KB gz (${initialMin} min) + CSS ${(cssGz / 1024).toFixed(1)} KB gz (${css.length} min) = ${((initialGz + cssGz) / 1024).toFixed(1)} KB gz [${initialGz + cssGz} B]`);
  for (const [m, b] of [...shares].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 14))) console.log(`  ${String(b).padStart(7)}  ${m}`);
  for (const l of lazy) console.log(`  on demand: ${l}`);
}

for (const id of process.argv.slice(2).length ? process.argv.slice(2) : ['react', 'crm']) await measure(id);
