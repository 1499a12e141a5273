import { faqsSlug } from '@/collections/slugs'
import { faqSubjects } from '@/collections/FAQs'
import type { Locale } from '@/i18n/locales'

import { toPublishedDocument, type PublishedDocument, type RenderStrings } from './documents'
import { getContentPayload } from './payload'
import { readerQuery } from './readerQuery'

export interface FaqGroup {
  subject: string
  faqs: PublishedDocument[]
}

/** Every FAQ public in the locale, grouped by subject in the editors' subject order. */
export async function listPublishedFaqs(locale: Locale, strings: RenderStrings): Promise<FaqGroup[]> {
  const payload = await getContentPayload()
  const result = await payload.find({
    collection: faqsSlug,
    ...readerQuery(locale),
    depth: 0,
    pagination: false,
    sort: 'slug',
  })
  const docs = (
    await Promise.all(
      result.docs.map((doc) => toPublishedDocument(faqsSlug, doc as unknown as Record<string, unknown>, locale, strings)),
    )
  ).filter((d): d is PublishedDocument => d !== null)
  return faqSubjects
    .map((subject) => ({ subject: subject.value as string, faqs: docs.filter((d) => d.subject === subject.value) }))
    .filter((group) => group.faqs.length > 0)
}
