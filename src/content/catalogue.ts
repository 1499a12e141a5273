/**
 * Listing what the public may read, for the partner API: pages of one collection in slug order
 * with a keyset cursor (stable while documents are published during a walk: each existing
 * document is seen exactly once), the catalogue of every public document with its languages,
 * and full public snapshots for the change recorder. Every read is an anonymous reader's read
 * (readerQuery), like the site's.
 */
import type { SelectType, Where } from 'payload'

import { contentCollectionSlugs, headingFieldOf, sourcesSlug, type ContentCollectionSlug } from '@/collections/slugs'
import { locales, type Locale } from '@/i18n/locales'

import { getContentPayload } from './payload'
import { readerQuery } from './readerQuery'

export type ListableCollection = ContentCollectionSlug | typeof sourcesSlug
export const listableCollections: readonly ListableCollection[] = [...contentCollectionSlugs, sourcesSlug]

type Raw = Record<string, unknown>

export interface PublicPage {
  docs: Raw[]
  /** Documents matching the filters, cursor aside. */
  total: number
  /** The slug to continue after, or null on the last page. */
  lastSlug: string | null
  hasMore: boolean
}

const headingOf = (collection: ListableCollection, doc: Raw): unknown => doc[headingFieldOf(collection)]

function filters(options: { updatedSince?: Date | null }): Where[] {
  return options.updatedSince ? [{ updatedAt: { greater_than_equal: options.updatedSince.toISOString() } }] : []
}

/**
 * What a list item shows (src/partner-api/serialize.ts serializeListItem). Reading only these
 * leaves out bodies (5-10 KB each) and the join fields, which cost a query per document.
 */
function listFields(collection: ListableCollection): SelectType {
  return collection === sourcesSlug
    ? { slug: true, title: true, updatedAt: true }
    : { slug: true, [headingFieldOf(collection)]: true, summary: true, updatedAt: true }
}

/** One page of public documents of a collection in a language, in slug order. */
export async function listPublicPage(
  collection: ListableCollection,
  locale: Locale,
  options: { afterSlug?: string | null; limit: number; updatedSince?: Date | null },
): Promise<PublicPage> {
  const payload = await getContentPayload()
  const base = filters(options)
  const where: Where = { and: [...base, ...(options.afterSlug ? [{ slug: { greater_than: options.afterSlug } }] : [])] }
  const [page, count] = await Promise.all([
    payload.find({ collection, ...readerQuery(locale), where, sort: 'slug', limit: options.limit + 1, depth: 0, pagination: false, select: listFields(collection) }),
    payload.count({ collection, ...readerQuery(locale), where: { and: base } }),
  ])
  const docs = (page.docs as unknown as Raw[]).filter((doc) => hasHeading(collection, doc))
  const hasMore = page.docs.length > options.limit
  const shown = docs.slice(0, options.limit)
  return {
    docs: shown,
    total: count.totalDocs,
    lastSlug: hasMore ? String((page.docs[options.limit - 1] as unknown as Raw).slug) : null,
    hasMore,
  }
}

/** One public document matching `where`, as read in `locale` (raw fields, depth 0), or null. */
async function findOnePublic(collection: ListableCollection, where: Where, locale: Locale): Promise<Raw | null> {
  const payload = await getContentPayload()
  const result = await payload.find({ collection, ...readerQuery(locale), where, depth: 0, limit: 1, pagination: false })
  const doc = result.docs[0] as unknown as Raw | undefined
  return doc && hasHeading(collection, doc) ? doc : null
}

/** One public document of any listable collection by slug, as read in `locale` (raw fields). */
export const findPublicBySlug = (collection: ListableCollection, slug: string, locale: Locale) =>
  findOnePublic(collection, { slug: { equals: slug } }, locale)

/** Lets the server answer waiting requests (SQLite answers synchronously, so a long read would not). */
export const yieldToServer = () => new Promise<void>((resolve) => setImmediate(resolve))

const snapshotPageSize = 200

/**
 * Every public document of a collection in a language, all public fields (depth 0), read a page
 * at a time with a pause between pages: at 10,000 documents one read of everything held the
 * process for seconds, and readers with it.
 */
export async function listAllPublic(collection: ListableCollection, locale: Locale): Promise<Raw[]> {
  const payload = await getContentPayload()
  const all: Raw[] = []
  // Keyset pages in slug order: a document published meanwhile never shifts a page, so none is
  // read twice or skipped (one published before the cursor waits for the next sweep).
  for (let after: string | null = null; ; ) {
    const where: Where = after === null ? {} : { slug: { greater_than: after } }
    const result = await payload.find({ collection, ...readerQuery(locale), where, depth: 0, sort: 'slug', limit: snapshotPageSize, pagination: false })
    const docs = result.docs as unknown as Raw[]
    all.push(...docs)
    if (docs.length < snapshotPageSize) break
    after = String(docs[docs.length - 1].slug)
    await yieldToServer()
  }
  return all.filter((doc) => hasHeading(collection, doc))
}

/** A document without a heading in a language is not public in it (nothing to list or link). */
function hasHeading(collection: ListableCollection, doc: Raw): boolean {
  const heading = headingOf(collection, doc)
  return typeof heading === 'string' && heading.trim().length > 0
}

/** One document as listAllPublic would give it, or null where the public cannot read it. */
export const publicDocumentInLocale = (collection: ListableCollection, id: number | string, locale: Locale) =>
  findOnePublic(collection, { id: { equals: id } }, locale)

export interface CatalogueEntry {
  collection: ListableCollection
  slug: string
  /** Languages the document is public in. */
  locales: Locale[]
  /** Title per public language. */
  titles: Partial<Record<Locale, string>>
  updatedAt: string
  createdAt: string
}

/** Every public document, each once, with the languages it is public in. */
export async function publicCatalogue(): Promise<CatalogueEntry[]> {
  const entries = new Map<string, CatalogueEntry>()
  const payload = await getContentPayload()
  for (const collection of listableCollections) {
    for (const locale of locales) {
      const result = await payload.find({
        collection,
        ...readerQuery(locale),
        depth: 0,
        pagination: false,
        sort: 'slug',
        select: { slug: true, [headingFieldOf(collection)]: true, updatedAt: true, createdAt: true },
      })
      for (const doc of result.docs as unknown as Raw[]) {
        if (!hasHeading(collection, doc)) continue
        const heading = headingOf(collection, doc) as string
        const key = `${collection}:${String(doc.slug)}`
        const entry = entries.get(key) ?? {
          collection,
          slug: String(doc.slug),
          locales: [],
          titles: {},
          updatedAt: String(doc.updatedAt),
          createdAt: String(doc.createdAt),
        }
        entry.locales.push(locale)
        entry.titles[locale] = heading
        entries.set(key, entry)
      }
    }
  }
  return [...entries.values()]
}
