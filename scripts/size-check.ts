/**
 * The size budget (part of `pnpm test`): builds the bundles of bench/bundles.ts from source and
 * fails when one grew past its budget in size-budget.json. Deterministic, no browser, a few
 * seconds. The budgets sit about 10 % above the sizes measured when they were set: they catch
 * regressions. The goals are the targets that `pnpm bench` prints (docs/benchmarks.md).
 *
 *   tsx scripts/size-check.ts            check
 *   tsx scripts/size-check.ts --update   print the budgets today's sizes would give (+10 %), change nothing
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLES, REPO_ROOT, measureBundles, type BundleId, type BundleSize } from '../bench/bundles';

interface Budget {
  comment?: string;
  /** gzip bytes per bundle id (JS + CSS where the bundle has CSS). */
  gzipBytes: Record<string, number>;
}

const BUDGET_FILE = join(REPO_ROOT, 'size-budget.json');
const HEADROOM = 1.1;
const ROUND_TO = 100;

function readBudget(): Budget {
  const budget = JSON.parse(readFileSync(BUDGET_FILE, 'utf8')) as Budget;
  if (typeof budget !== 'object' || budget === null || typeof budget.gzipBytes !== 'object') {
    throw new TypeError(`${BUDGET_FILE}: expected { "gzipBytes": { "<bundle id>": bytes } }`);
  }
  return budget;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

/** A library's start; a page's start plus the chunks its session loads (as the bench counts it). */
const measured = (size: BundleSize) => size.totalGzip + size.sessionGzip;

async function main(): Promise<number> {
  const started = performance.now();
  const sizes = await measureBundles(BUNDLES);

  if (process.argv.includes('--update')) {
    const gzipBytes = Object.fromEntries(sizes.map((s) => [s.id, Math.ceil((measured(s) * HEADROOM) / ROUND_TO) * ROUND_TO]));
    console.log(JSON.stringify({ gzipBytes }, null, 2));
    console.log('\nCopy these into size-budget.json (keep its comment) after reviewing why the sizes changed.');
    return 0;
  }

  const budget = readBudget();
  const rows: string[][] = [['bundle', 'id', 'gzip', 'budget', 'used', '']];
  let failed = false;
  for (const size of sizes) {
    const limit = budget.gzipBytes[size.id as BundleId];
    const bytes = measured(size);
    const over = limit === undefined || bytes > limit;
    failed ||= over;
    rows.push([
      size.label,
      size.id,
      `${bytes} B (${kb(bytes)})`,
      limit === undefined ? 'missing' : `${limit} B`,
      limit === undefined ? '' : `${((bytes / limit) * 100).toFixed(0)} %`,
      over ? 'OVER BUDGET' : 'ok',
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failed) {
    console.error(
      `\nSize budget exceeded (${seconds}s). If the growth is intended, raise the budget in size-budget.json ` +
        '(`tsx scripts/size-check.ts --update` prints today\'s sizes + 10 %) and say why in the commit.',
    );
    return 1;
  }
  console.log(`\nAll bundles within budget (${seconds}s).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
