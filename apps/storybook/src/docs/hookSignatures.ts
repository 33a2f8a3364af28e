/**
 * Reads the hooks' public signatures straight from the sources of @wincall/react, so the Hooks page
 * can never drift from the code: which hooks exist comes from src/index.ts, each signature and its
 * doc comment from the hook's own file.
 */

export interface HookSignature {
  name: string;
  /** The hook's file, e.g. `hooks/useCommand.ts`. */
  file: string;
  /** `useCommand<N extends CommandName>(name: N, options: CommandOptions = {}): CommandHandle<N>` */
  signature: string;
  /** The doc comment's text. */
  doc: string;
  /** The file's other exported types (the hook's result and option shapes), as written. */
  types: string[];
}

/** `[name, module]` of every `use…` export of the package index. */
export function hookExports(indexSource: string): { name: string; module: string }[] {
  const hooks: { name: string; module: string }[] = [];
  for (const match of indexSource.matchAll(/export\s*\{([^}]*)\}\s*from\s*'\.\/(hooks\/[\w/]+)'/g)) {
    const [, names = '', module = ''] = match;
    for (const part of names.split(',')) {
      const name = part.trim();
      if (/^use[A-Z]\w*$/.test(name)) hooks.push({ name, module });
    }
  }
  return hooks;
}

const OPEN = '([{<';
const CLOSE = ')]}>';

/** Index just past the bracket that closes the one at `start`. */
function skipBalanced(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    if (source.startsWith('=>', i)) {
      i++;
      continue;
    }
    const c = source.charAt(i);
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c) && --depth === 0) return i + 1;
  }
  return source.length;
}

/** Where the function body starts, after an optional return type that may itself hold braces. */
function bodyStart(source: string, from: number): number {
  let depth = 0;
  let type = '';
  for (let i = from; i < source.length; i++) {
    if (source.startsWith('=>', i)) {
      type += '=>';
      i++;
      continue;
    }
    const c = source.charAt(i);
    const pending = type.trim();
    const complete = pending === '' || pending === ':' ? false : !/(?:[:|&,=<(]|=>)$/.test(pending);
    if (depth === 0 && c === '{' && (complete || pending === '')) return i;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth--;
    type += c;
  }
  return source.length;
}

function docBefore(source: string, index: number): string {
  const before = source.slice(0, index).trimEnd();
  if (!before.endsWith('*/')) return '';
  const open = before.lastIndexOf('/**');
  if (open < 0) return '';
  return before
    .slice(open + 3, -2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `export interface …` blocks and `export type … ;` declarations of a file. */
function exportedTypes(source: string): string[] {
  const types: string[] = [];
  for (const match of source.matchAll(/export (interface|type) \w+/g)) {
    const start = match.index;
    if (match[1] === 'interface') {
      const brace = source.indexOf('{', start);
      types.push(source.slice(start, skipBalanced(source, brace)).trim());
    } else {
      const end = source.indexOf(';\n', start);
      types.push(source.slice(start, end < 0 ? undefined : end + 1).trim());
    }
  }
  return types;
}

/** The hook's signature from its source, or `null` when the file has no `export function name`. */
export function hookSignature(name: string, file: string, source: string): HookSignature | null {
  const declaration = new RegExp(`export function ${name}\\b`).exec(source);
  if (!declaration) return null;
  let i = declaration.index + declaration[0].length;
  if (source.charAt(i) === '<') i = skipBalanced(source, i);
  const params = source.indexOf('(', i);
  const afterParams = skipBalanced(source, params);
  const body = bodyStart(source, afterParams);
  const signature = `${name}${source.slice(declaration.index + declaration[0].length, body)}`.replace(/\s+/g, ' ').trim();
  return { name, file, signature, doc: docBefore(source, declaration.index), types: exportedTypes(source) };
}
