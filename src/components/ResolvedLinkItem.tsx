import type { ResolvedLink } from '@/content/links'
import { localeLanguageTags } from '@/i18n/locales'

/** One cross-link as a list item; a link that falls back to English says so. */
export function ResolvedLinkItem({ link, englishMarker }: { link: ResolvedLink; englishMarker: string }) {
  return (
    <li>
      <a href={link.href} hrefLang={link.fallbackToEnglish ? 'en' : undefined}>
        <span lang={link.fallbackToEnglish ? localeLanguageTags.en : undefined}>{link.title}</span>
      </a>
      {link.fallbackToEnglish ? <span className="link-language"> {englishMarker}</span> : null}
    </li>
  )
}
