/**
 * What the editor dashboard lists, read through the Local API as the signed-in person (access
 * control on): work waiting for them, translations behind their English, reviews that are due.
 * Workflow states live in the latest versions, so every query reads drafts.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { contentCollectionSlugs, headingFieldOf, type ContentCollectionSlug } from '@/collections/slugs'
import { parityOfDocument } from '@/editorial/documentParity'
import { parityFields, type GlossaryTerm } from '@/editorial/parity'
import { canApprove } from '@/editorial/permissions'
import { idOf, type LocaleReview } from '@/editorial/reviewStates'
import { isStaff } from '@/editorial/roles'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'

import { translationLagOf, type DocWithLocales } from './reviewSummary'

type User = PayloadRequest['user']

export interface DashboardRow {
  collection: ContentCollectionSlug
  id: number | string
  /** The language the row is about. */
  locale: Locale
  /** The document's heading in that language, else in English. */
  title: string | null
  /** The date the list is about: submitted, English updated, review due. */
  date: string | null
  /** Translations behind only: the language was never approved against published English. */
  neverApproved?: boolean
  /** Translations behind only: open parity mismatches between the English and this language. */
  parityOpen?: number
}

export interface ReviewDashboard {
  /** Null for people who cannot approve (only medical reviewers review). */
  waitingForMe: DashboardRow[] | null
  changesRequested: DashboardRow[]
  translationsBehind: DashboardRow[]
  reviewsDue: DashboardRow[]
  /** The most rows a list shows; a list this long may have more. */
  limit: number
}

export const dashboardListLimit = 50

type Found = DocWithLocales & { id: number | string }

/** One language's documents (latest versions) matching `where`, with heading and review. */
async function findInLocale(
  payload: Payload,
  user: User,
  collection: ContentCollectionSlug,
  locale: Locale,
  where: Where,
): Promise<Found[]> {
  const heading = headingFieldOf(collection)
  const result = await payload.find({
    collection,
    locale,
    fallbackLocale: false,
    draft: true,
    where,
    depth: 0,
    limit: dashboardListLimit,
    select: { [heading]: true, review: true } as never,
    overrideAccess: false,
    user,
  })
  return result.docs as unknown as Found[]
}

/** Each language's rows matching `where(locale)`, across the content collections. */
async function rowsPerLocale(
  payload: Payload,
  user: User,
  where: (locale: Locale) => Where,
  keep: (review: LocaleReview) => boolean,
  dateOf: (review: LocaleReview) => string | null | undefined,
): Promise<DashboardRow[]> {
  const batches = await Promise.all(
    contentCollectionSlugs.flatMap((collection) =>
      locales.map(async (locale) => {
        const docs = await findInLocale(payload, user, collection, locale, where(locale))
        return docs
          .filter((doc) => keep((doc.review ?? {}) as LocaleReview))
          .map<DashboardRow>((doc) => ({
            collection,
            id: doc.id,
            locale,
            title: (doc[headingFieldOf(collection)] as string | null | undefined) ?? null,
            date: dateOf((doc.review ?? {}) as LocaleReview) ?? null,
          }))
      }),
    ),
  )
  return batches.flat()
}

/** Documents whose English readers see has moved on since a translation was approved. */
async function translationsBehind(payload: Payload, user: User): Promise<DashboardRow[]> {
  const translations = locales.filter((locale) => locale !== defaultLocale)
  const glossary: GlossaryTerm[] = (
    await payload.find({ collection: 'glossary-terms', pagination: false, limit: 0, depth: 0, overrideAccess: false, user })
  ).docs.map((term) => ({ english: term.english, chinese: term.chinese, discouraged: term.discouraged ?? [], accepted: term.accepted ?? [] }))
  const batches = await Promise.all(
    contentCollectionSlugs.map(async (collection) => {
      const heading = headingFieldOf(collection)
      // Comparing two fields is beyond `where`: fetch the candidates' review records and compare.
      const result = await payload.find({
        collection,
        locale: 'all',
        draft: true,
        where: { 'englishSource.fingerprint': { exists: true } },
        depth: 0,
        pagination: false,
        select: {
          ...Object.fromEntries(
            parityFields
              .filter((field) => payload.collections[collection].config.flattenedFields.some((f) => f.name === field))
              .map((field) => [field, true]),
          ),
          review: true,
          englishSource: true,
        } as never,
        overrideAccess: false,
        user,
      })
      const docs = result.docs as unknown as Found[]
      return docs.flatMap((doc) =>
        translations.flatMap((locale) => {
          const lag = translationLagOf(doc, locale)
          if (!lag) return []
          const titles = (doc[heading] ?? {}) as Partial<Record<Locale, string | null>>
          return [
            {
              collection,
              id: doc.id,
              locale,
              title: titles[locale] ?? titles[defaultLocale] ?? null,
              date: lag.englishUpdatedAt,
              neverApproved: lag.neverApproved,
              parityOpen: parityOfDocument(doc as unknown as Record<string, unknown>, glossary, locale).mismatches.length,
            },
          ]
        }),
      )
    }),
  )
  return batches.flat()
}

const byDate = (direction: 1 | -1) => (a: DashboardRow, b: DashboardRow) =>
  direction * ((a.date ? Date.parse(a.date) : 0) - (b.date ? Date.parse(b.date) : 0))

/**
 * The four lists of the editor dashboard for `user`. Someone without an editorial role gets
 * empty lists (they cannot read drafts anyway).
 */
export async function loadReviewDashboard(
  payload: Payload,
  user: User,
  now: Date = new Date(),
): Promise<ReviewDashboard> {
  if (!user || !isStaff(user)) {
    return {
      waitingForMe: null,
      changesRequested: [],
      translationsBehind: [],
      reviewsDue: [],
      limit: dashboardListLimit,
    }
  }
  const me = String(user.id)
  const reviewer = canApprove(user)

  const [waitingForMe, changesRequested, behind, reviewsDue] = await Promise.all([
    reviewer
      ? rowsPerLocale(
          payload,
          user,
          () => ({ 'review.state': { equals: 'inReview' } }),
          // A reviewer never approves their own change; someone else's waits for them.
          (review) => idOf(review.changedBy) !== me,
          (review) => review.submittedAt,
        )
      : Promise.resolve(null),
    rowsPerLocale(
      payload,
      user,
      (): Where => ({
        and: [
          { 'review.state': { equals: 'changesRequested' } },
          { 'review.submittedBy': { equals: user.id } },
        ],
      }),
      (review) => idOf(review.submittedBy) === me,
      (review) => review.submittedAt,
    ),
    translationsBehind(payload, user),
    rowsPerLocale(
      payload,
      user,
      () => ({ 'review.nextReviewDue': { less_than: now.toISOString() } }),
      (review) => Boolean(review.nextReviewDue && Date.parse(review.nextReviewDue) < now.getTime()),
      (review) => review.nextReviewDue,
    ),
  ])

  const cap = (rows: DashboardRow[]) => rows.slice(0, dashboardListLimit)
  return {
    waitingForMe: waitingForMe ? cap(waitingForMe.sort(byDate(1))) : null,
    changesRequested: cap(changesRequested.sort(byDate(-1))),
    translationsBehind: cap(behind.sort(byDate(-1))),
    reviewsDue: cap(reviewsDue.sort(byDate(1))),
    limit: dashboardListLimit,
  }
}
