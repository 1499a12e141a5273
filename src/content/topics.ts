import { topicsSlug } from '@/collections/slugs'
import type { Locale } from '@/i18n/locales'

import { getContentPayload } from './payload'
import { readerQuery } from './readerQuery'

export interface TopicCard {
  slug: string
  title: string
  summary: string | null
}

/** Topics a reader may see in this locale, in home-page order. */
export async function listPublishedTopics(locale: Locale): Promise<TopicCard[]> {
  const payload = await getContentPayload()
  const result = await payload.find({
    collection: topicsSlug,
    ...readerQuery(locale),
    depth: 0,
    sort: ['order', 'slug'],
    limit: 100,
    pagination: false,
    select: { slug: true, title: true, summary: true },
  })
  return result.docs
    .filter((doc) => typeof doc.title === 'string' && doc.title.length > 0)
    .map((doc) => ({ slug: doc.slug, title: doc.title as string, summary: doc.summary ?? null }))
}
