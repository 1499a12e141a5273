/**
 * `npm run content-hash`: one SHA-256 over every document of every content collection (all
 * languages, drafts included, ordered by id), so two databases can be compared: a backup and
 * its restore, a seed run interrupted and re-run against a clean one.
 *
 * `--content-only` leaves out what differs between two runs of the same writes at different
 * times: timestamps (createdAt, updatedAt, review and approval dates) and the revision counter
 * (a killed and re-run import may save a document once more than a clean one). Text, slugs,
 * links, review states and fingerprints are all still in.
 */
import crypto from 'node:crypto'

import { getPayload } from 'payload'

import config from '../payload.config'
import { contentCollectionSlugs, sourcesSlug } from '../src/collections/slugs'

const contentOnly = process.argv.includes('--content-only')
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const volatileKeys = new Set(['createdAt', 'updatedAt', 'revision'])

function withoutTimes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimes)
  if (typeof value === 'string') return isoTime.test(value) ? '<time>' : value
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !volatileKeys.has(key))
      .map(([key, inner]) => [key, withoutTimes(inner)]),
  )
}

const payload = await getPayload({ config, disableOnInit: true })
const hash = crypto.createHash('sha256')
let documents = 0
for (const collection of [...contentCollectionSlugs, sourcesSlug] as const) {
  const all = await payload.find({
    collection,
    locale: 'all',
    draft: true,
    depth: 0,
    pagination: false,
    sort: 'id',
    overrideAccess: true, // a fingerprint of the whole table, printed as one hash
  })
  for (const doc of all.docs) {
    hash.update(collection).update(JSON.stringify(contentOnly ? withoutTimes(doc) : doc))
    documents++
  }
}
console.log(`${hash.digest('hex')} ${documents}`)
await payload.destroy()
process.exit(0)
