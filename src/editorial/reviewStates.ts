export const reviewStates = ['draft', 'inReview', 'changesRequested', 'approved'] as const
export type ReviewState = (typeof reviewStates)[number]

export const reviewStateLabels: Record<ReviewState, { en: string; zh: string }> = {
  draft: { en: 'Draft', zh: '草稿' },
  inReview: { en: 'In review', zh: '审核中' },
  changesRequested: { en: 'Changes requested', zh: '需修改' },
  approved: { en: 'Approved', zh: '已批准' },
}

/** How long an approval holds before the next clinical review is due. */
export const reviewIntervalDays = 365

export function addDays(date: Date, days: number): Date {
  const next = new Date(date)
  next.setUTCDate(next.getUTCDate() + days)
  return next
}

/** The review record of one language, as stored in the localized `review` group. */
export interface LocaleReview {
  state?: ReviewState | null
  approvedFingerprint?: string | null
  changedBy?: number | string | { id: number | string } | null
  changedAt?: string | null
  submittedBy?: number | string | { id: number | string } | null
  submittedAt?: string | null
  approvedBy?: number | string | { id: number | string } | null
  approvedAt?: string | null
  reviewerName?: string | null
  reviewerCredentials?: string | null
  lastReviewed?: string | null
  nextReviewDue?: string | null
  approvedAgainst?: string | null
  approvedAgainstVersion?: string | null
}

export function idOf(value: LocaleReview['changedBy']): string | null {
  if (value == null) return null
  return typeof value === 'object' ? String(value.id) : String(value)
}
