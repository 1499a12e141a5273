/**
 * The link rule, in one place for the site and the partner API. A link shown in language L goes
 * to the target's page in L when the target is public in L; otherwise to its English page,
 * marked as English, when that is public; otherwise it is not shown at all.
 */
import { contentCollectionSlugs, type ContentCollectionSlug } from '@/collections/slugs'
import { defaultLocale, type Locale } from '@/i18n/locales'

import { publicPath } from './paths'
import { getContentPayload } from './payload'
import { readerQuery } from './readerQuery'

export interface LinkTarget {
  relationTo: ContentCollectionSlug
  value: number | string
}

export interface ResolvedLink {
  collection: ContentCollectionSlug
  id: number | string
  slug: string
  title: string
  /** The language of the page the link opens (and of `title`). */
  locale: Locale
  /** True when the reader's language was not available and the link falls back to English. */
  fallbackToEnglish: boolean
  href: string
}

export const linkKey = (target: LinkTarget) => `${target.relationTo}:${target.value}`

interface PublicDoc {
  id: number | string
  slug: string
  title: string
}

async function publicDocs(
  collection: ContentCollectionSlug,
  ids: Array<number | string>,
  locale: Locale,
): Promise<Map<string, PublicDoc>> {
  if (ids.length === 0) return new Map()
  const payload = await getContentPayload()
  const result = await payload.find({
    collection,
    ...readerQuery(locale),
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: collection === 'faqs' ? { slug: true, question: true } : { slug: true, title: true },
  })
  const docs = new Map<string, PublicDoc>()
  for (const doc of result.docs as unknown as Array<Record<string, unknown>>) {
    const title = (doc.title ?? doc.question) as string | null | undefined
    // A document without a heading in this language is not readable in it.
    if (typeof title === 'string' && title.trim()) {
      docs.set(String(doc.id), { id: doc.id as number | string, slug: String(doc.slug), title })
    }
  }
  return docs
}

/** Resolves many links at once (two queries per collection at most). Unlinkable targets map to null. */
export async function resolveLinks(targets: LinkTarget[], locale: Locale): Promise<Map<string, ResolvedLink | null>> {
  const resolved = new Map<string, ResolvedLink | null>()
  for (const collection of contentCollectionSlugs) {
    const ids = [...new Set(targets.filter((t) => t.relationTo === collection).map((t) => String(t.value)))]
    if (ids.length === 0) continue
    const numericOrText = ids.map((id) => (/^\d+$/.test(id) ? Number(id) : id))
    const inLocale = await publicDocs(collection, numericOrText, locale)
    const missing = numericOrText.filter((id) => !inLocale.has(String(id)))
    const inEnglish = locale !== defaultLocale && missing.length > 0 ? await publicDocs(collection, missing, defaultLocale) : new Map<string, PublicDoc>()
    for (const id of ids) {
      const own = inLocale.get(id)
      const english = inEnglish.get(id)
      const doc = own ?? english
      const linkLocale = own ? locale : defaultLocale
      resolved.set(
        linkKey({ relationTo: collection, value: id }),
        doc
          ? {
              collection,
              id: doc.id,
              slug: doc.slug,
              title: doc.title,
              locale: linkLocale,
              fallbackToEnglish: !own,
              href: publicPath(collection, doc.slug, linkLocale),
            }
          : null,
      )
    }
  }
  return resolved
}

export async function resolveLink(target: LinkTarget, locale: Locale): Promise<ResolvedLink | null> {
  return (await resolveLinks([target], locale)).get(linkKey(target)) ?? null
}
