import { getTranslation } from '@payloadcms/translations'
import { headers as requestHeaders } from 'next/headers'
import type { DefaultServerCellComponentProps, Payload, PayloadRequest } from 'payload'
import { cache } from 'react'

import type { ContentCollectionSlug } from '@/collections/slugs'
import { reviewStateLabels } from '@/editorial/reviewStates'
import { isStaff } from '@/editorial/roles'
import type { AdminTranslationKey } from '@/i18n/admin'

import { languageKey } from './format'
import {
  summarizeLocales,
  type DocWithLocales,
  type LocaleSummary,
  type PublishStatus,
} from './reviewSummary'
import './reviewUi.scss'

type Translate = (key: AdminTranslationKey, vars?: Record<string, unknown>) => string

type User = PayloadRequest['user']

/** The person viewing the list, once per request (the cell props carry no user). */
const viewerOf = cache(async (payload: Payload): Promise<User> => {
  const { user } = await payload.auth({ headers: await requestHeaders() })
  return user as User
})

interface Pending {
  ids: Set<string>
  waiters: Map<
    string,
    Array<{ resolve: (value: LocaleSummary[] | null) => void; reject: (error: unknown) => void }>
  >
  scheduled: boolean
}

/**
 * Collects the rows of one list page and reads them in one query per version kind instead of
 * two per row: every cell of a render asks within the same tick, the flush runs just after.
 * Memoized per request and collection; without React's request cache each cell reads alone,
 * which is slower but still right.
 */
const batchFor = cache((payload: Payload, collection: ContentCollectionSlug) => {
  const pending: Pending = { ids: new Set(), waiters: new Map(), scheduled: false }

  const flush = async () => {
    const ids = [...pending.ids]
    const waiters = new Map(pending.waiters)
    pending.ids.clear()
    pending.waiters.clear()
    pending.scheduled = false
    try {
      const user = await viewerOf(payload)
      if (!user || !isStaff(user)) {
        for (const list of waiters.values()) for (const w of list) w.resolve(null)
        return
      }
      const read = (draft: boolean) =>
        payload.find({
          collection,
          where: { id: { in: ids } },
          locale: 'all',
          draft,
          depth: 0,
          pagination: false,
          select: { review: { state: true }, _status: true } as never,
          overrideAccess: false,
          user,
        })
      const [latest, published] = await Promise.all([read(true), read(false)])
      const byId = (docs: unknown[]) =>
        new Map((docs as DocWithLocales[]).map((doc) => [String(doc.id), doc]))
      const latestById = byId(latest.docs)
      const publishedById = byId(published.docs)
      for (const [id, list] of waiters) {
        const doc = latestById.get(id)
        const summary = doc ? summarizeLocales(doc, publishedById.get(id) ?? null) : null
        for (const w of list) w.resolve(summary)
      }
    } catch (error) {
      for (const list of waiters.values()) for (const w of list) w.reject(error)
    }
  }

  return (id: string) =>
    new Promise<LocaleSummary[] | null>((resolve, reject) => {
      pending.ids.add(id)
      pending.waiters.set(id, [...(pending.waiters.get(id) ?? []), { resolve, reject }])
      if (!pending.scheduled) {
        pending.scheduled = true
        setTimeout(() => void flush(), 0)
      }
    })
})

const statusKeys: Record<PublishStatus, AdminTranslationKey> = {
  published: 'mediglot:statusPublished',
  changed: 'mediglot:statusChangedShort',
  draft: 'mediglot:statusDraft',
}

/**
 * The list view's "Review" column: one small badge per language with its review state and
 * whether readers see it, e.g. "EN Approved · Published", "ZH In review · Not published".
 */
export async function ReviewStatusCell({
  payload,
  i18n,
  rowData,
  collectionConfig,
}: DefaultServerCellComponentProps) {
  const id = rowData?.id
  if (id === undefined || id === null) return null
  let summaries: LocaleSummary[] | null
  try {
    summaries = await batchFor(payload, collectionConfig.slug as ContentCollectionSlug)(String(id))
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Review status cell could not read the document' })
    return <span className="mg-cell">—</span>
  }
  if (!summaries) return null
  const t = i18n.t as unknown as Translate
  return (
    <span className="mg-cell" data-testid="review-status-cell">
      {summaries.map(({ locale, state, status }) => {
        const stateLabel = getTranslation(reviewStateLabels[state], i18n)
        const statusLabel = t(statusKeys[status])
        return (
          <span
            key={locale}
            className={`mg-badge mg-badge--${state} mg-badge--status-${status}`}
            data-locale={locale}
            data-state={state}
            data-status={status}
            title={`${t(languageKey[locale])}: ${stateLabel} · ${statusLabel}`}
          >
            <span className="mg-badge__code">{locale.toUpperCase()}:</span> {stateLabel} ·{' '}
            {statusLabel}
          </span>
        )
      })}
    </span>
  )
}
