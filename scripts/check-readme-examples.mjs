// Every ts/tsx code block of the published READMEs compiles against the packages' sources.
// A block preceded by `<!-- readme-check: skip (why) -->` is not code (a list of signatures).
// Each block becomes its own function (so blocks may reuse names); imports are hoisted per README;
// names an example assumes from the reader's app (`client`, `password`…) are declared in PRELUDE.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const READMES = ['packages/core/README.md', 'packages/core/MIGRATION.md', 'packages/react/README.md', 'packages/simulator/README.md', 'packages/devtools/README.md'];
// Inside the core package, so its dependencies (socket.io-client) resolve as in an app.
const OUT = 'packages/core/.readme-examples';

const PRELUDE = `import type { ReactNode } from 'react';
import type { WinCallClient, WinCallState } from '@wincall/core';
declare global {
  const client: WinCallClient;
  const password: string;
  const serverUrl: string;
  const apiUrl: string;
  function openCustomer(caller: string | undefined, callId: string | undefined): void;
  function writeCallLog(callId: string | undefined, talkMs: number): void;
  function saveCallRecord(callId: string | undefined, talkMs: number): void;
  function show(text: string): void;
  const crm: { saveCallLog(record: import('@wincall/core').CallRecord): void | Promise<void> };
  function render(what: unknown): void;
  function CustomerPanel(): ReactNode;
  type AnyState = WinCallState;
}
export {};
`;

function blocks(markdown) {
  const found = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(tsx?)\s*$/.exec(lines[i]);
    if (!fence) continue;
    const skip = /<!--\s*readme-check:\s*skip/.test(lines[i - 1] ?? '') || /<!--\s*readme-check:\s*skip/.test(lines[i - 2] ?? '');
    const start = i + 1;
    while (i + 1 < lines.length && !/^```\s*$/.test(lines[++i]));
    if (!skip) found.push({ lang: fence[1], line: start + 1, code: lines.slice(start, i).join('\n') });
  }
  return found;
}

/** Two blocks importing the same name from the same module import it once. */
function mergeImports(statements) {
  const named = new Map();
  const other = [];
  for (const statement of statements) {
    const match = /^import\s+\{([^}]*)\}\s+from\s+['"]([^'"]+)['"];?$/s.exec(statement.trim());
    if (!match) {
      other.push(statement);
      continue;
    }
    const names = named.get(match[2]) ?? new Set();
    for (const name of match[1].split(',').map((n) => n.trim()).filter(Boolean)) names.add(name);
    named.set(match[2], names);
  }
  return [...other, ...[...named].map(([from, names]) => `import { ${[...names].join(', ')} } from '${from}';`)];
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT);
writeFileSync(join(OUT, 'prelude.d.ts'), PRELUDE);
let count = 0;
for (const readme of READMES) {
  const imports = new Set();
  const bodies = [];
  let tsx = false;
  for (const block of blocks(readFileSync(readme, 'utf8'))) {
    count++;
    tsx ||= block.lang === 'tsx';
    const body = [];
    // Import statements (possibly over several lines) go to the top of the file.
    const lines = block.code.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (/^import\s/.test(lines[i])) {
        let statement = lines[i];
        while (!/from\s+['"][^'"]+['"];?|^import\s+['"][^'"]+['"];?/.test(statement) && i + 1 < lines.length) statement += `\n${lines[++i]}`;
        imports.add(statement.replace(/\s*\/\/.*$/, ''));
      } else body.push(lines[i].replace(/^export (default )?(?=function|const|interface|type)/, ''));
    }
    bodies.push(`// ${readme}:${block.line}\nexport async function block${bodies.length}() {\n${body.join('\n')}\n}`);
  }
  const file = join(OUT, `${readme.replace(/[/.]/g, '_')}.${tsx ? 'tsx' : 'ts'}`);
  writeFileSync(file, `${mergeImports(imports).join('\n')}\n\n${bodies.join('\n\n')}\n`);
}
writeFileSync(
  join(OUT, 'tsconfig.json'),
  JSON.stringify({
    extends: '../../../tsconfig.base.json',
    compilerOptions: { lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: ['node'], baseUrl: '../../..', noUnusedLocals: false },
    include: ['*.ts', '*.tsx'],
  }),
);
const result = spawnSync('npx', ['-y', 'pnpm@10.34.8', 'exec', 'tsc', '-p', join(OUT, 'tsconfig.json')], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error(`README examples do not compile (generated files in ${OUT}/)`);
  process.exit(1);
}
rmSync(OUT, { recursive: true, force: true });
console.log(`${count} README code blocks compile`);
