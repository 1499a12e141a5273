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
      <div className="site-header-inner">
        <a className="site-name" href={`/${locale}`}>
          <svg
            className="site-mark"
            viewBox="0 0 24 24"
            width="28"
            height="28"
            aria-hidden="true"
            focusable="false"
          >
            <rect width="24" height="24" rx="6" fill="currentColor" />
            <path d="M10 5.5h4v4.5h4.5v4H14v4.5h-4V14H5.5v-4H10z" fill="#fff" />
          </svg>
          <span>{t('siteName')}</span>
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
        <nav aria-label={t('languageSwitch')} className="language-nav">
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
      </div>
    </header>
  )
}
