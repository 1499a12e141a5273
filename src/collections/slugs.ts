/** Collection slugs, shared by configs, queries and tests. */
export const topicsSlug = 'topics'
export const causesSlug = 'causes'
export const treatmentsSlug = 'treatments'
export const faqsSlug = 'faqs'
export const sourcesSlug = 'sources'
export const mediaSlug = 'media'
export const usersSlug = 'users'
export const reviewEventsSlug = 'review-events'

/** The reader-facing content collections, each with its own public page type. */
export const contentCollectionSlugs = [topicsSlug, causesSlug, treatmentsSlug, faqsSlug] as const
export type ContentCollectionSlug = (typeof contentCollectionSlugs)[number]

/**
 * Collections under the review workflow (gate, approvals, audit trail): the content, and the
 * sources it cites, whose URL and details readers see on reviewed pages.
 */
export const reviewedCollectionSlugs = [...contentCollectionSlugs, sourcesSlug] as const
export type ReviewedCollectionSlug = (typeof reviewedCollectionSlugs)[number]
export const isContentCollection = (collection: string): collection is ContentCollectionSlug =>
  (contentCollectionSlugs as readonly string[]).includes(collection)

/** The field holding a document's heading: FAQs ask a question, everything else has a title. */
export const headingFieldOf = (collection: string): 'question' | 'title' => (collection === faqsSlug ? 'question' : 'title')

/** Collections a body text may link to with a Lexical internal link. */
export const linkableCollectionSlugs = contentCollectionSlugs

/** Partner API: the partners (API keys), the change log behind the change feed, webhook deliveries. */
export const partnersSlug = 'partners'
export const apiChangesSlug = 'api-changes'
export const apiDocumentStatesSlug = 'api-document-states'
export const webhookDeliveriesSlug = 'webhook-deliveries'

/** The translation desk's glossary (English term, preferred Chinese, discouraged variants). */
export const glossarySlug = 'glossary-terms'
