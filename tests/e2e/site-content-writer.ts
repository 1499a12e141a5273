/**
 * Local API writes for tests/e2e/site.e2e.test.ts, made from another process against the test
 * server's database (AppServer.runScript sets DATABASE_URI before the config loads), the way a
 * script or a second instance would: the server only learns of them through its change watcher.
 * Writes go through the seed's escape hatch (full rights, `context.seeding`), so the review gate
 * lets a test publish without a reviewer's approval round.
 *
 *   retitle <collection> <slug> <locale> <title>   publish a new title in one language
 *   unpublish <collection> <slug>                  unpublish both languages
 *   draft <collection> <slug> <locale> <text>      save a draft (never published) summary
 *   create-draft <collection> <slug> <title>       create a document that is never published
 *
 * Prints the affected document's id as JSON.
 */
import config from '@payload-config'
import { getPayload, type CollectionSlug } from 'payload'

import { locales, type Locale } from '@/i18n/locales'

const [action, collectionArg, slug, ...rest] = process.argv.slice(2)
const collection = collectionArg as CollectionSlug
const payload = await getPayload({ config })
const escapeHatch = { overrideAccess: true, context: { seeding: true }, depth: 0 } as const

async function idOf(): Promise<number | string> {
  const found = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    draft: true,
    limit: 1,
    ...escapeHatch,
  })
  const doc = found.docs[0]
  if (!doc) throw new Error(`No ${collection} with slug ${slug}`)
  return doc.id
}

let id: number | string
switch (action) {
  case 'retitle': {
    const [locale, title] = rest as [Locale, string]
    id = await idOf()
    await payload.update({
      collection,
      id,
      locale,
      data: { title, _status: 'published' } as never,
      publishSpecificLocale: locale,
      ...escapeHatch,
    })
    break
  }
  case 'unpublish': {
    id = await idOf()
    for (const locale of locales) {
      await payload.update({
        collection,
        id,
        locale,
        data: { _status: 'draft' } as never,
        ...escapeHatch,
      })
    }
    break
  }
  case 'draft': {
    const [locale, text] = rest as [Locale, string]
    id = await idOf()
    await payload.update({
      collection,
      id,
      locale,
      data: { summary: text } as never,
      draft: true,
      ...escapeHatch,
    })
    break
  }
  case 'create-draft': {
    const [title] = rest
    const created = await payload.create({
      collection,
      locale: 'en',
      data: { slug, title, summary: title } as never,
      draft: true,
      ...escapeHatch,
    })
    id = created.id
    break
  }
  default:
    throw new Error(`Unknown action ${action}`)
}

console.log(JSON.stringify({ id }))
await payload.destroy()
process.exit(0)
