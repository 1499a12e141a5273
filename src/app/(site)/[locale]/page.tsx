import { notFound } from 'next/navigation'

import type { Metadata } from 'next'

import { pageMetadata } from '@/components/pageMetadata'
import { SiteHeader } from '@/components/SiteHeader'
import { publicPath } from '@/content/paths'
import { maxQueryLength } from '@/content/search'
import { listPublishedTopics } from '@/content/topics'
import { getT } from '@/i18n/server'
import { isLocale } from '@/i18n/locales'

// Rendered per request until the site issue brings static generation with on-publish revalidation.
export const dynamic = 'force-dynamic'

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({
    locale,
    title: getT(locale)('home.title'),
    alternates: { en: '/en', zh: '/zh' },
  })
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getT(locale)
  const topics = await listPublishedTopics(locale)
  return (
    <>
      <SiteHeader locale={locale} alternates={{ en: '/en', zh: '/zh' }} />
      <main id="main" className="home">
        <p id="language-unavailable" className="notice notice-unavailable" role="status">
          {t('languageUnavailable')}
        </p>
        <section className="intro">
          <h1>{t('home.title')}</h1>
          <p>{t('home.intro')}</p>
          <form role="search" action={`/${locale}/search`} method="get" className="search-form">
            <label htmlFor="home-search-q">{t('search.label')}</label>
            <div className="search-row">
              <input
                id="home-search-q"
                name="q"
                type="search"
                maxLength={maxQueryLength}
                placeholder={t('search.placeholder')}
              />
              <button type="submit">{t('search.button')}</button>
            </div>
          </form>
        </section>
        <section aria-labelledby="topics-heading" className="topics">
          <h2 id="topics-heading">{t('home.topicsHeading')}</h2>
          {topics.length === 0 ? (
            <p>{t('home.noTopics')}</p>
          ) : (
            <ul className="cards">
              {topics.map((topic) => (
                <li key={topic.slug} className="card" id={topic.slug}>
                  <h3>
                    <a href={publicPath('topics', topic.slug, locale)}>{topic.title}</a>
                  </h3>
                  {topic.summary ? <p>{topic.summary}</p> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
    </>
  )
}
