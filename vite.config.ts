/// <reference types="vitest/config" />
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // Registered by our own code (workbox-window), never by an injected inline script.
      injectRegister: false,
      manifest: {
        name: 'Circle of Care',
        short_name: 'Circle',
        description: 'Offline service directory and toolkit for service providers.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#14171c',
        theme_color: '#14171c',
        icons: [],
      },
      injectManifest: {
        // The shell only: sample data and other large data are fetched on demand, never precached.
        globPatterns: ['**/*.{js,css,html,webmanifest}'],
        globIgnores: ['**/sampleDirectory-*.js'],
      },
    }),
  ],
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    // The last two years of Chromium and Safari.
    target: ['chrome124', 'safari17'],
    sourcemap: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
          setupFiles: ['tests/fixtures/setup-indexeddb.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
