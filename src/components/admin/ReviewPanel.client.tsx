'use client'

import { getTranslation } from '@payloadcms/translations'
import {
  useAuth,
  useConfig,
  useDocumentInfo,
  useFormModified,
  useTranslation,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useId, useState } from 'react'

import { reviewActionLabels, type ReviewAction } from '@/editorial/reviewActions'
import { reviewStateLabels } from '@/editorial/reviewStates'
import { canForce } from '@/editorial/permissions'
import type { AdminTranslationKey, adminTranslations } from '@/i18n/admin'
import { isLocale, type Locale } from '@/i18n/locales'

import { adminCollectionURL, formatDay, formatMoment, languageKey } from './format'
import { ParityPanel } from './ParityPanel.client'
import {
  headingOf,
  offeredActions,
  summarizeLocales,
  type DocWithLocales,
  type LocaleSummary,
  type PanelAction,
} from './reviewSummary'
import './reviewUi.scss'

type Translate = (key: AdminTranslationKey, vars?: Record<string, unknown>) => string

interface ReviewEventRow {
  id: number | string
  action: ReviewAction
  locale?: string | null
  userName?: string | null
  comment?: string | null
  reason?: string | null
  createdAt: string
}

interface PanelData {
  latest: DocWithLocales
  published: DocWithLocales | null
  events: ReviewEventRow[] | null
}

/** A result, shown in the language section whose button caused it. */
type Message = { kind: 'status' | 'alert'; text: string; locale: Locale; action: PanelAction }

const historyLimit = 20

const actionKeys: Record<PanelAction, AdminTranslationKey> = {
  submit: 'mediglot:actionSubmit',
  approve: 'mediglot:actionApprove',
  requestChanges: 'mediglot:actionRequestChanges',
  publish: 'mediglot:actionPublish',
  unpublish: 'mediglot:actionUnpublish',
}
const doneKeys: Record<PanelAction, AdminTranslationKey> = {
  submit: 'mediglot:doneSubmit',
  approve: 'mediglot:doneApprove',
  requestChanges: 'mediglot:doneRequestChanges',
  publish: 'mediglot:donePublish',
  unpublish: 'mediglot:doneUnpublish',
}

async function readJSON(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    return null
  }
}

/** The message of an error body: ours (`{ error: { message } }`) or Payload's (`{ errors: [...] }`). */
function errorMessageOf(body: unknown): string | null {
  const record = body as {
    error?: { message?: unknown }
    errors?: Array<{ message?: unknown }>
  } | null
  if (typeof record?.error?.message === 'string') return record.error.message
  const messages = record?.errors
    ?.map((e) => e.message)
    .filter((m): m is string => typeof m === 'string')
  return messages && messages.length > 0 ? messages.join(' ') : null
}

/**
 * The review workflow of one document, in the edit view's sidebar: each language's review
 * state and publish status, the buttons the signed-in person may use, and the audit trail.
 * Actions go through the workflow endpoint, which checks every rule again.
 */
