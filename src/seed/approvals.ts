/**
 * The demo reviewer's sign-off, kept honest: every seed text (one document in one language, with
 * the links and sources it shows) is approved on the date recorded for exactly that text in
 * `data/approvals.ts`. A text that changes has no record until it is approved again (by running
 * `npm run seed:approve`, which records today's date), so a changed text can never be published
 * under an old approval date, and an unchanged one keeps its date from run to run.
 */
import crypto from 'node:crypto'

import type { Locale } from '@/i18n/locales'

import type { SeedCause, SeedContent, SeedFaq, SeedTopic, SeedTreatment } from './data/types'

export type ReviewedSeedCollection = 'topics' | 'causes' | 'treatments' | 'faqs'

/** How long a demo approval stays current before the text is due for review again. */
export const reviewIntervalYears = 1

type Reviewed = SeedTopic | SeedCause | SeedTreatment | SeedFaq

function reviewedText(item: Reviewed, locale: Locale): Record<string, unknown> {
  const { slug: _slug, ...rest } = item as unknown as Record<string, unknown>
  const picked: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(rest).sort(([a], [b]) => a.localeCompare(b))) {
    const isLocalized =
      value !== null && typeof value === 'object' && !Array.isArray(value) && locale in value
    picked[field] = isLocalized ? (value as Record<string, unknown>)[locale] : value
  }
  return picked
}

/** The ledger key of one document's text in one language: `causes/immune@zh#<hash>`. */
export function approvalKey(
  collection: ReviewedSeedCollection,
  item: Reviewed,
  locale: Locale,
): string {
  const hash = crypto
    .createHash('sha256')
    .update(JSON.stringify(reviewedText(item, locale)))
    .digest('hex')
  return `${collection}/${item.slug}@${locale}#${hash.slice(0, 16)}`
}

/** Every reviewed text of the given content, with its ledger key. */
export function approvalKeys(content: SeedContent, locales: readonly Locale[]): string[] {
  const keys: string[] = []
  const groups: [ReviewedSeedCollection, Reviewed[]][] = [
    ['topics', content.topics],
    ['causes', content.causes],
    ['treatments', content.treatments],
    ['faqs', content.faqs],
  ]
  for (const [collection, items] of groups) {
    for (const item of items)
      for (const locale of locales) keys.push(approvalKey(collection, item, locale))
  }
  return keys
}

export interface DemoApprovalDates {
  lastReviewed: string
  nextReviewDue: string
}

/** The recorded approval of one text, or an error naming the text that nobody approved. */
export function demoApproval(
  ledger: Readonly<Record<string, string>>,
  key: string,
): DemoApprovalDates {
  const day = ledger[key]
  if (!day) {
    throw new Error(
      `The seed text ${key} has no demo approval: its wording changed since it was last approved. ` +
        'Run `npm run seed:approve` to record the demo reviewer approving it today.',
    )
  }
  const approved = new Date(`${day}T00:00:00.000Z`)
  const due = new Date(approved)
  due.setUTCFullYear(due.getUTCFullYear() + reviewIntervalYears)
  return { lastReviewed: approved.toISOString(), nextReviewDue: due.toISOString() }
}
