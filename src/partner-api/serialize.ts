/**
 * The public shapes of the partner API, made from the published read model. Nothing here reads
 * the database; nothing internal (database ids, review workflow state, editors) is copied out.
 */
import type { ContentCollectionSlug } from '@/collections/slugs'
import type { ListableCollection } from '@/content/publicReads'
import type { PublishedDocument, PublicSource } from '@/content/documents'
import { publicPath } from '@/content/paths'
import { medicalWebPageJsonLd } from '@/content/seo'
import { type Locale } from '@/i18n/locales'
import { escapeHtml } from '@/lib/escapeHtml'

import { apiVersionPrefix } from './constants'
import { stableId, typeOf } from './ids'

export { stableId, typeOf }

export const licence = {
  name: 'CC BY-NC-ND 4.0',
  url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
}

export function apiUrl(base: string, collection: ListableCollection, slug: string, locale: Locale): string {
  return `${base}${apiVersionPrefix}/${collection}/${encodeURIComponent(slug)}?locale=${locale}`
}

export function siteUrl(base: string, collection: ContentCollectionSlug, slug: string, locale: Locale): string {
  return `${base}${publicPath(collection, slug, locale)}`
}

const attributionText: Record<Locale, (title: string, url: string) => string> = {
  en: (title, url) => `"${title}" by Mediglot, medically reviewed. Licensed under ${licence.name}. Read the original: ${url}`,
  zh: (title, url) => `《${title}》，来源：Mediglot，经医学审核。采用 ${licence.name} 许可。原文：${url}`,
}

export interface ApiDocument {
  id: string
  type: string
  slug: string
  locale: Locale
  availableLocales: Locale[]
  alternates: Array<{ locale: Locale; siteUrl: string; apiUrl: string }>
  title: string
  summary: string | null
  body: { html: string; text: string }
  related: Array<{
    relation: string
    id: string
    type: string
    slug: string
    title: string
    locale: Locale
    fallbackToEnglish: boolean
    siteUrl: string
    apiUrl: string
  }>
  review: {
    lastReviewed: string | null
    nextReviewDue: string | null
    overdue: boolean
    reviewerName: string | null
    reviewerCredentials: string | null
  }
  translation: { state: 'source' | 'current' | 'behind'; englishUpdatedAt: string | null }
  sources: ApiSource[]
  licence: { name: string; url: string; attribution: string; attributionHtml: string; canonicalUrl: string }
  updatedAt: string
  jsonLd: Record<string, unknown>
}

export interface ApiSource {
  id: string
  type: 'source'
  slug: string
  title: string
  organisation: string
  year: number
  publication: string | null
  url: string | null
  doi: string | null
  pmid: string | null
}

export function serializeSource(source: PublicSource): ApiSource {
  return { id: stableId('sources', source.slug), type: 'source', ...source }
}

export function serializeDocument(doc: PublishedDocument, base: string): ApiDocument {
  const availableLocales = (Object.keys(doc.alternates) as Locale[]).sort()
  const canonicalUrl = siteUrl(base, doc.collection, doc.slug, doc.locale)
  // Internal links in the body are site paths; partners get absolute URLs to our pages.
  const html = doc.bodyHtml.replace(/href="\//g, `href="${base}/`)
  const sources = doc.sources.map(serializeSource)
  return {
    id: stableId(doc.collection, doc.slug),
    type: typeOf[doc.collection],
    slug: doc.slug,
    locale: doc.locale,
    availableLocales,
    alternates: availableLocales.map((locale) => ({
      locale,
      siteUrl: siteUrl(base, doc.collection, doc.slug, locale),
      apiUrl: apiUrl(base, doc.collection, doc.slug, locale),
    })),
    title: doc.title,
    summary: doc.summary,
    body: { html, text: doc.bodyText },
    related: doc.related.flatMap((group) =>
      group.links.map((link) => ({
        relation: group.key,
        id: stableId(link.collection, link.slug),
        type: typeOf[link.collection],
        slug: link.slug,
        title: link.title,
        locale: link.locale,
        fallbackToEnglish: link.fallbackToEnglish,
        siteUrl: `${base}${link.href}`,
        apiUrl: apiUrl(base, link.collection, link.slug, link.locale),
      })),
    ),
    review: { ...doc.review },
    translation: { ...doc.translation },
    sources,
    licence: {
      ...licence,
      attribution: attributionText[doc.locale](doc.title, canonicalUrl),
      attributionHtml: `<a href="${escapeHtml(canonicalUrl)}">${escapeHtml(doc.title)}</a> · Mediglot · <a href="${licence.url}">${licence.name}</a>`,
      canonicalUrl,
    },
    updatedAt: new Date(doc.updatedAt).toISOString(),
    jsonLd: medicalWebPageJsonLd(doc, { siteName: 'Mediglot', base, license: licence.url }),
  }
}

export interface ApiListItem {
  id: string
  type: string
  slug: string
  locale: Locale
  title: string
  summary: string | null
  updatedAt: string
  siteUrl: string | null
  apiUrl: string
}

export function serializeListItem(collection: ListableCollection, doc: Record<string, unknown>, locale: Locale, base: string): ApiListItem {
  const slug = String(doc.slug)
  return {
    id: stableId(collection, slug),
    type: typeOf[collection],
    slug,
    locale,
    title: String(doc.title ?? doc.question),
    summary: collection === 'sources' ? null : ((doc.summary as string | null | undefined) ?? null),
    updatedAt: new Date(String(doc.updatedAt)).toISOString(),
    siteUrl: collection === 'sources' ? null : siteUrl(base, collection, slug, locale),
    apiUrl: apiUrl(base, collection, slug, locale),
  }
}

export function sourceFromRaw(doc: Record<string, unknown>): ApiSource & { updatedAt: string } {
  return {
    ...serializeSource({
      slug: String(doc.slug),
      title: String(doc.title),
      organisation: String(doc.organisation),
      year: Number(doc.year),
      publication: (doc.publication as string | null | undefined) ?? null,
      url: (doc.url as string | null | undefined) ?? null,
      doi: (doc.doi as string | null | undefined) ?? null,
      pmid: (doc.pmid as string | null | undefined) ?? null,
    }),
    updatedAt: new Date(String(doc.updatedAt)).toISOString(),
  }
}
