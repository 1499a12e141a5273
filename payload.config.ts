import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, defaultLoggerOptions, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { localApiOnly } from '@/access/localApiOnly'
import { originPolicy } from '@/access/origins'
import { restrictPayloadCollections } from '@/access/payloadCollections'
import { Causes } from '@/collections/Causes'
import { FAQs } from '@/collections/FAQs'
import { Glossary } from '@/collections/Glossary'
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
import { readDependenciesPlugin } from '@/cache/readDependencies'
import { bodyEditor } from '@/collections/shared/fields'
import { usersSlug } from '@/collections/slugs'
import { createDatabaseAdapter, resolveDatabaseTarget } from '@/db/adapter'
import { adminTranslations } from '@/i18n/admin'
import { maxRestDepth } from '@/lib/readLimits'
import { setServerLogger } from '@/lib/serverLogger'
import { defaultLocale, localeNames, locales } from '@/i18n/locales'
import { xliffEndpoints } from '@/editorial/endpoints/xliff'
import { staffNamesEndpoint } from '@/editorial/endpoints/staffNames'
import { isAdmin } from '@/editorial/roles'
import { shouldStartOnInit } from '@/partner-api/servingProcess'
import { deliverWebhookTask, webhookQueue } from '@/partner-api/webhooks'
import { malformedMultipartIsClientError, missingFileIsNotFound, nonObjectBodyIsClientError } from '@/security/clientErrors'
import { graphQLCostRules, refuseCostlyRead } from '@/security/queryCost'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload's REST and GraphQL answer browsers of our own origin only, plus CORS_ORIGINS
// (validated: a bad entry stops start-up). See src/access/origins.ts and README "Security".
const origins = originPolicy({
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL,
  port: process.env.PORT,
  corsOrigins: process.env.CORS_ORIGINS,
})

// One cost limit for every REST read by anonymous callers and partners (src/security/queryCost.ts).
const collections = [Topics, Causes, Treatments, FAQs, Sources, Media, Glossary, ReviewEvents, Users, Partners, ApiChanges, ApiDocumentStates, WebhookDeliveries].map(withQueryCostLimit)
// Taken now: building the config appends Payload's own collections to the array above.
const ownSlugs = collections.map((c) => c.slug)

const config = buildConfig({
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
    // Payload's default is a Gravatar: every admin page would send a hash of the signed-in
    // person's email to gravatar.com. Its built-in icon instead: no third-party request.
    avatar: 'default',
    // One date format reads right in both admin languages (Payload's default, "MMMM do yyyy,
    // h:mm a", became "十二月 1日 2026, 6:39 下午" in Chinese): 2026-12-01 18:39.
    dateFormat: 'yyyy-MM-dd HH:mm',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    components: {
      // The review work of the signed-in person, above the collection cards.
      beforeDashboard: ['/components/admin/ReviewDashboard#ReviewDashboard'],
    },
  },
  collections,
  // The translation desk's XLIFF exchange (GET export, POST import) under /api/translation/xliff.
  // and the names of the people in review fields and the audit trail, for staff (GET /api/staff-names).
  endpoints: [...xliffEndpoints, staffNamesEndpoint],
  editor: bodyEditor,
  // Every public answer records the documents it read, so a publish purges only what used them.
  plugins: [readDependenciesPlugin],
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
    afterError: [malformedMultipartIsClientError, nonObjectBodyIsClientError, missingFileIsNotFound],
  },
  experimental: {
    localizeStatus: true,
  },
  // Population depth, for every door (REST, GraphQL, Local API): our documents link to one
  // another, and each level multiplies an answer (depth=3 on /api/topics was 42 MB, depth=7 held
  // the server). Nothing of ours reads deeper than 2 (src/lib/readLimits.ts); the request guard
  // answers a REST depth above it with a 400.
  maxDepth: maxRestDepth,
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    // The same document budget as REST, counted from the query before it runs (Payload's own
    // complexity rule counts fields, not documents: 100 topics with their related topics'
    // bodies passed it).
    validationRules: graphQLCostRules,
  },
  // Payload's readable log lines, at the level LOG_LEVEL asks for (npm test: errors only).
  logger: { options: { level: process.env.LOG_LEVEL || 'info' }, destination: defaultLoggerOptions },
  // Partner API (src/partner-api): webhook deliveries on the jobs queue, retried with backoff.
  jobs: {
    tasks: [deliverWebhookTask],
    // The queue is run by the server itself (autoRun); GET /api/payload-jobs/run runs nothing for anyone.
    access: { run: localApiOnly, queue: ({ req }) => isAdmin(req.user), cancel: ({ req }) => isAdmin(req.user) },
    autoRun: [{ cron: process.env.WEBHOOK_CRON || '*/5 * * * * *', queue: webhookQueue, limit: 20 }],
    shouldAutoRun: () => shouldStartOnInit(),
  },
  onInit: async (payload) => {
    // The response cache and the change signal log through Payload's logger from now on.
    setServerLogger(payload.logger)
    if (!shouldStartOnInit()) return
    // Imported when needed: the recorder is loaded by serving processes only.
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

function withQueryCostLimit(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return { ...collection, hooks: { ...hooks, beforeOperation: [refuseCostlyRead, ...(hooks.beforeOperation ?? [])] } }
}

// The collections Payload adds itself (locks, preferences, migrations, jobs, key-value store) get
// explicit access rules: partners and other non-staff principals reach none of them.
export default config.then((built) => restrictPayloadCollections(built, ownSlugs))

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
