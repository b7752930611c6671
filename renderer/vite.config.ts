// Builds the renderer into dist/renderer, loaded by Electron from app:// and served by the web
// host. Both send `Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'`,
// so the build must emit no inline <script>, <style> or style="" (checked after each build) and no
// data: URLs. React's `style` props are fine: they are set through CSSOM at runtime, which
// style-src does not restrict.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Never turn assets into data: URLs (img-src/font-src 'self' only).
    assetsInlineLimit: 0,
    // The module-preload polyfill is injected as script; Electron's Chromium and current browsers
    // support modulepreload natively.
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1', strictPort: true },
});
