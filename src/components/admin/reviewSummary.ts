/**
 * What the admin UI shows of a document's review, per language, derived from the document as
 * read with `locale=all` (the latest draft and the published version). Pure: the review panel
 * (client), the list cell and the dashboard (server) share it.
 */
import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { canApprove, canForce, canPublish, canSubmit } from '@/editorial/permissions'
import { idOf, type LocaleReview, type ReviewState } from '@/editorial/reviewStates'

/** Whether readers of a language see it: not at all, as approved, or with newer draft changes. */
export type PublishStatus = 'draft' | 'published' | 'changed'

/** A document read with `locale=all`: localized values keyed by locale. */
export type DocWithLocales = Record<string, unknown> & { id?: number | string }

export interface LocaleSummary {
  locale: Locale
  state: ReviewState
  status: PublishStatus
  review: LocaleReview
  /** Only for translations: the English published since this translation was approved. */
  behind: TranslationLag | null
}

export interface TranslationLag {
  /** True when this language was never approved against any published English. */
  neverApproved: boolean
  /** When the English readers see last changed. */
  englishUpdatedAt: string | null
}

export function reviewOfLocale(
  doc: DocWithLocales | null | undefined,
  locale: Locale,
): LocaleReview {
  const review = doc?.review as Record<string, LocaleReview | null | undefined> | undefined
  return review?.[locale] ?? {}
}

function statusOfLocale(
  doc: DocWithLocales | null | undefined,
  locale: Locale,
): string | undefined {
  const status = doc?._status
  if (status && typeof status === 'object') return (status as Record<string, string>)[locale]
  return typeof status === 'string' ? status : undefined
}

/**
 * `latest` is the newest draft (`draft=true`), `published` what readers get (`draft=false`).
 * A language whose newest version is a draft but which has a published version is "changed".
 */
export function publishStatusOf(
  latest: DocWithLocales | null | undefined,
  published: DocWithLocales | null | undefined,
  locale: Locale,
): PublishStatus {
  const live = statusOfLocale(published, locale) === 'published'
  if (!live) return 'draft'
  return statusOfLocale(latest, locale) === 'draft' ? 'changed' : 'published'
}

/**
 * A translation is behind when the English readers see has changed since it was approved
 * (its `approvedAgainst` is not the English source fingerprint), or when English has been
 * published but the translation was never approved against it.
 */
export function translationLagOf(
  doc: DocWithLocales | null | undefined,
  locale: Locale,
): TranslationLag | null {
  if (locale === defaultLocale || !doc) return null
  const source = doc.englishSource as
    { fingerprint?: string | null; updatedAt?: string | null } | null | undefined
  if (!source?.fingerprint) return null
  const approvedAgainst = reviewOfLocale(doc, locale).approvedAgainst ?? null
  if (approvedAgainst === source.fingerprint) return null
  return { neverApproved: !approvedAgainst, englishUpdatedAt: source.updatedAt ?? null }
}

export function summarizeLocales(
  latest: DocWithLocales | null | undefined,
  published: DocWithLocales | null | undefined,
): LocaleSummary[] {
  return locales.map((locale) => {
    const review = reviewOfLocale(latest, locale)
    return {
      locale,
      state: review.state ?? 'draft',
      status: publishStatusOf(latest, published, locale),
      review,
      behind: translationLagOf(latest, locale),
    }
  })
}

export type PanelAction = 'submit' | 'approve' | 'requestChanges' | 'publish' | 'unpublish'

export interface OfferedAction {
  action: PanelAction
  /** Shown but not clickable, and why. */
  disabledReason?: 'saveFirst' | 'approveOwnChange'
}

type UserLike = Parameters<typeof canPublish>[0]

/**
 * The workflow buttons one person gets for one language: what their role allows
 * (src/editorial/permissions) and what the language's state makes possible. The endpoint
 * checks the same rules again; this only keeps useless buttons off the screen.
 */
export function offeredActions(
  user: UserLike,
  summary: Pick<LocaleSummary, 'locale' | 'state' | 'status' | 'review'>,
  options: { formModified?: boolean; /** False when this language has no title yet: nothing to submit. */ hasText?: boolean } = {},
): OfferedAction[] {
  if (!user) return []
  const offered: OfferedAction[] = []
  const { locale, state, status, review } = summary
  if (canSubmit(user, locale) && options.hasText !== false && (state === 'draft' || state === 'changesRequested')) {
    offered.push({ action: 'submit' })
  }
  if (canApprove(user) && state === 'inReview') {
    const ownChange = idOf(review.changedBy) === String((user as { id?: unknown }).id)
    offered.push({
      action: 'approve',
      ...(ownChange ? { disabledReason: 'approveOwnChange' as const } : {}),
    })
    offered.push({ action: 'requestChanges' })
  }
  if (canPublish(user)) {
    // Reviewers publish what is approved; admins may force a publish, with a reason.
    if (status !== 'published' && (state === 'approved' || canForce(user)))
      offered.push({ action: 'publish' })
    if (status !== 'draft') offered.push({ action: 'unpublish' })
  }
  // Every action applies to the saved document: unsaved edits would be silently left out.
  return options.formModified
    ? offered.map((o) => ({ ...o, disabledReason: 'saveFirst' as const }))
    : offered
}

/** The document's heading (title, or an FAQ's question) in one language, if it has one. */
export function headingOf(doc: DocWithLocales | null | undefined, locale: Locale): string | null {
  const value = (doc?.title ?? doc?.question) as Record<string, unknown> | string | null | undefined
  const text = value && typeof value === 'object' ? value[locale] : locale === defaultLocale ? value : null
  return typeof text === 'string' && text.trim() ? text.trim() : null
}
