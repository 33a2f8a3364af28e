// Are the published packages ready to publish? Packs each one as `pnpm publish` would (workspace
// versions replaced), prints the tarball sizes, and runs publint, @arethetypeswrong/cli on the
// tarballs, and a release dry run (`pnpm -r publish --dry-run`, which needs no registry login).
// `--pack-only DIR` only writes the tarballs to DIR (used by the consumer tests). Run after the build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

export const PUBLISHED = ['core', 'react', 'simulator', 'element', 'devtools', 'phone'];
const pnpm = ['-y', 'pnpm@10.34.8'];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: options.capture ? 'pipe' : 'inherit', ...options });
  if (result.status !== 0) {
    if (options.capture) process.stderr.write(`${result.stdout}\n${result.stderr}`);
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
  return result.stdout;
}

/** Packs the published packages into `dir`; returns { name: tarball path }. */
export function packAll(dir) {
  mkdirSync(dir, { recursive: true });
  const tarballs = {};
  for (const name of PUBLISHED) {
    run('npx', [...pnpm, 'pack', '--pack-destination', dir], { cwd: `packages/${name}`, capture: true });
    const file = readdirSync(dir).find((f) => f.startsWith(`wincall-${name}-`) && f.endsWith('.tgz'));
    tarballs[name] = join(dir, file);
  }
  return tarballs;
}

/** Unpacked bytes of a .tgz, and how many of them are source maps (reads the tar headers). */
function unpackedSizes(tarball) {
  const tar = gunzipSync(readFileSync(tarball));
  let total = 0;
  let maps = 0;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const name = tar.toString('utf8', offset, offset + 100).replace(/\0.*$/s, '');
    if (!name) break;
    const size = parseInt(tar.toString('utf8', offset + 124, offset + 136).replace(/\0.*$/s, '').trim() || '0', 8);
    const type = tar[offset + 156];
    if (type === 0x30 || type === 0) {
      total += size;
      if (name.endsWith('.map')) maps += size;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return { total, maps };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const only = process.argv.indexOf('--pack-only');
  if (only !== -1) {
    packAll(process.argv[only + 1]);
    process.exit(0);
  }
  const dir = mkdtempSync(join(tmpdir(), 'wincall-pack-'));
  try {
    const tarballs = packAll(dir);
    console.log('package              packed     unpacked   source maps');
    for (const [name, tarball] of Object.entries(tarballs)) {
      const { total, maps } = unpackedSizes(tarball);
      console.log(`@wincall/${name.padEnd(11)} ${kb(statSync(tarball).size).padStart(9)}  ${kb(total).padStart(9)}  ${((maps / total) * 100).toFixed(0)} %`);
      if (maps * 2 > total) throw new Error(`@wincall/${name}: source maps are most of the package`);
    }
    for (const name of PUBLISHED) run('npx', [...pnpm, 'exec', 'publint', `packages/${name}`, '--strict']);
    for (const [name, tarball] of Object.entries(tarballs)) {
      // The script-tag builds, the worker script and the stylesheet are files, not modules with types.
      // The element is an ES module only on purpose (a browser-only side effect; CommonJS apps load the script file).
      const profile = name === 'element' ? ['--profile', 'esm-only'] : [];
      run('npx', [...pnpm, 'exec', 'attw', tarball, '--format', 'table-flipped', ...profile, '--exclude-entrypoints', 'wincall.js', 'wincall-element.js', 'wincall-phone.js', 'vault-worker.js', 'styles.css', 'package.json']);
    }
    // A release dry run: what `changeset publish` would send; must work without a registry login.
    const env = { ...process.env };
    for (const key of Object.keys(env)) if (/^(npm_config_)?(_auth|_authtoken|npm_token)/i.test(key)) delete env[key];
    run('npx', [...pnpm, '-r', '--filter', './packages/*', 'publish', '--dry-run', '--no-git-checks'], { env, capture: true });
    console.log('release dry run: ok');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
