import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The Vite template's config, plus a second page that carries hostile global CSS.
export default defineConfig({
  plugins: [react()],
  build: { rollupOptions: { input: { main: resolve(import.meta.dirname, 'index.html'), hostile: resolve(import.meta.dirname, 'hostile.html') } } },
});
