import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on its own port; the proxy keeps the browser on
// one origin, as in production where the API serves the built client itself.
const API = 'http://127.0.0.1:3000';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  server: {
    port: 4200,
    host: 'localhost',
    proxy: { '/graphql': API, '/health': API },
  },
  preview: {
    port: 4300,
    host: 'localhost',
  },
  plugins: [react()],
  // The workspace libraries (@gezinsplan/*) are found through tsconfig.base.json's paths.
  resolve: { tsconfigPaths: true },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
  },
}));
