import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  // The `@/` and `@payload-config` aliases come from tsconfig.json.
  resolve: {
    tsconfigPaths: true,
    // Route handlers and lib/ get their translator from next-intl's getTranslations, as pages do.
    // Outside Next, resolve it as a server component would, with the request config that
    // next.config.ts's plugin names (i18n/request.ts). The file below is next-intl 4's own
    // server-component build (the version is pinned in package.json); if an upgrade moves it,
    // every test that translates fails to import, so the change cannot pass unnoticed.
    alias: [
      {
        find: /^next-intl\/server$/,
        replacement: here('node_modules/next-intl/dist/esm/development/server.react-server.js'),
      },
      { find: /^next-intl\/config$/, replacement: here('i18n/request.ts') },
    ],
  },
  test: {
    environment: 'node',
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['**/node_modules/**', '.next/**', '.next-*/**', 'e2e/**', 'data/**'],
    // Every file gets its own empty database (a temporary SQLite file, or a fresh MongoDB
    // database when TEST_DATABASE=mongodb) before its imports can load the Payload config.
    setupFiles: ['tests/setup/database.ts'],
    // Bundled, so the aliases above apply inside next-intl too.
    server: { deps: { inline: ['next-intl'] } },
    // Integration tests boot Payload on a temporary SQLite file; give them room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
