import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import {
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { AlertBanners } from '@/collections/AlertBanners'
import { CallbackRequests } from '@/collections/CallbackRequests'
import { LocalAuthorities } from '@/collections/LocalAuthorities'
import { Media } from '@/collections/Media'
import { Pages } from '@/collections/Pages'
import { Providers } from '@/collections/Providers'
import { RouteTexts } from '@/collections/RouteTexts'
import { Users } from '@/collections/Users'
import { BankHolidays } from '@/globals/BankHolidays'
import { SiteSettings } from '@/globals/SiteSettings'
import { defaultLocale, locales } from '@/i18n/locales'
import { withResettingClient } from '@/lib/db/sqliteAdapter'
import { loggerOptions, refusedErrorLevels } from '@/lib/log/loggerOptions'
import { databaseChoice, ensureDataDir, payloadSecret, sqliteBusyTimeoutMs } from '@/lib/env'
import { DeleteExpiredCallbackRequests } from '@/jobs/deleteExpiredCallbackRequests'
import { NotifyCallbackRequest } from '@/jobs/notifyCallbackRequest'
import { emailAdapter } from '@/lib/email/adapter'
import { EMAIL_QUEUE } from '@/lib/email/queue'
import { migrations } from '@/migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

function database() {
  const choice = databaseChoice()
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  ensureDataDir()
  // WAL (readers continue during a write) and the busy timeout are set on every connection, and
  // a connection is replaced after any failed statement, so no write is reported saved and lost.
  return withResettingClient(
    sqliteAdapter({
      client: { url: choice.url },
      // Production never pushes: the committed migrations build the schema on first connect.
      push: process.env.NODE_ENV === 'development',
      prodMigrations: migrations,
      migrationDir: path.resolve(dirname, 'migrations'),
    }),
    { busyTimeoutMs: sqliteBusyTimeoutMs() },
  )
}

export default buildConfig({
  // Unset = relative URLs: the admin then works on whatever host and port served it. When set,
  // Payload also accepts its login cookie only from that origin (CSRF protection).
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || '',
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' | SEND Local Offer admin' },
    components: {
      afterNavLinks: ['/components/admin/TranslationStatusLink#TranslationStatusLink'],
      beforeDashboard: ['/components/admin/NewCallbackRequests#NewCallbackRequests'],
      views: {
        translationStatus: {
          Component: '/components/admin/TranslationStatusView#TranslationStatusView',
          path: '/translation-status',
          exact: true,
        },
      },
    },
  },
  collections: [
    Pages,
    Media,
    Users,
    RouteTexts,
    Providers,
    LocalAuthorities,
    CallbackRequests,
    AlertBanners,
  ],
  globals: [SiteSettings, BankHolidays],
  localization: {
    locales: locales.map((l) => ({ code: l.code, label: l.label, rtl: l.dir === 'rtl' })),
    defaultLocale,
    fallback: true,
  },
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures,
      FixedToolbarFeature(),
      EXPERIMENTAL_TableFeature(),
    ],
  }),
  db: database(),
  // No personal data in logs: errors are logged without the values being saved, and refused
  // requests at info level without a stack trace (lib/log/loggerOptions.ts).
  logger: { options: loggerOptions, destination: defaultLoggerOptions },
  loggingLevels: refusedErrorLevels,
  sharp,
  // SMTP from the environment (SMTP_HOST...); unset = Payload's console adapter (README).
  email: emailAdapter(),
  // The site does not use GraphQL: one small query with many aliases could stall the server.
  graphQL: { disable: true },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  jobs: {
    tasks: [DeleteExpiredCallbackRequests, NotifyCallbackRequest],
    // The long-running server runs scheduled publishing (drafts with a publish date) and the
    // nightly queue, which the retention task's schedule fills.
    autoRun: [
      { cron: '* * * * *', queue: 'default' },
      { cron: '*/10 * * * *', queue: 'nightly' },
      // Staff e-mails go out within seconds; a failed one waits for its retry time.
      { cron: '*/10 * * * * *', queue: EMAIL_QUEUE },
    ],
    shouldAutoRun: () =>
      process.env.NEXT_PHASE !== 'phase-production-build' && process.env.NODE_ENV !== 'test',
  },
})
