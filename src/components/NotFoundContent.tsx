import en from '@/i18n/locales/en/common.json'
import zh from '@/i18n/locales/zh/common.json'
import { localeLanguageTags, type Locale } from '@/i18n/locales'

const catalogues = { en, zh }

function Message({ locale, heading: Heading }: { locale: Locale; heading: 'h1' | 'h2' }) {
  const t = catalogues[locale]
  return (
    <>
      <Heading>{t.notFound.title}</Heading>
      <p>{t.notFound.body}</p>
      <ul className="not-found-links">
        <li>
          <a href={`/${locale}`}>{t.notFound.backHome}</a>
        </li>
        <li>
          <a href={`/${locale}/search`}>{t.notFound.search}</a>
        </li>
      </ul>
    </>
  )
}

/**
 * The body of a 404 page in the reader's language; with no language in the path (e.g. /fr), in
 * English and in Chinese. Plain markup from the bundled catalogues, no hooks, so the server can
 * render it inside Next (not-found.tsx) and outside it (the server's 404 fallback) alike.
 */
export function NotFoundContent({ locale }: { locale: Locale | null }) {
  if (locale) {
    return (
      <main id="main" className="not-found">
        <Message locale={locale} heading="h1" />
      </main>
    )
  }
  return (
    <main id="main" className="not-found">
      <Message locale="en" heading="h1" />
      <section lang={localeLanguageTags.zh} className="locale-zh not-found-other">
        <Message locale="zh" heading="h2" />
      </section>
    </main>
  )
}
