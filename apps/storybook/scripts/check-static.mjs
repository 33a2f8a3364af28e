#!/usr/bin/env node
// After `pnpm build-storybook`: fails unless every component that @wincall/react exports has at
// least one story and a docs page in the built Storybook (storybook-static/index.json), and unless
// every MDX docs page, rendered in Chromium, shows its Markdown tables as tables (docsTables.mjs).
//
// Components are read from packages/react/src/index.ts: the value exports named in PascalCase
// (types, hooks, constants such as PLAIN_BUSY and helpers such as createTranslator are not).
// A component C is covered by a docs entry whose title ends in "/C" (or is "C") and a story under
// that same title.
//
// Usage: node apps/storybook/scripts/check-static.mjs [path/to/index.json]
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocsTables } from './docsTables.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const PACKAGE_INDEX = here('../../../packages/react/src/index.ts');
const STORYBOOK_INDEX = process.argv[2] ?? here('../storybook-static/index.json');

/** Names of the components exported by the package index source. */
function exportedComponents(source) {
  const names = new Set();
  // export { A, type B, C as D } from '…'  (but not `export type { … }`)
  for (const [, list] of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of list.split(',')) {
      const item = part.trim();
      if (item === '' || item.startsWith('type ')) continue;
      names.add(item.split(/\s+as\s+/).pop().trim());
    }
  }
  // export function A / export class A / export const A
  for (const [, name] of source.matchAll(/export\s+(?:function|class|const)\s+(\w+)/g)) names.add(name);
  return [...names].filter((name) => /^[A-Z][a-z0-9]\w*$/.test(name)).sort();
}

function fail(message) {
  console.error(`check-static: ${message}`);
  process.exit(1);
}

if (!existsSync(STORYBOOK_INDEX)) fail(`${STORYBOOK_INDEX} does not exist; run \`pnpm build-storybook\` first.`);

const components = exportedComponents(readFileSync(PACKAGE_INDEX, 'utf8'));
if (components.length === 0) fail(`found no component exports in ${PACKAGE_INDEX}; has its export syntax changed?`);

let entries;
try {
  entries = Object.values(JSON.parse(readFileSync(STORYBOOK_INDEX, 'utf8')).entries ?? {});
} catch (error) {
  fail(`cannot read ${STORYBOOK_INDEX}: ${error.message}`);
}

const lastSegment = (title) => title.split('/').pop();
const problems = [];
for (const component of components) {
  const docs = entries.filter((e) => e.type === 'docs' && lastSegment(e.title) === component);
  const stories = entries.filter((e) => e.type === 'story' && docs.some((d) => d.title === e.title));
  if (docs.length === 0) problems.push(`${component}: no docs page (expected a docs entry titled "…/${component}")`);
  else if (stories.length === 0) problems.push(`${component}: a docs page (${docs[0].title}) but no story under that title`);
}

if (problems.length > 0) {
  fail(
    `${problems.length} of ${components.length} components exported by @wincall/react are not covered in ${STORYBOOK_INDEX}:\n` +
      problems.map((p) => `  - ${p}`).join('\n'),
  );
}
console.log(`check-static: all ${components.length} components of @wincall/react have stories and docs (${entries.length} index entries).`);

// The hand-written pages: autodocs pages take their prose from doc comments through Storybook's
// own Markdown renderer, which knows tables; MDX needs remark-gfm for them.
const mdxPages = entries.filter((e) => e.type === 'docs' && e.importPath?.endsWith('.mdx'));
if (mdxPages.length === 0) fail(`found no MDX docs page in ${STORYBOOK_INDEX}; have the .mdx files moved?`);
const docs = await checkDocsTables(dirname(STORYBOOK_INDEX), mdxPages);
if (docs.problems.length > 0) {
  fail(
    `${docs.problems.length} problem(s) in the ${mdxPages.length} MDX docs pages (is remark-gfm among the docs addon's remark plugins in .storybook/main.ts?):\n` +
      docs.problems.map((p) => `  - ${p}`).join('\n'),
  );
}
console.log(`check-static: the ${mdxPages.length} MDX docs pages render their Markdown tables (${docs.tables} tables, none left as text).`);
