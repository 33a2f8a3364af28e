import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STYLES = fileURLToPath(new URL('../react/src/styles.css', import.meta.url));
const ID = '\0wincall-styles-text';

/**
 * Vite's counterpart of the tsup build's `text` loader: in the element's sources,
 * `import css from '@wincall/react/styles.css'` is the stylesheet as a string (for the shadow
 * root), not a stylesheet injected into the page. Used by the Vue example's config.
 */
export function stylesheetAsText(): Plugin {
  return {
    name: 'wincall-stylesheet-as-text',
    enforce: 'pre',
    resolveId(source) {
      return source === '@wincall/react/styles.css' ? ID : null;
    },
    load(id) {
      if (id !== ID) return null;
      this.addWatchFile(STYLES);
      return `export default ${JSON.stringify(readFileSync(STYLES, 'utf8'))};`;
    },
  };
}
