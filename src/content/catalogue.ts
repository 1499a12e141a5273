/**
 * Listing what the public may read, for the partner API: pages of one collection in slug order
 * with a keyset cursor (stable while documents are published during a walk: each existing
 * document is seen exactly once) and the catalogue of every public document with its languages
 * (the change recorder's full public snapshots are in ./publicReads.ts). Every read is an
 * anonymous reader's read (readerQuery), like the site's.
 */
import type { SelectType, Where } from 'payload'

import { headingFieldOf, sourcesSlug } from '@/collections/slugs'
import { locales, type Locale } from '@/i18n/locales'

import { getContentPayload } from './payload'
import { findOnePublic, hasHeading, listableCollections, type ListableCollection } from './publicReads'
import { readerQuery } from './readerQuery'

export { listableCollections, type ListableCollection } from './publicReads'

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

/** One public document of any listable collection by slug, as read in `locale` (raw fields). */
export const findPublicBySlug = async (collection: ListableCollection, slug: string, locale: Locale) =>
  findOnePublic(await getContentPayload(), collection, { slug: { equals: slug } }, locale)

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
