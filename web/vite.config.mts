import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Builds the reference page into web/dist with relative asset paths, so it can be served
 * from any folder (the gateway's /web/, or a static server of its own). Every asset is
 * bundled: the page requests nothing but its own files and the gateway.
 */
export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: { dedupe: ['@apollo/client', 'graphql', 'react', 'react-dom'] },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
