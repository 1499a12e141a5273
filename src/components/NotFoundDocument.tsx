import { getT } from '@/i18n/server'
import { localeLanguageTags, type Locale } from '@/i18n/locales'

import { NotFoundContent } from './NotFoundContent'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'
import { siteIconUrl } from './siteIcon'

/**
 * A whole 404 document (its own <html>): the site header and footer around the not-found
 * message, in the language of the path, or in English and Chinese when the path names none.
 * `inlineCss` is for the server's fallback, which renders it outside Next's CSS pipeline.
 */
export function NotFoundDocument({
  locale,
  inlineCss,
}: {
  locale: Locale | null
  inlineCss?: string
}) {
  const shell: Locale = locale ?? 'en'
  const t = getT(shell)
  return (
    <html lang={localeLanguageTags[shell]}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${t('notFound.title')} · ${t('siteName')}`}</title>
        <link rel="icon" href={siteIconUrl} type="image/svg+xml" />
        {inlineCss ? <style dangerouslySetInnerHTML={{ __html: inlineCss }} /> : null}
      </head>
      <body className={`locale-${shell}`}>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <SiteHeader locale={shell} alternates={{ en: '/en', zh: '/zh' }} />
        <NotFoundContent locale={locale} />
        <SiteFooter locale={shell} />
      </body>
    </html>
  )
}
