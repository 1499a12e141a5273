import type { Metadata } from 'next'

import { absoluteUrl, languageAlternates, openGraphLocale, siteOrigin } from '@/content/seo'
import { getT } from '@/i18n/server'
import { locales, type Locale } from '@/i18n/locales'

/** The metadata every public page carries: canonical, hreflang alternates, Open Graph. */
export function pageMetadata(args: {
  locale: Locale
  title?: string
  description?: string | null
  alternates: Partial<Record<Locale, string>>
  type?: 'website' | 'article'
}): Metadata {
  const t = getT(args.locale)
  const path = args.alternates[args.locale] ?? `/${args.locale}`
  return {
    metadataBase: new URL(siteOrigin()),
    title: args.title,
    description: args.description ?? t('tagline'),
    alternates: { canonical: absoluteUrl(path), languages: languageAlternates(args.alternates) },
    openGraph: {
      type: args.type ?? 'website',
      siteName: t('siteName'),
      title: args.title ?? t('siteName'),
      description: args.description ?? t('tagline'),
      url: absoluteUrl(path),
      locale: openGraphLocale[args.locale],
      alternateLocale: locales.filter((l) => l !== args.locale && args.alternates[l]).map((l) => openGraphLocale[l]),
    },
  }
}