export function ReviewPanel() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n, t: payloadT } = useTranslation<typeof adminTranslations.en, AdminTranslationKey>()
  const t = payloadT as unknown as Translate
  const formModified = useFormModified()
  const { config } = useConfig()
  const router = useRouter()
  const apiRoute = `${config.serverURL ?? ''}${config.routes.api}`
  const adminRoute = config.routes.admin

  const [data, setData] = useState<PanelData | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [message, setMessage] = useState<Message | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [reloads, setReloads] = useState(0)
  const saveHintId = `${useId()}-save-first`

  const load = useCallback(
    async (signal?: AbortSignal) => {
      if (!id || !collectionSlug) return
      const docURL = `${apiRoute}/${collectionSlug}/${encodeURIComponent(String(id))}`
      const events = new URLSearchParams({
        'where[documentKey][equals]': `${collectionSlug}/${id}`,
        sort: '-createdAt',
        limit: String(historyLimit),
        depth: '0',
      })
      const get = (url: string) =>
        fetch(url, {
          credentials: 'include',
          signal,
          headers: { 'Accept-Language': i18n.language },
        })
      const [latestRes, publishedRes, eventsRes] = await Promise.all([
        get(`${docURL}?locale=all&draft=true&depth=0`),
        get(`${docURL}?locale=all&draft=false&depth=0`),
        get(`${apiRoute}/review-events?${events.toString()}`),
      ])
      if (!latestRes.ok) {
        throw new Error(errorMessageOf(await readJSON(latestRes)) ?? String(latestRes.status))
      }
      const latest = (await readJSON(latestRes)) as DocWithLocales
      const published = publishedRes.ok ? ((await readJSON(publishedRes)) as DocWithLocales) : null
      const eventsBody = eventsRes.ok
        ? ((await readJSON(eventsRes)) as { docs?: ReviewEventRow[] } | null)
        : null
      setData({ latest, published, events: eventsBody?.docs ?? null })
      setLoadError(null)
    },
    [apiRoute, collectionSlug, i18n.language, id],
  )

  // Reload after every save of the form (lastUpdateTime) and after every workflow action.
  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal).catch((error: unknown) => {
      if (controller.signal.aborted) return
      setLoadError(error instanceof Error ? error.message : String(error))
    })
    return () => controller.abort()
  }, [load, lastUpdateTime, reloads])

  const perform = useCallback(
    async (
      locale: Locale,
      action: PanelAction,
      extras: { comment?: string; force?: boolean; reason?: string },
    ): Promise<boolean> => {
      if (!id || !collectionSlug) return false
      let succeeded = false
      setBusy(`${locale}-${action}`)
      setMessage(null)
      try {
        const response = await fetch(
          `${apiRoute}/${collectionSlug}/${encodeURIComponent(String(id))}/workflow`,
          {
            method: 'POST',
            credentials: 'include',
            headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
            body: JSON.stringify({ action, locale, ...extras }),
          },
        )
        const body = await readJSON(response)
        if (response.ok) {
          succeeded = true
          setMessage({
            kind: 'status',
            text: t(doneKeys[action], { language: t(languageKey[locale]) }),
            locale,
            action,
          })
        } else {
          setMessage({
            kind: 'alert',
            text: errorMessageOf(body) ?? t('mediglot:actionFailed', { status: response.status }),
            locale,
            action,
          })
        }
      } catch {
        setMessage({ kind: 'alert', text: t('mediglot:actionFailed', { status: 'network' }), locale, action })
      } finally {
        setBusy(null)
        setReloads((n) => n + 1)
        // The edit form shows the review fields and publish status too: let the server re-render it.
        router.refresh()
      }
      return succeeded
    },
    [apiRoute, collectionSlug, i18n.language, id, router, t],
  )

  if (!id || !collectionSlug) {
    return (
      <section
        className="mg-review"
        data-testid="review-panel"
        aria-label={t('mediglot:reviewPanelTitle')}
      >
        <h3 className="mg-review__title">{t('mediglot:reviewPanelTitle')}</h3>
        <p className="mg-review__note">{t('mediglot:reviewPanelSaveFirst')}</p>
      </section>
    )
  }

  const summaries = data ? summarizeLocales(data.latest, data.published) : null

  return (
    <section
      className="mg-review"
      data-testid="review-panel"
      aria-label={t('mediglot:reviewPanelTitle')}
      aria-busy={busy !== null || !data}
    >
      <h3 className="mg-review__title">{t('mediglot:reviewPanelTitle')}</h3>
      {loadError && (
        <p className="mg-review__alert" role="alert">
          {t('mediglot:reviewPanelLoadFailed', { message: loadError })}
        </p>
      )}
      {!summaries && !loadError && (
        <p className="mg-review__note">{t('mediglot:reviewPanelLoading')}</p>
      )}
      {/* The panel shows the saved document; unsaved edits are not part of any review yet. */}
      {formModified && (
        <p className="mg-review__hint" id={saveHintId} data-testid="review-save-first">
          {t('mediglot:saveBeforeSubmit')}
        </p>
      )}
      {summaries?.map((summary) => (
        <LocaleSection
          key={summary.locale}
          summary={summary}
          user={user}
          t={t}
          language={i18n.language}
          labelOf={(label) => getTranslation(label, i18n)}
          formModified={formModified}
          saveHintId={saveHintId}
          busy={busy}
          onAction={perform}
          heading={headingOf(data?.latest, summary.locale) ?? headingOf(data?.latest, 'en')}
          hasText={headingOf(data?.latest, summary.locale) !== null}
          message={message?.locale === summary.locale ? message : null}
          versionsURL={adminCollectionURL(adminRoute, collectionSlug, id, '/versions')}
        />
      ))}
      <ParityPanel reloadKey={reloads} />
      {data && (
        <History
          events={data.events}
          t={t}
          language={i18n.language}
          actionLabel={(action) => getTranslation(reviewActionLabels[action] ?? action, i18n)}
        />
      )}
    </section>
  )
}

