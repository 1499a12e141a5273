/**
 * Public reads through a Payload instance the caller hands in, with the anonymous reader's
 * options (readerQuery). The change recorder is started by the config's onInit with the
 * instance it was given, so what it reads with must not import src/content/payload.ts (which
 * imports the config: a circle). The catalogue wraps these for the site and the API.
 */
import type { Payload, Where } from 'payload'

import {
  contentCollectionSlugs,
  headingFieldOf,
  sourcesSlug,
  type ContentCollectionSlug,
} from '@/collections/slugs'
import type { Locale } from '@/i18n/locales'

import { readerQuery } from './readerQuery'

export type ListableCollection = ContentCollectionSlug | typeof sourcesSlug
export const listableCollections: readonly ListableCollection[] = [
  ...contentCollectionSlugs,
  sourcesSlug,
]

type Raw = Record<string, unknown>

/** Lets the server answer waiting requests (SQLite answers synchronously, so a long read would not). */
export const yieldToServer = () => new Promise<void>((resolve) => setImmediate(resolve))

/** A document without a heading in a language is not public in it (nothing to list or link). */
export function hasHeading(collection: ListableCollection, doc: Raw): boolean {
  const heading = doc[headingFieldOf(collection)]
  return typeof heading === 'string' && heading.trim().length > 0
}

/** One public document matching `where`, as read in `locale` (raw fields, depth 0), or null. */
export async function findOnePublic(
  payload: Payload,
  collection: ListableCollection,
  where: Where,
  locale: Locale,
): Promise<Raw | null> {
  const result = await payload.find({
    collection,
    ...readerQuery(locale),
    where,
    depth: 0,
    limit: 1,
    pagination: false,
  })
  const doc = result.docs[0] as unknown as Raw | undefined // raw fields of any listable collection
  return doc && hasHeading(collection, doc) ? doc : null
}

/** One document as listAllPublic would give it, or null where the public cannot read it. */
export const publicDocumentInLocale = (
  payload: Payload,
  collection: ListableCollection,
  id: number | string,
  locale: Locale,
) => findOnePublic(payload, collection, { id: { equals: id } }, locale)

const snapshotPageSize = 200

/**
 * Every public document of a collection in a language, all public fields (depth 0), read a page
 * at a time with a pause between pages: at 10,000 documents one read of everything held the
 * process for seconds, and readers with it.
 */
export async function listAllPublic(
  payload: Payload,
  collection: ListableCollection,
  locale: Locale,
): Promise<Raw[]> {
  const all: Raw[] = []
  // Keyset pages in slug order: a document published meanwhile never shifts a page, so none is
  // read twice or skipped (one published before the cursor waits for the next sweep).
  for (let after: string | null = null; ;) {
    const where: Where = after === null ? {} : { slug: { greater_than: after } }
    const result = await payload.find({
      collection,
      ...readerQuery(locale),
      where,
      depth: 0,
      sort: 'slug',
      limit: snapshotPageSize,
      pagination: false,
    })
    const docs = result.docs as unknown as Raw[] // raw fields of any listable collection
    all.push(...docs)
    if (docs.length < snapshotPageSize) break
    after = String(docs[docs.length - 1].slug)
    await yieldToServer()
  }
  return all.filter((doc) => hasHeading(collection, doc))
}
