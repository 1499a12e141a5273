import { defaultLocale, type Locale } from '@/i18n/locales'

export interface TranslationStatus {
  /** 'source' for English itself; 'current' or 'behind' for a translation. */
  state: 'source' | 'current' | 'behind'
  /** When the English text last changed (published), if this translation is behind it. */
  englishUpdatedAt: string | null
}

/**
 * A translation is behind when the English published since it was approved differs from the
 * English it was approved against (both recorded as fingerprints by the review workflow).
 */
export function translationStatus(
  doc: { review?: { approvedAgainst?: string | null } | null; englishSource?: { fingerprint?: string | null; updatedAt?: string | null } | null },
  locale: Locale,
): TranslationStatus {
  if (locale === defaultLocale) return { state: 'source', englishUpdatedAt: null }
  const approvedAgainst = doc.review?.approvedAgainst ?? null
  const english = doc.englishSource?.fingerprint ?? null
  if (english && approvedAgainst !== english) {
    return { state: 'behind', englishUpdatedAt: doc.englishSource?.updatedAt ?? null }
  }
  return { state: 'current', englishUpdatedAt: null }
}
