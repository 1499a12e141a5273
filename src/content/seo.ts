/**
 * Absolute URLs, language alternates and structured data for public pages: one place, so the
 * page metadata, the sitemap and the partner API agree.
 */
import { defaultLocale, localeLanguageTags, locales, type Locale } from '@/i18n/locales'

import type { PublishedDocument } from './documents'

export function siteOrigin(): string {
  return (process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
}

export const absoluteUrl = (path: string) => `${siteOrigin()}${path}`

/** hreflang → absolute URL for every language the page exists in, plus x-default. */
export function languageAlternates(alternates: Partial<Record<Locale, string>>): Record<string, string> {
  const languages: Record<string, string> = {}
  for (const locale of locales) {
    const path = alternates[locale]
    if (path) languages[localeLanguageTags[locale]] = absoluteUrl(path)
  }
  const fallback = alternates[defaultLocale] ?? locales.map((l) => alternates[l]).find(Boolean)
  if (fallback) languages['x-default'] = absoluteUrl(fallback)
  return languages
}

export const openGraphLocale: Record<Locale, string> = { en: 'en_GB', zh: 'zh_CN' }

/** JSON for a <script type="application/ld+json">, safe to inline in HTML. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

export function medicalWebPageJsonLd(doc: PublishedDocument, siteName: string) {
  const url = doc.alternates[doc.locale] ? absoluteUrl(doc.alternates[doc.locale] as string) : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: doc.title,
    headline: doc.title,
    description: doc.summary ?? undefined,
    url,
    inLanguage: localeLanguageTags[doc.locale],
    dateModified: doc.updatedAt,
    lastReviewed: doc.review.lastReviewed ?? undefined,
    reviewedBy: doc.review.reviewerName
      ? { '@type': 'Person', name: doc.review.reviewerName, description: doc.review.reviewerCredentials ?? undefined }
      : undefined,
    about: { '@type': 'MedicalCondition', name: doc.locale === 'zh' ? '复发性流产' : 'Recurrent miscarriage' },
    isPartOf: { '@type': 'WebSite', name: siteName, url: absoluteUrl(`/${doc.locale}`) },
    citation: doc.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      publisher: s.organisation,
      datePublished: String(s.year),
      url: s.url ?? undefined,
    })),
  }
}
