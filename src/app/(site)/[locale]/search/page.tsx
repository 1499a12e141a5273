import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { pageMetadata } from '@/components/pageMetadata'
import { SiteHeader } from '@/components/SiteHeader'
import { maxQueryLength, searchPublished } from '@/content/search'
import { getT } from '@/i18n/server'
import { isLocale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

type Params = Promise<{ locale: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return {
    ...pageMetadata({
      locale,
      title: getT(locale)('search.title'),
      alternates: { en: '/en/search', zh: '/zh/search' },
    }),
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Params
  searchParams: SearchParams
}) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getT(locale)
  const raw = (await searchParams).q
  const full = (Array.isArray(raw) ? raw[0] : raw) ?? ''
  const query = full.trim().slice(0, maxQueryLength)
  const hits = query ? await searchPublished(query, locale) : []
  return (
    <>
      <SiteHeader locale={locale} alternates={{ en: '/en/search', zh: '/zh/search' }} />
      <main id="main">
        <h1>{t('search.title')}</h1>
        <form role="search" action={`/${locale}/search`} method="get" className="search-form">
          <label htmlFor="search-q">{t('search.label')}</label>
          <div className="search-row">
            <input
              id="search-q"
              name="q"
              type="search"
              defaultValue={query}
              maxLength={maxQueryLength}
              placeholder={t('search.placeholder')}
            />
            <button type="submit">{t('search.button')}</button>
          </div>
        </form>
        {full.trim().length > maxQueryLength ? (
          <p className="notice">{t('search.tooLong')}</p>
        ) : null}
        {query ? (
          <section aria-live="polite" aria-labelledby="search-results-heading">
            <h2 id="search-results-heading">
              {hits.length > 0
                ? t('search.results', { count: hits.length, query })
                : t('search.none', { query })}
            </h2>
            <ol className="search-results">
              {hits.map((hit) => (
                <li key={`${hit.collection}-${hit.slug}`}>
                  <h3>
                    <a href={hit.href}>{hit.title}</a>
                  </h3>
                  <p className="snippet">
                    {hit.snippet.map((part, i) =>
                      part.match ? (
                        <mark key={i}>{part.text}</mark>
                      ) : (
                        <span key={i}>{part.text}</span>
                      ),
                    )}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </main>
    </>
  )
}
