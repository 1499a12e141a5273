import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { pageMetadata } from '@/components/pageMetadata'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { SiteHeader } from '@/components/SiteHeader'
import { getT } from '@/i18n/server'
import { isLocale } from '@/i18n/locales'

type Params = Promise<{ locale: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({ locale, title: t('policy.title'), description: t('policy.p2'), alternates: { en: '/en/editorial-policy', zh: '/zh/editorial-policy' } })
}

export default async function EditorialPolicyPage({ params }: { params: Params }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getT(locale)
  return (
    <>
      <SiteHeader locale={locale} alternates={{ en: '/en/editorial-policy', zh: '/zh/editorial-policy' }} />
      <main id="main">
        <Breadcrumbs locale={locale} current={t('policy.title')} />
        <article>
          <h1>{t('policy.title')}</h1>
          {(['p1', 'p2', 'p3', 'p4', 'p5', 'p6'] as const).map((key) => (
            <p key={key}>{t(`policy.${key}`)}</p>
          ))}
        </article>
      </main>
    </>
  )
}
