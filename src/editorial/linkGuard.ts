import type { Payload, Where } from 'payload'

import { causesSlug, contentCollectionSlugs, faqsSlug, topicsSlug, treatmentsSlug, type ContentCollectionSlug } from '@/collections/slugs'
import { internalLinksIn } from '@/collections/shared/richTextLinks'
import type { Locale } from '@/i18n/locales'

/** Which relationship fields of which collections point at documents of a collection. */
const relationshipsTo: Record<ContentCollectionSlug, Array<{ collection: ContentCollectionSlug; field: string }>> = {
  [topicsSlug]: [
    { collection: topicsSlug, field: 'relatedTopics' },
    { collection: faqsSlug, field: 'topics' },
  ],
  [causesSlug]: [
    { collection: topicsSlug, field: 'causes' },
    { collection: faqsSlug, field: 'causes' },
  ],
  [treatmentsSlug]: [
    { collection: causesSlug, field: 'treatments' },
    { collection: topicsSlug, field: 'treatments' },
    { collection: faqsSlug, field: 'treatments' },
  ],
  [faqsSlug]: [],
}

export interface InboundLink {
  collection: ContentCollectionSlug
  id: number | string
  slug: string
  title: string
  locale: Locale
}

const bodyFieldOf = (collection: ContentCollectionSlug) => (collection === faqsSlug ? 'answer' : 'body')

/**
 * Published documents that link to a document in a language, through a cross-link field or a
 * link in their body text. Read as an anonymous reader, so only what readers see counts.
 */
export async function findInboundLinks(
  payload: Payload,
  target: { collection: ContentCollectionSlug; id: number | string },
  locales: readonly Locale[],
): Promise<InboundLink[]> {
  const found: InboundLink[] = []
  for (const locale of locales) {
    for (const collection of contentCollectionSlugs) {
      const or: Where[] = relationshipsTo[target.collection]
        .filter((r) => r.collection === collection)
        .map((r) => ({ [r.field]: { in: [target.id] } }))
      or.push({ 'bodyLinks.value': { equals: target.id } })
      const result = await payload.find({
        collection,
        where: { or },
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        user: null,
        depth: 0,
        pagination: false,
      })
      for (const doc of result.docs as unknown as Array<Record<string, unknown>>) {
        if (collection === target.collection && String(doc.id) === String(target.id)) continue
        const viaField = relationshipsTo[target.collection].some(
          (r) => r.collection === collection && Array.isArray(doc[r.field]) && (doc[r.field] as unknown[]).some((v) => String(typeof v === 'object' && v ? (v as { id: unknown }).id : v) === String(target.id)),
        )
        const viaBody = internalLinksIn(doc[bodyFieldOf(collection)]).some(
          (l) => l.relationTo === target.collection && String(l.value) === String(target.id),
        )
        if (viaField || viaBody) {
          found.push({
            collection,
            id: doc.id as number | string,
            slug: String(doc.slug),
            title: String(doc.title ?? doc.question ?? doc.slug),
            locale,
          })
        }
      }
    }
  }
  return found
}

export function describeInboundLinks(links: InboundLink[]): string {
  return links.map((l) => `${l.collection}/${l.slug} (${l.locale}: ${l.title})`).join('; ')
}
