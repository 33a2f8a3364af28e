interface ImportMetaEnv {
  readonly VITE_WINCALL_SERVER: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
declare module '*.css';
