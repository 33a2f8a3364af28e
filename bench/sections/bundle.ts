/**
 * Bundle sizes against the targets: one row per entry point (what its page loads at start), its
 * five largest contributors and its on-demand chunks; then the peers, bundled from their npm
 * packages in the same run, with every ratio computed from these numbers.
 */
import { BUNDLES, FLOORS, PEERS, measureBundles, type BundleId, type BundleSize, type ChunkSize } from '../bundles';
import { kb } from '../lib/format';
import { row, type ResultRow, type SectionResult } from '../lib/results';

/** Goals (gzip at start, JS + CSS where the bundle ships it): issue 17 (client, core, CRM page) and issue 14 (react). */
const TARGETS: Partial<Record<BundleId, number>> = {
  client: 10 * 1024,
  core: 12 * 1024,
  react: 18 * 1024,
  crm: 45 * 1024,
  crmEn: 45 * 1024,
};

/** Ours, compared with each peer. */
const COMPARED: readonly BundleId[] = ['crm'];

const shortName = (module: string) => module.replace(/^packages\/[^/]+\/src\//, '');

/** `codes.zh-HASH.js` → `codes.zh`, plus what it holds when the name says nothing (`chunk-HASH.js`). */
function chunkName(chunk: ChunkSize): string {
  const name = chunk.file.replace(/-[A-Z0-9]{8}\.js$/, '').replace(/\.js$/, '');
  const main = chunk.largest[0] ? shortName(chunk.largest[0].module) : 'shared code';
  return name === 'chunk' ? main : name;
}

function contributorsRow(size: BundleSize): ResultRow {
  const list = size.largest.map((share) => `${shortName(share.module)} ${kb(share.bytes)}`).join(' · ');
  return row('bundle', `  ${size.id}: five largest at start (minified)`, list);
}

function onDemandRow(size: BundleSize): ResultRow | null {
  if (size.onDemand.length === 0) return null;
  const list = size.onDemand
    .map((chunk) => `${chunkName(chunk)} ${kb(chunk.gzip)}${chunk.otherLocale ? ' (other language: never loaded)' : chunk.inSession ? ' (loaded in the session)' : ''}`)
    .join(' · ');
  return row('bundle', `  ${size.id}: on demand (gzip, each)`, list);
}

export async function runBundle(): Promise<SectionResult> {
  const [sizes, peers, floors] = await Promise.all([measureBundles(BUNDLES), measureBundles(PEERS), measureBundles(FLOORS)]);
  const rows: ResultRow[] = [];
  for (const size of sizes) {
    const target = TARGETS[size.id];
    const parts = size.cssGzip > 0 ? ` (JS ${kb(size.jsGzip)} + CSS ${kb(size.cssGzip)})` : '';
    // A page soon loads its language's chunks and what its client fetches once connected: they
    // count against its target.
    const page = size.totalGzip + size.sessionGzip;
    const language = size.sessionGzip > 0 ? ` + chunks loaded in the session ${kb(size.sessionGzip)} = ${kb(page)}` : '';
    rows.push(
      row(
        'bundle',
        `${size.label} (gzip, ${size.sessionGzip > 0 ? 'at start + in the session' : 'at start'})`,
        `${kb(size.totalGzip)}${parts}${language}`,
        target === undefined ? undefined : `≤ ${kb(target)}`,
        target === undefined ? null : page <= target,
      ),
    );
    rows.push(contributorsRow(size));
    const onDemand = onDemandRow(size);
    if (onDemand) rows.push(onDemand);
  }
  const ours = new Map(sizes.map((size) => [size.id, size]));
  rows.push(...floorRows(floors, ours));
  for (const peer of peers) {
    const ratios = COMPARED.flatMap((id) => {
      const size = ours.get(id);
      return size ? [`the CRM page (${id}, session) is ${((size.totalGzip + size.sessionGzip) / peer.totalGzip).toFixed(2)}× it`] : [];
    });
    rows.push(row('bundle', `peer: ${peer.label} (gzip)`, `${kb(peer.totalGzip)} · ${ratios.join(' · ')}`));
    rows.push(contributorsRow(peer));
  }
  return { rows, data: { sizes, peers, floors, targets: TARGETS } };
}

/**
 * What a goal leaves for our own code: the stack's floor against the CRM page's goal, the bar
 * alone against the react row's goal (docs/benchmarks.md, "Targets not met, and why").
 */
function floorRows(floors: BundleSize[], ours: Map<BundleId, BundleSize>): ResultRow[] {
  const rows: ResultRow[] = [];
  for (const floor of floors) {
    let note = '';
    const page = ours.get('crm');
    if (floor.id === 'stackFloor' && page && TARGETS.crm !== undefined) {
      const rest = page.totalGzip + page.sessionGzip - floor.totalGzip;
      note = ` · leaves ${kb(TARGETS.crm - floor.totalGzip)} of the CRM page's ${kb(TARGETS.crm)} goal for our code, which is ${kb(rest)} of it today`;
    }
    if (floor.id === 'barAlone' && TARGETS.react !== undefined) note = ` · the react row's goal is ${kb(TARGETS.react)}`;
    const parts = floor.cssGzip > 0 ? ` (JS ${kb(floor.jsGzip)} + CSS ${kb(floor.cssGzip)})` : '';
    rows.push(row('bundle', `reference: ${floor.label} (gzip)`, `${kb(floor.totalGzip)}${parts}${note}`));
    rows.push(contributorsRow(floor));
  }
  return rows;
}
