/**
 * The published read model of one document: what a reader (or a partner) may see of it in one
 * language, with every link already resolved by the link rule. Pages and the partner API read
 * documents only through here.
 */
import {
  causesSlug,
  faqsSlug,
  sourcesSlug,
  topicsSlug,
  treatmentsSlug,
  type ContentCollectionSlug,
} from '@/collections/slugs'
import { internalLinksIn } from '@/collections/shared/richTextLinks'
import { locales, type Locale } from '@/i18n/locales'

import { resolveLinks, linkKey, type LinkTarget, type ResolvedLink } from './links'
import { publicPath } from './paths'
import { getContentPayload } from './payload'
import { readerQuery } from './readerQuery'
import { resolveImages, uploadsIn } from './media'
import { lexicalToHtml, lexicalToPlainText } from './richText'
import { translationStatus, type TranslationStatus } from './translation'

export type PageCollection = typeof topicsSlug | typeof causesSlug | typeof treatmentsSlug

/** Cross-link groups shown on a page, in display order, per collection. */
const relationGroups: Record<ContentCollectionSlug, Array<{ key: string; field: string; collection: ContentCollectionSlug; join?: boolean }>> = {
  [topicsSlug]: [
    { key: 'causes', field: 'causes', collection: causesSlug },
    { key: 'treatments', field: 'treatments', collection: treatmentsSlug },
    { key: 'relatedTopics', field: 'relatedTopics', collection: topicsSlug },
    { key: 'relatedFrom', field: 'relatedFrom', collection: topicsSlug, join: true },
    { key: 'faqs', field: 'faqs', collection: faqsSlug, join: true },
  ],
  [causesSlug]: [
    { key: 'treatments', field: 'treatments', collection: treatmentsSlug },
    { key: 'topics', field: 'topics', collection: topicsSlug, join: true },
    { key: 'faqs', field: 'faqs', collection: faqsSlug, join: true },
  ],
  [treatmentsSlug]: [
    { key: 'causes', field: 'causes', collection: causesSlug, join: true },
    { key: 'topics', field: 'topics', collection: topicsSlug, join: true },
    { key: 'faqs', field: 'faqs', collection: faqsSlug, join: true },
  ],
  [faqsSlug]: [
    { key: 'topics', field: 'topics', collection: topicsSlug },
    { key: 'causes', field: 'causes', collection: causesSlug },
    { key: 'treatments', field: 'treatments', collection: treatmentsSlug },
  ],
}

export interface PublicSource {
  slug: string
  title: string
  organisation: string
  year: number
  publication: string | null
  url: string | null
  doi: string | null
  pmid: string | null
}

export interface PublicReview {
  reviewerName: string | null
  reviewerCredentials: string | null
  lastReviewed: string | null
  nextReviewDue: string | null
  overdue: boolean
}

export interface PublishedDocument {
  collection: ContentCollectionSlug
  id: number | string
  slug: string
  locale: Locale
  title: string
  summary: string | null
  bodyHtml: string
  bodyText: string
  related: Array<{ key: string; links: ResolvedLink[] }>
  review: PublicReview
  translation: TranslationStatus
  sources: PublicSource[]
  /** The page of this document in each language where it is public. */
  alternates: Partial<Record<Locale, string>>
  updatedAt: string
  subject?: string | null
}

function idsOf(value: unknown): Array<number | string> {
  const list = Array.isArray(value) ? value : (value as { docs?: unknown[] } | null)?.docs ?? []
  return list
    .map((v) => (v && typeof v === 'object' ? (v as { id?: number | string; value?: number | string }).id ?? (v as { value?: number | string }).value : v))
    .filter((v): v is number | string => typeof v === 'number' || typeof v === 'string')
}

export interface RenderStrings {
  englishMarker: string
}

type Raw = Record<string, unknown>

