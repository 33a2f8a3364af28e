import indexSource from '../../../../packages/react/src/index.ts?raw';
import { hookExports, hookSignature, type HookSignature } from './hookSignatures';

const hookSources = import.meta.glob<string>('../../../../packages/react/src/hooks/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const sourceOf = (module: string) => hookSources[`../../../../packages/react/src/${module}.ts`];

/** Every hook exported by @wincall/react, with its signature; `missing` lists what could not be read. */
export function readHooks(): { hooks: HookSignature[]; missing: string[] } {
  const hooks: HookSignature[] = [];
  const missing: string[] = [];
  for (const { name, module } of hookExports(indexSource)) {
    const source = sourceOf(module);
    const hook = source ? hookSignature(name, `${module}.ts`, source) : null;
    if (hook) hooks.push(hook);
    else missing.push(name);
  }
  return { hooks, missing };
}

/** Doc comments mark code with backticks. */
function withCode(text: string) {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

/** The hooks reference, generated from the package's sources at build time. */
export function HookReference() {
  const { hooks, missing } = readHooks();
  return (
    <div className="sb-hooks">
      {missing.length > 0 ? <p role="alert">Could not read the signature of: {missing.join(', ')}</p> : null}
      {hooks.map((hook) => (
        <section key={hook.name} aria-labelledby={`hook-${hook.name}`}>
          <h3 id={`hook-${hook.name}`}>
            <code>{hook.name}</code>
          </h3>
          <pre>
            <code>{hook.signature}</code>
          </pre>
          {hook.doc ? <p>{withCode(hook.doc)}</p> : null}
          {hook.types.length > 0 ? (
            <details>
              <summary>Types in {hook.file}</summary>
              <pre>
                <code>{hook.types.join('\n\n')}</code>
              </pre>
            </details>
          ) : null}
        </section>
      ))}
    </div>
  );
}
