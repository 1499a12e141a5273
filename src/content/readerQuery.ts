import type { Locale } from '@/i18n/locales'

/**
 * The options every public read passes to the Local API: access control on, as an anonymous
 * reader, in one locale, with no fallback to another language. Whatever the collection's read
 * access hides from anonymous readers is hidden from every public door that reads through here.
 */
export function readerQuery(locale: Locale) {
  return {
    locale,
    fallbackLocale: false as const,
    overrideAccess: false,
    user: null,
    draft: false,
  }
}
