// The one test command (README: `pnpm test`): lint, typecheck, build, every Vitest project (unit,
// integration, browser, Storybook interaction and end-to-end tests) with core coverage, the
// Storybook static build and its component check, the size budget, the packages as published
// (publint, arethetypeswrong, release dry run) and the consumer apps built from the packed
// tarballs; stops at the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Browser tests need Chromium at ${chromium}.\n` +
      'Install it (Debian): apt-get update && apt-get install -y chromium — or set CHROMIUM_PATH.',
  );
  process.exit(1);
}

const steps = [
  ['lint', 'pnpm', ['lint']],
  ['typecheck', 'pnpm', ['typecheck']],
  ['README examples compile', 'node', ['scripts/check-readme-examples.mjs']],
  ['build', 'pnpm', ['build']],
  ['tests', 'pnpm', ['exec', 'vitest', 'run', '--coverage']],
  ['storybook build', 'pnpm', ['build-storybook']],
  ['storybook lists every component', 'node', ['apps/storybook/scripts/check-static.mjs']],
  ['size budget', 'pnpm', ['size']],
  ['packages ready to publish', 'node', ['scripts/check-packages.mjs']],
  ['consumer apps (Vite + React 19, Vite + React 18, Next.js)', 'pnpm', ['exec', 'vitest', 'run', '--config', 'consumers/vitest.config.ts']],
];

const started = Date.now();
for (const [name, command, args] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? '1' } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (error || status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s`);
