/** Bundle sizes against the targets, with the reference stacks for scale. */
import { BUNDLES, measureBundles, type BundleId } from '../bundles';
import { kb } from '../lib/format';
import { row, type ResultRow, type SectionResult } from '../lib/results';

/** Goals (gzip, JS + CSS where the bundle ships it). The script tag has none: it is reported for scale. */
const TARGETS: Partial<Record<BundleId, number>> = { core: 6 * 1024, react: 12 * 1024, crm: 40 * 1024 };

/** What users load today or would load instead, gzip, as published or measured by their vendors. */
const REFERENCES: [string, string][] = [
  ['legacy stack: jQuery 1.9 + socket.io client + jquery.wincall.v2.js', '≈ 65 KB'],
  ["Twilio Voice JS SDK", '≈ 47 KB'],
  ['Amazon Connect Streams', '≈ 200 KB'],
  ['Webex Contact Center widgets', '≈ 1.8 MB'],
];

export async function runBundle(): Promise<SectionResult> {
  const sizes = await measureBundles(BUNDLES);
  const rows: ResultRow[] = sizes.map((size) => {
    const target = TARGETS[size.id];
    const parts = size.cssGzip > 0 ? ` (JS ${kb(size.jsGzip)} + CSS ${kb(size.cssGzip)})` : '';
    return row(
      'bundle',
      `${size.label} (gzip)`,
      `${kb(size.totalGzip)}${parts}`,
      target === undefined ? undefined : `≤ ${kb(target)}`,
      target === undefined ? null : size.totalGzip <= target,
    );
  });
  for (const [name, size] of REFERENCES) rows.push(row('bundle', `reference: ${name}`, size));
  return { rows, data: { sizes, targets: TARGETS, references: Object.fromEntries(REFERENCES) } };
}
