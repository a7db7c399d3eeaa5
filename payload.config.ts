import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { canRunJobs } from '@/access/canRunJobs'
import { AlertBanners } from '@/collections/AlertBanners'
import { PageFeedback } from '@/collections/PageFeedback'
import { YouSaidWeDid } from '@/collections/YouSaidWeDid'
import { CallbackRequests } from '@/collections/CallbackRequests'
import { LetterTemplates } from '@/collections/LetterTemplates'
import { LocalAuthorities } from '@/collections/LocalAuthorities'
import { Media } from '@/collections/Media'
import { Pages } from '@/collections/Pages'
import { Providers } from '@/collections/Providers'
import { ReviewReminders } from '@/collections/ReviewReminders'
import { RouteTexts } from '@/collections/RouteTexts'
import { Users } from '@/collections/Users'
import { richTextEditor } from '@/fields/richTextEditor'
import { BankHolidays } from '@/globals/BankHolidays'
import { SiteSettings } from '@/globals/SiteSettings'
import { defaultLocale, locales } from '@/i18n/locales'
import { withResettingClient } from '@/lib/db/sqliteAdapter'
import { loggerOptions, refusedErrorLevels } from '@/lib/log/loggerOptions'
import { databaseChoice, ensureDataDir, payloadSecret, sqliteBusyTimeoutMs } from '@/lib/env'
import { DeleteExpiredCallbackRequests } from '@/jobs/deleteExpiredCallbackRequests'
import { NotifyCallbackRequest } from '@/jobs/notifyCallbackRequest'
import { NotifyPageOwner } from '@/jobs/notifyPageOwner'
import { SendReviewReminder, SendReviewReminders } from '@/jobs/sendReviewReminders'
import { emailAdapter } from '@/lib/email/adapter'
import { EMAIL_QUEUE } from '@/lib/email/queue'
import { jobCrons, jobsMayRunHere } from '@/lib/jobs/runnerLease'
import { migrations } from '@/migrations'
import { plugins } from '@/plugins'

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
    // Dates with their year everywhere in the admin (fields may set a shorter day-only format).
    dateFormat: 'd MMM yyyy, HH:mm',
    components: {
      afterNavLinks: ['/components/admin/TranslationStatusLink#TranslationStatusLink'],
      beforeDashboard: [
        '/components/admin/NewCallbackRequests#NewCallbackRequests',
        '/components/admin/ReadyForReview#ReadyForReview',
        '/components/admin/ReviewsDue#ReviewsDue',
      ],
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
    PageFeedback,
    YouSaidWeDid,
    LetterTemplates,
    ReviewReminders,
  ],
  globals: [SiteSettings, BankHolidays],
  // Official Payload plugins: nested docs, redirects, SEO (plugins/index.ts).
  plugins,
  localization: {
    locales: locales.map((l) => ({ code: l.code, label: l.label, rtl: l.dir === 'rtl' })),
    defaultLocale,
    fallback: true,
    // The admin's Publish button publishes the language on screen only, so a translator never
    // publishes someone else's draft; "Publish all locales" is in the button's menu.
    defaultLocalePublishOption: 'active',
  },
  // Only what the site renders (fields/richTextEditor.ts).
  editor: richTextEditor,
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
  // Types are generated on purpose (`npm run generate:types`, on SQLite), never as a side effect:
  // a test or dev run on MongoDB would rewrite them with string ids and break the type check.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  jobs: {
    tasks: [
      DeleteExpiredCallbackRequests,
      NotifyCallbackRequest,
      SendReviewReminders,
      SendReviewReminder,
      NotifyPageOwner,
    ],
    // Scheduled publishing (the default queue) runs through GET /api/payload-jobs/run, every
    // second from scripts/server.mjs, so its hooks purge the cache inside a Next.js request
    // (access/canRunJobs.ts). `next dev` has no such ticker and no cache: a timer is enough.
    // The nightly queue, which the retention task's schedule fills, purges nothing; staff e-mails
    // go out within seconds, a failed one waits for its retry time. With several instances
    // (REDIS_URL) only the holder of a lease in Redis runs jobs, so each runs once.
    access: { run: canRunJobs },
    autoRun: jobCrons([
      ...(process.env.NODE_ENV === 'development' ? [{ cron: '* * * * *', queue: 'default' }] : []),
      { cron: '*/10 * * * *', queue: 'nightly' },
      { cron: '*/10 * * * * *', queue: EMAIL_QUEUE },
    ]),
    shouldAutoRun: jobsMayRunHere,
  },
})
