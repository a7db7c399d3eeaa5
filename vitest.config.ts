import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The `@/` and `@payload-config` aliases come from tsconfig.json.
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['**/node_modules/**', '.next/**', '.next-*/**', 'e2e/**', 'data/**'],
    // Every file gets its own empty database (a temporary SQLite file, or a fresh MongoDB
    // database when TEST_DATABASE=mongodb) before its imports can load the Payload config.
    setupFiles: ['tests/setup/database.ts'],
    // Integration tests boot Payload on a temporary SQLite file; give them room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
