import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/JsonLd'
import { pageMetadata } from '@/components/pageMetadata'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { ResolvedLinkItem } from '@/components/ResolvedLinkItem'
import { SiteHeader } from '@/components/SiteHeader'
import { listPublishedFaqs } from '@/content/faqs'
import { absoluteUrl } from '@/content/seo'
import { formatDate } from '@/i18n/format'
import { getT } from '@/i18n/server'
import { isLocale, localeLanguageTags } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

type Params = Promise<{ locale: string }>

/** The latest of some ISO dates (they sort as text), or null. */
function latest(dates: Array<string | null>): string | null {
  return (
    dates
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1) ?? null
  )
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({
    locale,
    title: t('faqPage.title'),
    description: t('faqPage.intro'),
    alternates: { en: '/en/faqs', zh: '/zh/faqs' },
  })
}

export default async function FaqPage({ params }: { params: Params }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getT(locale)
  const groups = await listPublishedFaqs(locale, { englishMarker: t('englishMarker') })
  const faqs = groups.flatMap((group) => group.faqs)
  const reviewers = [
    ...new Set(
      faqs.map((faq) => faq.review.reviewerName).filter((name): name is string => Boolean(name)),
    ),
  ]
  const lastReviewed = latest(faqs.map((faq) => faq.review.lastReviewed))
  const lastModified = latest(faqs.map((faq) => faq.updatedAt))
  return (
    <>
      <SiteHeader locale={locale} alternates={{ en: '/en/faqs', zh: '/zh/faqs' }} />
      <main id="main">
        <Breadcrumbs locale={locale} current={t('faqPage.title')} />
        <h1>{t('faqPage.title')}</h1>
        <p className="summary">{t('faqPage.intro')}</p>
        <nav aria-labelledby="faq-contents" className="toc">
          <h2 id="faq-contents">{t('onThisPage')}</h2>
          <ul>
            {groups.map((group) => (
              <li key={group.subject}>
                <a href={`#subject-${group.subject}`}>{t(`faqSubjects.${group.subject}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
        {groups.map((group) => (
          <section
            key={group.subject}
            id={`subject-${group.subject}`}
            aria-labelledby={`subject-${group.subject}-heading`}
          >
            <h2 id={`subject-${group.subject}-heading`}>{t(`faqSubjects.${group.subject}`)}</h2>
            {group.faqs.map((faq) => (
              <article key={faq.slug} id={faq.slug} className="faq">
                <h3>
                  <a href={`#${faq.slug}`} className="anchor">
                    {faq.title}
                  </a>
                </h3>
                <div className="body" dangerouslySetInnerHTML={{ __html: faq.bodyHtml }} />
                {faq.related.length > 0 ? (
                  <ul className="faq-links">
                    {faq.related
                      .flatMap((g) => g.links)
                      .map((link) => (
                        <ResolvedLinkItem key={`${link.collection}-${link.id}`} link={link} englishMarker={t('englishMarker')} />
                      ))}
                  </ul>
                ) : null}
              </article>
            ))}
          </section>
        ))}
        {reviewers.length > 0 && lastReviewed ? (
          <footer className="review" data-testid="review-record">
            <p>
              {t('faqPage.reviewed', {
                names: reviewers.join(t('listSeparator')),
                date: formatDate(lastReviewed, locale),
              })}
            </p>
          </footer>
        ) : null}
        <JsonLd
          data={{
            '@context': 'https://schema.org',
            '@type': 'FAQPage',
            name: t('faqPage.title'),
            url: absoluteUrl(`/${locale}/faqs`),
            inLanguage: localeLanguageTags[locale],
            lastReviewed: lastReviewed ?? undefined,
            dateModified: lastModified ?? undefined,
            reviewedBy: reviewers.map((name) => ({ '@type': 'Person', name })),
            mainEntity: faqs.map((faq) => ({
              '@type': 'Question',
              name: faq.title,
              acceptedAnswer: { '@type': 'Answer', text: faq.bodyText },
            })),
          }}
        />
      </main>
    </>
  )
}
