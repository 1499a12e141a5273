import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { siteIconUrl } from '@/components/siteIcon'
import { getT } from '@/i18n/server'
import { isLocale, localeLanguageTags, locales } from '@/i18n/locales'
import { rememberLocaleScript } from '@/i18n/preference'

import './site.css'

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export const dynamicParams = false

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return {
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('tagline'),
    icons: { icon: [{ url: siteIconUrl, type: 'image/svg+xml' }] },
  }
}

export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getT(locale)
  return (
    <html lang={localeLanguageTags[locale]}>
      <body className={`locale-${locale}`}>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {children}
        <SiteFooter locale={locale} />
        <script dangerouslySetInnerHTML={{ __html: rememberLocaleScript }} />
      </body>
    </html>
  )
}
