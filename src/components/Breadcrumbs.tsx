import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'

/** Home › (optional section) › this page. */
export function Breadcrumbs({ locale, section, current }: { locale: Locale; section?: string; current: string }) {
  const t = getT(locale)
  return (
    <nav aria-label={t('breadcrumbLabel')} className="breadcrumbs">
      <ol>
        <li>
          <a href={`/${locale}`}>{t('breadcrumbHome')}</a>
        </li>
        {section ? (
          <li>
            <span>{section}</span>
          </li>
        ) : null}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  )
}
