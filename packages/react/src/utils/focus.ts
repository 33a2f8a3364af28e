/**
 * The focused element, inside shadow roots too: when the bar lives in one (`<wincall-softphone>`),
 * `document.activeElement` is the shadow host, not the focused control.
 */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