interface LocaleSectionProps {
  summary: LocaleSummary
  user: ReturnType<typeof useAuth>['user']
  t: Translate
  language: string
  labelOf: (label: Record<string, string>) => string
  formModified: boolean
  saveHintId: string
  busy: string | null
  onAction: (
    locale: Locale,
    action: PanelAction,
    extras: { comment?: string; force?: boolean; reason?: string },
  ) => Promise<boolean>
  versionsURL: string
  /** The document's title, named in confirmations. */
  heading: string | null
  hasText: boolean
  message: Message | null
}

const confirmKeys: Partial<Record<PanelAction, AdminTranslationKey>> = {
  approve: 'mediglot:confirmApprove',
  publish: 'mediglot:confirmPublish',
  unpublish: 'mediglot:confirmUnpublish',
}

function LocaleSection({
  summary,
  user,
  t,
  language,
  labelOf,
  formModified,
  saveHintId,
  busy,
  onAction,
  versionsURL,
  heading,
  hasText,
  message,
}: LocaleSectionProps) {
  const { locale, state, status, review, behind } = summary
  const ids = useId()
  const [comment, setComment] = useState('')
  const [force, setForce] = useState(false)
  const [reason, setReason] = useState('')

  const permissionsUser = user as Parameters<typeof offeredActions>[0]
  const offered = offeredActions(permissionsUser, summary, { formModified, hasText })
  const offersComment = offered.some((o) => o.action === 'requestChanges')
  const offersPublishing = offered.some((o) => o.action === 'publish' || o.action === 'unpublish')
  const mayForce = offersPublishing && canForce(permissionsUser)
  const languageName = t(languageKey[locale])
  const lastReviewed = formatDay(review.lastReviewed, language)
  const nextDue = formatDay(review.nextReviewDue, language)
  const overdue = Boolean(
    review.nextReviewDue && new Date(review.nextReviewDue).getTime() < Date.now(),
  )
  const statusText =
    status === 'published'
      ? t('mediglot:statusPublished')
      : status === 'changed'
        ? t('mediglot:statusChanged')
        : t('mediglot:statusDraft')

  const run = (action: PanelAction) => {
    // Medical text goes live (or away) on this click: say which document and language first.
    const confirmKey = confirmKeys[action]
    if (confirmKey && !window.confirm(t(confirmKey, { title: heading ?? '—', language: languageName })))
      return
    const extras: { comment?: string; force?: boolean; reason?: string } = {}
    if ((action === 'approve' || action === 'requestChanges') && comment.trim())
      extras.comment = comment
    if ((action === 'publish' || action === 'unpublish') && mayForce && force) {
      extras.force = true
      extras.reason = reason
    }
    void onAction(locale, action, extras).then((succeeded) => {
      if (!succeeded) return
      // What was said belonged to that action; the next one starts empty.
      setComment('')
      setForce(false)
      setReason('')
    })
  }

  return (
    <div className="mg-review__locale" data-testid={`review-${locale}`}>
      <h4 className="mg-review__language">
        <span className="mg-review__code" aria-hidden="true">
          {locale.toUpperCase()}
        </span>
        {languageName}
      </h4>
      <dl className="mg-review__facts">
        <div>
          <dt>{t('mediglot:reviewLabel')}</dt>
          <dd>
            <span
              className={`mg-badge mg-badge--${state}`}
              data-testid={`review-${locale}-state`}
              data-state={state}
            >
              {labelOf(reviewStateLabels[state])}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('mediglot:publishStatusLabel')}</dt>
          <dd data-testid={`review-${locale}-status`} data-status={status}>
            {statusText}
          </dd>
        </div>
        {review.reviewerName && (
          <div>
            <dt>{t('mediglot:reviewedBy')}</dt>
            <dd>{review.reviewerName}</dd>
          </div>
        )}
        {lastReviewed && (
          <div>
            <dt>{t('mediglot:lastReviewed')}</dt>
            <dd>{lastReviewed}</dd>
          </div>
        )}
        {nextDue && (
          <div>
            <dt>{t('mediglot:nextReviewDue')}</dt>
            <dd className={overdue ? 'mg-review__overdue' : undefined}>
              {nextDue}
              {overdue ? ` (${t('mediglot:reviewOverdue')})` : null}
            </dd>
          </div>
        )}
      </dl>

      {behind && (
        <p className="mg-review__warning" data-testid={`review-${locale}-behind`}>
          {behind.neverApproved
            ? t('mediglot:translationNeverApproved')
            : t('mediglot:translationBehind', {
                date: formatDay(behind.englishUpdatedAt, language) ?? '?',
              })}{' '}
          <a href={versionsURL}>{t('mediglot:viewEnglishChanges')}</a>
        </p>
      )}

      {offered.some((o) => o.disabledReason === 'approveOwnChange') && (
        <p className="mg-review__hint" id={`${ids}-own-change`}>
          {t('mediglot:approveOwnChange')}
        </p>
      )}

      {offersComment && (
        <div className="mg-review__field">
          <label htmlFor={`${ids}-comment`}>{t('mediglot:reviewCommentLabel')}</label>
          <textarea
            id={`${ids}-comment`}
            data-testid={`review-${locale}-comment`}
            rows={3}
            maxLength={4000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </div>
      )}

      {mayForce && (
        <div className="mg-review__field">
          <label className="mg-review__check">
            <input
              type="checkbox"
              data-testid={`review-${locale}-force`}
              checked={force}
              onChange={(event) => setForce(event.target.checked)}
            />
            {t('mediglot:overrideLabel')}
          </label>
          {force && (
            <>
              <label htmlFor={`${ids}-reason`}>{t('mediglot:overrideReasonLabel')}</label>
              <input
                id={`${ids}-reason`}
                type="text"
                data-testid={`review-${locale}-reason`}
                maxLength={4000}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            </>
          )}
        </div>
      )}

      {offered.length > 0 && (
        <div className="mg-review__actions">
          {offered.map(({ action, disabledReason }) => (
            <button
              key={action}
              type="button"
              className={`mg-button${action === 'approve' || action === 'publish' ? ' mg-button--primary' : ''}`}
              data-testid={`review-${locale}-${action}`}
              disabled={busy !== null || Boolean(disabledReason)}
              aria-describedby={
                disabledReason === 'saveFirst'
                  ? saveHintId
                  : disabledReason === 'approveOwnChange'
                    ? `${ids}-own-change`
                    : undefined
              }
              onClick={() => run(action)}
            >
              {t(actionKeys[action])}
              <span className="mg-visually-hidden"> ({languageName})</span>
            </button>
          ))}
        </div>
      )}
      {/* The result beside the buttons that caused it (a refusal is the server's own words). */}
      <div
        className="mg-review__message"
        role="status"
        aria-live="polite"
        data-testid={`review-${locale}-message`}
      >
        {message?.kind === 'status' ? message.text : null}
      </div>
      {message?.kind === 'alert' && (
        <div className="mg-review__alert" role="alert" data-testid="review-error" data-locale={locale}>
          {message.text}
        </div>
      )}
    </div>
  )
}

