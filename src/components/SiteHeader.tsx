import { getT } from '@/i18n/server'
import { localeLanguageTags, localeNames, locales, type Locale } from '@/i18n/locales'

/**
 * The header with the language switch. `alternates` maps each language to this page's
 * counterpart; a language without one sends the reader to its home page, with a notice.
 */
export function SiteHeader({
  locale,
  alternates,
}: {
  locale: Locale
  alternates: Partial<Record<Locale, string>>
}) {
  const t = getT(locale)
  return (
    <header className="site-header">
      <a className="site-name" href={`/${locale}`}>
        {t('siteName')}
      </a>
      <nav aria-label={t('nav.main')} className="main-nav">
        <ul>
          <li>
            <a href={`/${locale}`}>{t('nav.topics')}</a>
          </li>
          <li>
            <a href={`/${locale}/faqs`}>{t('nav.faqs')}</a>
          </li>
          <li>
            <a href={`/${locale}/search`}>{t('nav.search')}</a>
          </li>
        </ul>
      </nav>
      <nav aria-label={t('languageSwitch')}>
        <ul className="language-switch">
          {locales.map((other) => {
            const href = alternates[other] ?? `/${other}#language-unavailable`
            return (
              <li key={other}>
                <a
                  href={href}
                  hrefLang={localeLanguageTags[other]}
                  lang={localeLanguageTags[other]}
                  aria-current={other === locale ? 'page' : undefined}
                  data-switch-locale={other}
                >
                  {localeNames[other]}
                </a>
              </li>
            )
          })}
        </ul>
      </nav>
    </header>
  )
}
