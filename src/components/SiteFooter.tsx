import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'

/** The footer of every public page: the medical disclaimer and how the content is reviewed. */
export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getT(locale)
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p className="disclaimer">{t('disclaimer')}</p>
        <p>
          <a href={`/${locale}/editorial-policy`}>{t('nav.policy')}</a>
        </p>
      </div>
    </footer>
  )
}
