/** A document's type and id in the partner API (the feed, the webhooks and every answer). */
import type { ListableCollection } from '@/content/publicReads'

export const typeOf: Record<ListableCollection, string> = {
  topics: 'topic',
  causes: 'cause',
  treatments: 'treatment',
  faqs: 'faq',
  sources: 'source',
}

/** A document's id in the API: stable across databases, the same in every language. */
export const stableId = (collection: ListableCollection, slug: string) =>
  `${typeOf[collection]}:${slug}`
