/**
 * `npm run content-hash`: one SHA-256 over every document of every content collection (all
 * languages, drafts included, ordered by id), so two databases can be compared: a backup and
 * its restore, a seed run interrupted and re-run against a clean one.
 */
import crypto from 'node:crypto'

import { getPayload } from 'payload'

import config from '../payload.config'
import { contentCollectionSlugs, sourcesSlug } from '../src/collections/slugs'

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
    hash.update(collection).update(JSON.stringify(doc))
    documents++
  }
}
console.log(`${hash.digest('hex')} ${documents}`)
await payload.destroy()
process.exit(0)