interface HistoryProps {
  events: ReviewEventRow[] | null
  t: Translate
  language: string
  actionLabel: (action: ReviewAction) => string
}

function History({ events, t, language, actionLabel }: HistoryProps) {
  return (
    <div className="mg-review__history" data-testid="review-history">
      <h4 className="mg-review__subtitle">{t('mediglot:historyTitle')}</h4>
      {!events || events.length === 0 ? (
        <p className="mg-review__note">{t('mediglot:historyEmpty')}</p>
      ) : (
        <>
          <ol className="mg-review__events">
            {events.map((event) => (
              <li
                key={event.id}
                data-testid="review-event"
                data-action={event.action}
                data-locale={event.locale ?? ''}
              >
                <span className="mg-review__event-head">
                  <time dateTime={event.createdAt}>{formatMoment(event.createdAt, language)}</time>
                  {' · '}
                  <strong>{actionLabel(event.action)}</strong>
                  {' · '}
                  {event.locale && isLocale(event.locale)
                    ? t(languageKey[event.locale])
                    : t('mediglot:historyAllLanguages')}
                  {event.userName ? ` · ${event.userName}` : null}
                </span>
                {event.comment && <q className="mg-review__comment">{event.comment}</q>}
                {event.reason && (
                  <span className="mg-review__comment">
                    {t('mediglot:historyReason')}: {event.reason}
                  </span>
                )}
              </li>
            ))}
          </ol>
          {events.length >= historyLimit && (
            <p className="mg-review__note">
              {t('mediglot:historyLatest', { count: historyLimit })}
            </p>
          )}
        </>
      )}
    </div>
  )
}
