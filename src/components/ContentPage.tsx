import type { PublishedDocument } from '@/content/documents'
import { medicalWebPageJsonLd } from '@/content/seo'
import { formatDate } from '@/i18n/format'
import { getT } from '@/i18n/server'
import { localeLanguageTags, type Locale } from '@/i18n/locales'

import { JsonLd } from './JsonLd'
import { Breadcrumbs } from './Breadcrumbs'
import { ResolvedLinkItem } from './ResolvedLinkItem'
import { SiteHeader } from './SiteHeader'

const hanCharacters = /[\u3400-\u9fff]/

/**
 * Sources are cited as published, mostly in English: on a Chinese page an entry with no Chinese
 * characters is marked English, so it gets Latin type and a screen reader's English voice.
 */
function languageOfSource(
  source: PublishedDocument['sources'][number],
  locale: Locale,
): string | undefined {
  if (locale === 'en') return undefined
  const text = `${source.organisation} ${source.title} ${source.publication ?? ''}`
  return hanCharacters.test(text) ? undefined : localeLanguageTags.en
}

/** A topic, cause or treatment page: text, review record, cross-links and sources. */
export function ContentPage({ doc }: { doc: PublishedDocument }) {
  const locale: Locale = doc.locale
  const t = getT(locale)
  const review = doc.review
  const reviewed = review.reviewerName && review.lastReviewed
  return (
    <>
      <SiteHeader locale={locale} alternates={doc.alternates} />
      <main id="main">
        <Breadcrumbs locale={locale} section={t(`collections.${doc.collection}`)} current={doc.title} />
        <article>
          <h1>{doc.title}</h1>
          {reviewed ? (
            <p className="byline">
              <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
                <circle cx="10" cy="10" r="10" fill="currentColor" />
                <path
                  d="M5.5 10.5l3 3 6-6.5"
                  stroke="#fff"
                  strokeWidth="2"
                  fill="none"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                />
              </svg>
              <span>
                {t('review.byline', {
                  name: review.reviewerName,
                  date: formatDate(review.lastReviewed, locale),
                })}
              </span>
            </p>
          ) : null}
          {doc.translation.state === 'behind' ? (
            <p className="notice notice-translation" role="note" data-testid="translation-behind">
              {t('translationBehind', {
                date: formatDate(doc.translation.englishUpdatedAt, locale),
              })}
            </p>
          ) : null}
          {doc.summary ? <p className="summary">{doc.summary}</p> : null}
          <div className="body" dangerouslySetInnerHTML={{ __html: doc.bodyHtml }} />

          {doc.related.map((group) => (
            <section key={group.key} className="related" aria-labelledby={`related-${group.key}`}>
              <h2 id={`related-${group.key}`}>{t(`related.${group.key}`)}</h2>
              <ul>
                {group.links.map((link) => (
                  <ResolvedLinkItem key={`${link.collection}-${link.id}`} link={link} englishMarker={t('englishMarker')} />
                ))}
              </ul>
            </section>
          ))}

          {doc.sources.length > 0 ? (
            <section className="sources" aria-labelledby="sources-heading">
              <h2 id="sources-heading">{t('sourcesHeading')}</h2>
              <ol>
                {doc.sources.map((source) => (
                  <li key={source.slug} lang={languageOfSource(source, locale)}>
                    {source.organisation}.{' '}
                    {source.url ? (
                      <a href={source.url} rel="noopener noreferrer">
                        {source.title}
                      </a>
                    ) : (
                      source.title
                    )}
                    {source.publication ? `. ${source.publication}` : ''} ({source.year})
                    {source.doi ? <> · DOI {source.doi}</> : null}
                    {source.pmid ? <> · PMID {source.pmid}</> : null}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}

          <footer className="review" data-testid="review-record">
            {reviewed ? (
              <p>
                {review.reviewerCredentials
                  ? t('review.reviewedBy', {
                      name: review.reviewerName,
                      credentials: review.reviewerCredentials,
                      date: formatDate(review.lastReviewed, locale),
                    })
                  : t('review.reviewedByNoCredentials', {
                      name: review.reviewerName,
                      date: formatDate(review.lastReviewed, locale),
                    })}
                {locale === 'zh' ? '' : ' '}
                {review.nextReviewDue
                  ? t('review.nextReview', { date: formatDate(review.nextReviewDue, locale) })
                  : null}
              </p>
            ) : null}
            {review.overdue ? <p className="notice">{t('review.overdue')}</p> : null}
          </footer>
        </article>
        <JsonLd data={medicalWebPageJsonLd(doc, { siteName: t('siteName') })} />
      </main>
    </>
  )
}