/** Builds the read model from a document already read as an anonymous reader in `locale`. */
export async function toPublishedDocument(
  collection: ContentCollectionSlug,
  doc: Raw,
  locale: Locale,
  strings: RenderStrings,
  options: { availableIn?: Locale[] } = {},
): Promise<PublishedDocument | null> {
  const title = (doc.title ?? doc.question) as string | null | undefined
  if (typeof title !== 'string' || !title.trim()) return null
  const body = collection === faqsSlug ? doc.answer : doc.body

  const targets: LinkTarget[] = [...internalLinksIn(body)]
  for (const group of relationGroups[collection]) {
    for (const id of idsOf(doc[group.field])) targets.push({ relationTo: group.collection, value: id })
  }
  const links = await resolveLinks(targets, locale)
  const images = await resolveImages(uploadsIn(body), locale)

  const related = relationGroups[collection]
    .map((group) => ({
      key: group.key,
      links: idsOf(doc[group.field])
        .map((id) => links.get(linkKey({ relationTo: group.collection, value: id })))
        .filter((l): l is ResolvedLink => Boolean(l)),
    }))
    .filter((group) => group.links.length > 0)

  const payload = await getContentPayload()
  const sourceIds = idsOf(doc.sources)
  const sourceDocs = sourceIds.length
    ? (
        await payload.find({
          collection: sourcesSlug,
          ...readerQuery(locale),
          where: { id: { in: sourceIds } },
          depth: 0,
          pagination: false,
        })
      ).docs
    : []
  const sourceOrder = new Map(sourceIds.map((id, i) => [String(id), i]))
  const sources = [...sourceDocs]
    .sort((a, b) => (sourceOrder.get(String(a.id)) ?? 0) - (sourceOrder.get(String(b.id)) ?? 0))
    .map((s) => ({
      slug: s.slug,
      title: s.title,
      organisation: s.organisation,
      year: s.year,
      publication: s.publication ?? null,
      url: s.url ?? null,
      doi: s.doi ?? null,
      pmid: s.pmid ?? null,
    }))

  const review = (doc.review ?? {}) as Raw
  const nextReviewDue = (review.nextReviewDue as string | null) ?? null
  const availableIn = options.availableIn ?? (await availableLocales(collection, doc.id as number | string))

  return {
    collection,
    id: doc.id as number | string,
    slug: String(doc.slug),
    locale,
    title,
    summary: (doc.summary as string | null) ?? null,
    bodyHtml: lexicalToHtml(body, { locale, links, images, englishMarker: strings.englishMarker }),
    bodyText: lexicalToPlainText(body),
    related,
    review: {
      reviewerName: (review.reviewerName as string | null) ?? null,
      reviewerCredentials: (review.reviewerCredentials as string | null) ?? null,
      lastReviewed: (review.lastReviewed as string | null) ?? null,
      nextReviewDue,
      overdue: nextReviewDue ? new Date(nextReviewDue).getTime() < Date.now() : false,
    },
    translation: translationStatus(doc as never, locale),
    sources,
    alternates: Object.fromEntries(availableIn.map((l) => [l, publicPath(collection, String(doc.slug), l)])),
    updatedAt: String(doc.updatedAt),
    subject: (doc.subject as string | null | undefined) ?? undefined,
  }
}

/** The languages a document is public in. */
export async function availableLocales(collection: ContentCollectionSlug, id: number | string): Promise<Locale[]> {
  const payload = await getContentPayload()
  const found: Locale[] = []
  for (const locale of locales) {
    const result = await payload.find({
      collection,
      ...readerQuery(locale),
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      select: collection === faqsSlug ? { question: true } : { title: true },
    })
    const doc = result.docs[0] as unknown as Raw | undefined
    const heading = doc ? (doc.title ?? doc.question) : null
    if (typeof heading === 'string' && heading.trim()) found.push(locale)
  }
  return found
}

/** One document by slug as a reader of `locale` sees it, or null when it is not public in it. */
export async function getPublishedDocument(
  collection: ContentCollectionSlug,
  slug: string,
  locale: Locale,
  strings: RenderStrings,
): Promise<PublishedDocument | null> {
  const payload = await getContentPayload()
  const result = await payload.find({
    collection,
    ...readerQuery(locale),
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
  })
  const doc = result.docs[0] as unknown as Raw | undefined
  return doc ? toPublishedDocument(collection, doc, locale, strings) : null
}

/** Slugs of every document public in a language (static params, sitemap). */
export async function listPublishedSlugs(collection: ContentCollectionSlug, locale: Locale): Promise<string[]> {
  const payload = await getContentPayload()
  const result = await payload.find({
    collection,
    ...readerQuery(locale),
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  return result.docs.map((d) => String((d as { slug: string }).slug))
}
