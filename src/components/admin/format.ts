import type { Locale } from '@/i18n/locales'

/** The admin's language as an Intl locale (the admin UI is English or Chinese). */
export function intlLocaleOf(language: string | undefined): string {
  return language === 'zh' ? 'zh-CN' : 'en-GB'
}

function formatWith(
  value: string | null | undefined,
  language: string | undefined,
  options: Intl.DateTimeFormatOptions,
): string | null {
  if (!value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat(intlLocaleOf(language), options).format(date)
}

/**
 * A calendar date (review dates are whole days, stored at midnight UTC): shown in UTC so that
 * no time zone moves it to the day before.
 */
export const formatDay = (value: string | null | undefined, language: string | undefined) =>
  formatWith(value, language, { dateStyle: 'medium', timeZone: 'UTC' })

/** A moment (an audit event), in the viewer's time zone. */
export const formatMoment = (value: string | null | undefined, language: string | undefined) =>
  formatWith(value, language, { dateStyle: 'medium', timeStyle: 'short' })

/** The translation key naming a content language in the admin's language. */
export const languageKey: Record<Locale, 'mediglot:languageEn' | 'mediglot:languageZh'> = {
  en: 'mediglot:languageEn',
  zh: 'mediglot:languageZh',
}

export function adminCollectionURL(
  adminRoute: string,
  collection: string,
  id: number | string,
  suffix = '',
): string {
  return `${adminRoute.replace(/\/$/, '')}/collections/${collection}/${encodeURIComponent(String(id))}${suffix}`
}
