import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

// Everything that runs in the portal (the seed, tests, scripts and migrations are outside it).
const RUNTIME = [
  './app',
  './lib',
  './components',
  './collections',
  './globals',
  './access',
  './fields',
  './hooks',
  './jobs',
  './plugins',
  './i18n',
  './proxy.ts',
  './payload.config.ts',
]

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'node_modules/**',
      'data/**',
      'app/(payload)/**',
      'migrations/**',
      'payload-types.ts',
      'playwright-report/**',
      'test-results/**',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // GOV.UK pages use plain anchors on purpose: full page loads, no client router needed.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // Which way imports may point. The seed (content/) may use anything; nothing that runs in
    // the portal imports the seed. Components never import routes (app/); the CMS's schema
    // (collections/, globals/) never imports UI (components/).
    files: ['**/*.{ts,tsx,mts}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'e2e/**', 'content/**', 'scripts/**'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: RUNTIME,
              from: './content',
              message: 'Runtime code never imports the seed (content/); move shared data to lib/.',
            },
            {
              target: './components',
              from: './app',
              message: 'Components never import routes: pass what they need as props.',
            },
            {
              target: ['./collections', './globals'],
              from: './components',
              message: 'The CMS schema never imports UI; refer to admin components by path.',
            },
          ],
        },
      ],
    },
  },
]

export default config
