import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// One runner for every layer: `unit` (happy-dom, fake browser, fake IndexedDB),
// `components` (Svelte components in happy-dom) and `e2e` (node, real
// Chromium with the built extension loaded).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
          setupFiles: ['tests/unit/setup.ts'],
          // Property tests run thousands of cases; speed goals live in the benchmarks, not here.
          testTimeout: 60_000,
        },
      },
      {
        // Svelte components mounted in happy-dom, with the browser build of Svelte.
        extends: true,
        plugins: [svelte()],
        resolve: { conditions: ['browser'] },
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.component.ts'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
