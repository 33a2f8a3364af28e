export const SECTIONS = ['bundle', 'render', 'latency', 'network', 'outage', 'core', 'simulator', 'memory', 'phone'] as const;
export type Section = (typeof SECTIONS)[number];

const ALIASES: Record<string, Section> = { bundles: 'bundle', size: 'bundle', sim: 'simulator', mem: 'memory', net: 'network' };

export interface BenchArgs {
  sections: Section[];
  quick: boolean;
  /** Also print the table as Markdown (for docs/benchmarks.md). */
  markdown: boolean;
  help: boolean;
}

export const USAGE = `pnpm bench [-- --only ${SECTIONS.join(',')}] [--quick] [--markdown]

  --only a,b   run these sections only (aliases: sim, size, mem)
  --quick      shorter runs and fewer agents, for a smoke test (numbers are noisier)
  --markdown   also print the table as Markdown, for docs/benchmarks.md`;

/** `--only bundle,core`, `--only=bundle`, `--quick`; a bare `--` (from `pnpm bench -- …`) is ignored. */
export function parseArgs(argv: readonly string[]): BenchArgs {
  const out: BenchArgs = { sections: [...SECTIONS], quick: false, markdown: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--quick') out.quick = true;
    else if (arg === '--markdown') out.markdown = true;
    else if (arg === '--help' || arg === '-h') out.help = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (!value) throw new RangeError('--only needs a list of sections');
      out.sections = value.split(',').map((name) => {
        const section = ALIASES[name.trim()] ?? name.trim();
        if (!(SECTIONS as readonly string[]).includes(section)) {
          throw new RangeError(`unknown section "${name}"; sections: ${SECTIONS.join(', ')}`);
        }
        return section as Section;
      });
    } else throw new RangeError(`unknown argument "${arg}"`);
  }
  return out;
}
