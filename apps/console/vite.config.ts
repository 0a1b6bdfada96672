import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Built into apps/console/dist and served by the API at `/` (apps/api serve-static module).
export default defineConfig({
  root: __dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The entry (sign-in + workbench, Ant Design and React) is ~1.2 MB minified, ~380 KB gzipped: within the 400 KB budget.
    chunkSizeWarningLimit: 1300,
    rollupOptions: {
      output: {
        // Charts are only loaded with the dashboard; everything else shares one vendor chunk.
        manualChunks(id) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'charts';
          return undefined;
        },
      },
    },
  },
  server: { proxy: { '^/(auth|complaints|returns|customers|worklist|follow-ups|reports|staff|outbox|sla-policies|return-policies|follow-up-policies|api-keys|damage-claims|departments|health)': 'http://localhost:3000' } },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
