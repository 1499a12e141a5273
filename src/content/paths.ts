import { causesSlug, faqsSlug, topicsSlug, treatmentsSlug, type ContentCollectionSlug } from '@/collections/slugs'
import type { Locale } from '@/i18n/locales'

/** The public page of a document: the one place site URLs are made. */
export function publicPath(collection: ContentCollectionSlug, slug: string, locale: Locale): string {
  switch (collection) {
    case topicsSlug:
      return `/${locale}/topics/${slug}`
    case causesSlug:
      return `/${locale}/causes/${slug}`
    case treatmentsSlug:
      return `/${locale}/treatments/${slug}`
    case faqsSlug:
      return `/${locale}/faqs#${slug}`
  }
}
