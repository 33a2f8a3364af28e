// The builds load the kit's stylesheet as text (tsup: the `text` loader for .css; the tests' and
// the Vue example's Vite: vite-css-text.ts), to adopt it inside the element's shadow root.
declare module '@wincall/react/styles.css' {
  const css: string;
  export default css;
}
