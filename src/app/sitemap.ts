import type { MetadataRoute } from 'next'

import { causesSlug, topicsSlug, treatmentsSlug } from '@/collections/slugs'
import { listPublishedSlugs } from '@/content/documents'
import { publicPath } from '@/content/paths'
import { absoluteUrl, languageAlternates } from '@/content/seo'
import { locales, type Locale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

/** Every public page in every language it exists in, each with its alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries: MetadataRoute.Sitemap = []
  const page = (alternates: Partial<Record<Locale, string>>) => {
    for (const locale of locales) {
      const path = alternates[locale]
      if (path) entries.push({ url: absoluteUrl(path), alternates: { languages: languageAlternates(alternates) } })
    }
  }
  for (const path of ['', '/faqs', '/editorial-policy']) {
    page(Object.fromEntries(locales.map((l) => [l, `/${l}${path}`])))
  }
  for (const collection of [topicsSlug, causesSlug, treatmentsSlug] as const) {
    const bySlug = new Map<string, Partial<Record<Locale, string>>>()
    for (const locale of locales) {
      for (const slug of await listPublishedSlugs(collection, locale)) {
        const alternates = bySlug.get(slug) ?? {}
        alternates[locale] = publicPath(collection, slug, locale)
        bySlug.set(slug, alternates)
      }
    }
    for (const alternates of bySlug.values()) page(alternates)
  }
  return entries
}
