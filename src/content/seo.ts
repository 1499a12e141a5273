/**
 * Absolute URLs, language alternates and structured data for public pages: one place, so the
 * page metadata, the sitemap and the partner API agree.
 */
import { defaultLocale, localeLanguageTags, locales, type Locale } from '@/i18n/locales'

import type { PublishedDocument } from './documents'
import { publicPath } from './paths'

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

/**
 * The schema.org MedicalWebPage of a public document: the one builder, inlined in the page and
 * served as `jsonLd` by the partner API (with the base URL partners see). A source's organisation
 * is its publisher; a reviewer's credentials are their jobTitle; a translation names the English
 * page it translates.
 */
export function medicalWebPageJsonLd(doc: PublishedDocument, options: { siteName: string; base?: string; license?: string }) {
  const base = options.base ?? siteOrigin()
  const url = `${base}${publicPath(doc.collection, doc.slug, doc.locale)}`
  const { review } = doc
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: doc.title,
    headline: doc.title,
    ...(doc.summary ? { description: doc.summary } : {}),
    inLanguage: localeLanguageTags[doc.locale],
    dateModified: new Date(doc.updatedAt).toISOString(),
    ...(review.lastReviewed ? { lastReviewed: review.lastReviewed.slice(0, 10) } : {}),
    ...(review.reviewerName
      ? { reviewedBy: { '@type': 'Person', name: review.reviewerName, ...(review.reviewerCredentials ? { jobTitle: review.reviewerCredentials } : {}) } }
      : {}),
    about: { '@type': 'MedicalCondition', name: doc.locale === 'zh' ? '复发性流产' : 'Recurrent miscarriage' },
    isPartOf: { '@type': 'WebSite', name: options.siteName, url: `${base}/${doc.locale}` },
    publisher: { '@type': 'Organization', name: options.siteName, url: base },
    ...(options.license ? { license: options.license } : {}),
    ...(doc.sources.length
      ? {
          citation: doc.sources.map((s) => ({
            '@type': 'CreativeWork',
            name: s.title,
            publisher: { '@type': 'Organization', name: s.organisation },
            datePublished: String(s.year),
            ...(s.url ? { url: s.url } : {}),
          })),
        }
      : {}),
    ...(doc.translation.state !== 'source' ? { translationOfWork: { '@id': `${base}${publicPath(doc.collection, doc.slug, defaultLocale)}` } } : {}),
  }
}
