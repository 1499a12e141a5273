import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { originPolicy } from '@/access/origins'
import { Causes } from '@/collections/Causes'
import { FAQs } from '@/collections/FAQs'
import { Media } from '@/collections/Media'
import { Partners } from '@/collections/Partners'
import { ApiChanges } from '@/collections/Partners/ApiChanges'
import { ApiDocumentStates } from '@/collections/Partners/ApiDocumentStates'
import { ReviewEvents } from '@/collections/ReviewEvents'
import { Sources } from '@/collections/Sources'
import { Topics } from '@/collections/Topics'
import { Treatments } from '@/collections/Treatments'
import { Users } from '@/collections/Users'
import { WebhookDeliveries } from '@/collections/Webhooks'
import { bodyEditor } from '@/collections/shared/fields'
import { usersSlug } from '@/collections/slugs'
import { createDatabaseAdapter, resolveDatabaseTarget } from '@/db/adapter'
import { adminTranslations } from '@/i18n/admin'
import { defaultLocale, localeNames, locales } from '@/i18n/locales'
import { staffNamesEndpoint } from '@/editorial/endpoints/staffNames'
import { isAdmin } from '@/editorial/roles'
import { shouldStartOnInit } from '@/partner-api/background'
import { deliverWebhookTask, webhookQueue } from '@/partner-api/webhooks'
import { malformedMultipartIsClientError, nonObjectBodyIsClientError } from '@/security/clientErrors'
import { maxRestDepth } from '@/security/requestGuard'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload's REST and GraphQL answer browsers of our own origin only, plus CORS_ORIGINS
// (validated: a bad entry stops start-up). See src/access/origins.ts and README "Security".
const origins = originPolicy({
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL,
  port: process.env.PORT,
  corsOrigins: process.env.CORS_ORIGINS,
})

export default buildConfig({
  secret: resolveSecret(),
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || undefined,
  // No Access-Control-Allow-Origin for foreign sites unless listed (the partner API under
  // /api/v1 has its own CORS).
  cors: origins.cors,
  // A payload-token cookie sent with a foreign Origin is ignored: the request is anonymous.
  csrf: origins.csrf,
  admin: {
    user: usersSlug,
    meta: { titleSuffix: ' · Mediglot' },
    // One date format reads right in both admin languages (Payload's default, "MMMM do yyyy,
    // h:mm a", became "十二月 1日 2026, 6:39 下午" in Chinese): 2026-12-01 18:39.
    dateFormat: 'yyyy-MM-dd HH:mm',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    components: {
      // The review work of the signed-in person, above the collection cards.
      beforeDashboard: ['/components/admin/ReviewDashboard#ReviewDashboard'],
    },
  },
  // Names of the people in review fields and the audit trail, for staff (GET /api/staff-names).
  endpoints: [staffNamesEndpoint],
  collections: [Topics, Causes, Treatments, FAQs, Sources, Media, ReviewEvents, Users, Partners, ApiChanges, ApiDocumentStates, WebhookDeliveries],
  editor: bodyEditor,
  db: createDatabaseAdapter(resolveDatabaseTarget(process.env.DATABASE_URI), path.resolve(dirname, 'migrations')),
  localization: {
    locales: locales.map((code) => ({ code, label: localeNames[code] })),
    defaultLocale,
    // A missing Chinese field stays missing: callers decide what a reader sees instead.
    fallback: false,
  },
  i18n: {
    supportedLanguages: { en, zh },
    fallbackLanguage: 'en',
    translations: adminTranslations,
  },
  hooks: {
    // A malformed multipart body is the caller's error (Payload answers it with a 500).
    afterError: [malformedMultipartIsClientError, nonObjectBodyIsClientError],
  },
  experimental: {
    localizeStatus: true,
  },
  // Population depth, for every door (REST, GraphQL, Local API): our documents link to one
  // another, and each level multiplies an answer (depth=3 on /api/topics was 42 MB, depth=7 held
  // the server). Nothing of ours reads deeper than 2; src/security/requestGuard.ts answers a
  // REST depth above it with a 400.
  maxDepth: maxRestDepth,
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
  },
  // Payload's readable log lines, at the level LOG_LEVEL asks for (npm test: errors only).
  logger: { options: { level: process.env.LOG_LEVEL || 'info' }, destination: defaultLoggerOptions },
  // Partner API (src/partner-api): webhook deliveries on the jobs queue, retried with backoff.
  jobs: {
    tasks: [deliverWebhookTask],
    access: { run: ({ req }) => isAdmin(req.user), queue: ({ req }) => isAdmin(req.user), cancel: ({ req }) => isAdmin(req.user) },
    autoRun: [{ cron: process.env.WEBHOOK_CRON || '*/5 * * * * *', queue: webhookQueue, limit: 20 }],
    shouldAutoRun: () => shouldStartOnInit(),
  },
  onInit: async (payload) => {
    if (!shouldStartOnInit()) return
    // Imported when needed: the read model it uses imports this config.
    const { startPartnerBackground } = await import('@/partner-api/background')
    startPartnerBackground(payload)
  },
  sharp,
  telemetry: false,
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    // Generated on purpose (`npm run generate`; `npm test` checks it is current), never as a side
    // effect: otherwise every script outside production (the seed, tests, each killed import of
    // the crash battery) leaves a detached `payload generate:types` rewriting this file.
    autoGenerate: false,
  },
})

/**
 * PAYLOAD_SECRET signs sessions and API keys. A production server refuses to start without one
 * (`npm run demo` makes one under ./data); development, tests and `next build`, which signs
 * nothing, use a fixed value.
 */
function resolveSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  if (process.env.NODE_ENV === 'production' && !building) {
    throw new Error('PAYLOAD_SECRET must be set in production (a long random string).')
  }
  return 'mediglot-development-secret-not-for-production'
}
