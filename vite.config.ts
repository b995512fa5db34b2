/// <reference types="vitest/config" />
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { regionOutline } from './build/regionOutline.ts';

export default defineConfig({
  plugins: [
    preact(),
    // The map's land and lakes, cut from Natural Earth when the app is built (no map data at run time).
    regionOutline(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // Registered by our own code (workbox-window), never by an injected inline script.
      injectRegister: false,
      includeManifestIcons: false,
      // A discreet name and icon: nothing on a shared phone's home screen says what the app is for.
      manifest: {
        id: '/',
        name: 'Circle of Care',
        short_name: 'Circle',
        description: 'Offline directory and toolkit.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#14171c',
        theme_color: '#14171c',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // The shell only: sample data and other large data are fetched on demand, never precached.
        globPatterns: ['**/*.{js,css,html,webmanifest,svg,png}'],
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
    // No data: URLs: the CSP allows images, fonts and scripts from our own origin only.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The record schemas (and zod) every first visit reads with: one chunk, not ten small ones
          // (each its own request and gzip frame), since the lazy screens share them with the entry.
          groups: [
            {
              name: 'schemas',
              test: /node_modules\/zod\/|src\/model\/(common|ids|location|mutation|organization|records|result|schedule|service|taxonomy|workbook)\.ts$/,
            },
          ],
        },
      },
    },
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
