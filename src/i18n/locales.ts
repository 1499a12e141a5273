/**
 * The one list of locales. Payload's localization, the admin languages, the proxy's
 * negotiation, i18next and the static params of every page read it from here.
 */
export const locales = ['en', 'zh'] as const

export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'en'

/** Each locale's name in its own language, for the language switch. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  zh: '中文',
}

/** BCP 47 tags for `<html lang>` and hreflang. */
export const localeLanguageTags: Record<Locale, string> = {
  en: 'en',
  zh: 'zh-Hans',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
