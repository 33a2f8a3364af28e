import kitCss from '@wincall/react/styles.css';

/**
 * The kit's stylesheet, moved from the page to the shadow root. Its design tokens are declared on
 * `:root` and `[data-theme]` for a page; inside a shadow root they become `:host` defaults, so a
 * page rule on the element (`wincall-softphone { --wincall-accent: … }`) overrides them in every
 * theme, while nothing else of the page's CSS reaches the bar.
 */
export function shadowCss(css: string): string {
  return (
    css
      .replace(/:root:not\(\[data-theme=(['"]?)light\1\]\)/g, ":host(:not([theme='light']))")
      .replace(/:root/g, ':host')
      // Token blocks only: a theme selector standing alone (not `.wincall-root[data-theme=…]`, not
      // followed by a descendant), so the colour-scheme rules keep following the bar's own data-theme.
      .replace(/(^|[\s,])\[data-theme=(['"]?)(light|dark)\2\](?=\s*[{,])/gm, "$1:host([theme='$3'])")
  );
}

/**
 * The host itself: `all: initial` stops the page's inherited properties (letter-spacing,
 * text-transform, white-space…) at the border (custom properties still inherit: they are the way
 * in). A page rule on the element still wins over these, so the page can place and size it.
 */
const HOST_CSS = ':host{all:initial;display:block}:host([hidden]){display:none}';

let shared: CSSStyleSheet | null = null;

/** One constructed sheet for every element on the page (created on first use, never at import). */
export function adoptStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(HOST_CSS + shadowCss(kitCss));
    }
    root.adoptedStyleSheets = [shared];
    return;
  }
  const style = document.createElement('style');
  style.textContent = HOST_CSS + shadowCss(kitCss);
  root.appendChild(style);
}
