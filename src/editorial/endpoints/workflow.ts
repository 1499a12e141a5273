import {
  APIError,
  NotFound,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'

import { sourcesSlug, type ContentCollectionSlug, type ReviewedCollectionSlug } from '@/collections/slugs'
import { translate } from '@/collections/shared/translate'
import { defaultLocale, isLocale, localeNames, locales, type Locale } from '@/i18n/locales'

import { recordReviewEvent } from '../audit'
import { glossaryForParity, parityOfDocument } from '../documentParity'
import { englishBesideOf } from '../englishBeside'
import { editorialContext, type WorkflowContext } from '../context'
import { fingerprintOfLocale, reviewedFieldsOf } from '../fingerprint'
import { canApprove, canDelete, canForce, canPublish, canSubmit } from '../permissions'
import {
  addDays,
  idOf,
  reviewIntervalDays,
  type LocaleReview,
  type ReviewState,
} from '../reviewStates'
import { isStaff } from '../roles'

const actions = ['submit', 'approve', 'requestChanges', 'publish', 'unpublish', 'delete'] as const
type WorkflowAction = (typeof actions)[number]

interface WorkflowRequest {
  action: WorkflowAction
  locale: Locale
  comment?: string
  force?: boolean
  reason?: string
}

function problem(status: number, code: string, message: string, details?: unknown): Response {
  return Response.json({ error: { code, message, ...(details ? { details } : {}) } }, { status })
}

function parseBody(raw: unknown): WorkflowRequest | string {
  if (!raw || typeof raw !== 'object')
    return 'Send a JSON object: { "action", "locale", "comment"?, "force"?, "reason"? }.'
  const body = raw as Record<string, unknown>
  if (!actions.includes(body.action as WorkflowAction))
    return `"action" must be one of: ${actions.join(', ')}.`
  const locale = body.locale ?? (body.action === 'delete' ? defaultLocale : undefined)
  if (!isLocale(locale)) return `"locale" must be one of: ${locales.join(', ')}.`
  for (const key of ['comment', 'reason'] as const) {
    if (
      body[key] !== undefined &&
      (typeof body[key] !== 'string' || (body[key] as string).length > 4000)
    ) {
      return `"${key}" must be text of at most 4000 characters.`
    }
  }
  if (body.force !== undefined && typeof body.force !== 'boolean')
    return '"force" must be true or false.'
  return {
    action: body.action as WorkflowAction,
    locale,
    comment: (body.comment as string | undefined)?.trim() || undefined,
    force: body.force as boolean | undefined,
    reason: (body.reason as string | undefined)?.trim() || undefined,
  }
}

type Doc = Record<string, unknown>

function reviewOf(doc: Doc, locale: Locale): LocaleReview {
  return ((doc.review as Record<string, LocaleReview> | undefined)?.[locale] ?? {}) as LocaleReview
}

/** The heading in one language (a source's title is the same in both). */
function headingOf(doc: Doc, locale: Locale): string | null {
  const value = (doc.title ?? doc.question) as Record<string, string> | string | undefined
  if (typeof value === 'string') return value || null
  return value?.[locale] || null
}

function titleOf(doc: Doc, locale: Locale): string | null {
  return headingOf(doc, locale) ?? headingOf(doc, defaultLocale)
}

const systemKeys = new Set(['id', 'createdAt', 'updatedAt', '_status', 'lastEditedBy'])

/** The stored fields of one language's latest draft, ready to be written back. */
async function editableDataOf(req: PayloadRequest, collection: ReviewedCollectionSlug, id: string, locale: Locale) {
  const current = (await req.payload.findByID({
    collection,
    id,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: true, // the caller's rights were checked; this only copies the draft
    req,
  })) as unknown as Doc
  const joins = new Set(
    req.payload.collections[collection].config.flattenedFields.filter((f) => f.type === 'join').map((f) => f.name),
  )
  return Object.fromEntries(Object.entries(current).filter(([key]) => !systemKeys.has(key) && !joins.has(key)))
}

/** Summary of each language's review record, as returned by the endpoint. */
function statusSummary(doc: Doc) {
  return Object.fromEntries(
    locales.map((locale) => {
      const review = reviewOf(doc, locale)
      const status = (doc._status as Record<string, string> | undefined)?.[locale] ?? 'draft'
      return [locale, { review: review.state ?? 'draft', status }]
    }),
  )
}

async function latestDraft(
  req: PayloadRequest,
  collection: ReviewedCollectionSlug,
  id: string,
): Promise<Doc | null> {
  // Only a document that is not there is null (a 404); any other failure is the server's and
  // goes up as such (it was answered "No such document").
  try {
    const doc = await req.payload.findByID({
      collection,
      id,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      disableErrors: true,
    })
    return (doc ?? null) as unknown as Doc | null
  } catch (error) {
    if (error instanceof NotFound) return null
    throw error
  }
}

/**
 * POST /api/{collection}/{id}/workflow: submit, approve, request changes, publish, unpublish or
 * delete one language of a document. Each action checks who may take it, changes the review
 * record through Payload (so hooks, versions and the audit trail see it) and answers with the
 * document's review status per language.
 */
function workflowHandler(collection: ReviewedCollectionSlug): PayloadHandler {
  return async (req) => {
    let raw: unknown
    try {
      raw = req.json ? await req.json() : undefined
    } catch {
      return problem(400, 'invalid_json', 'The request body is not valid JSON.')
    }
    return performWorkflowAction(req, collection, String(req.routeParams?.id ?? ''), raw)
  }
}

/**
 * The workflow action itself, callable with any request (the endpoint, tests, scripts). On a
 * database with transactions (PostgreSQL) the whole action is one: its review record, the
 * document (and its version) and its audit row commit together, and an action that fails or is
 * refused part-way changes nothing. Every nested Local API call passes `req`, so it joins the
 * transaction; a request that already holds one (a script's) keeps it and commits it itself.
 */
export async function performWorkflowAction(
  req: PayloadRequest,
  collection: ReviewedCollectionSlug,
  id: string,
  raw: unknown,
): Promise<Response> {
  const ownTransaction = await initTransaction(req)
  try {
    const response = await performInTransaction(req, collection, id, raw)
    if (ownTransaction) {
      if (response.ok) await commitTransaction(req)
      else await killTransaction(req)
    }
    return response
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

async function performInTransaction(
  req: PayloadRequest,
  collection: ReviewedCollectionSlug,
  id: string,
  raw: unknown,
): Promise<Response> {
  const user = req.user
  if (!user) return problem(401, 'unauthorized', 'Sign in to use the review workflow.')
  if (!isStaff(user)) return problem(403, 'forbidden', 'Your account has no editorial role.')
  const parsed = parseBody(raw)
  if (typeof parsed === 'string') return problem(400, 'invalid_request', parsed)
  const { action, locale, comment, force, reason } = parsed
  // A source is one citation for both languages, reviewed once, in English.
  if (collection === sourcesSlug && locale !== defaultLocale)
    return problem(400, 'invalid_request', `Sources are reviewed and published once for both languages: send "locale": "${defaultLocale}".`)
  if (force && !canForce(user))
    return problem(403, 'forbidden', translate(req, 'mediglot:forceAdminOnly'))
  if (force && !reason)
    return problem(400, 'reason_required', translate(req, 'mediglot:forceNeedsReason'))

  const doc = await latestDraft(req, collection, id)
  if (!doc) return problem(404, 'not_found', 'No such document.')
  const review = reviewOf(doc, locale)
  const state: ReviewState = review.state ?? 'draft'
  const now = new Date()
  const workflow: WorkflowContext = { action, force, reason, comment }
  const context = editorialContext(req)
  context.workflow = workflow

  const saveReview = async (next: LocaleReview) => {
    await req.payload.update({
      collection,
      id,
      data: { review: next } as never,
      locale,
      draft: true,
      depth: 0,
      // The review record is closed to direct writes; this endpoint has checked the rules.
      overrideAccess: true,
      user,
      req,
    })
  }

  let auditReason: string | undefined
  const recordAction = () =>
    recordReviewEvent(req, {
      action,
      collection,
      id: doc.id as number | string,
      title: titleOf(doc, locale),
      locale,
      comment,
      reason: auditReason,
    })

  try {
    switch (action) {
      case 'submit': {
        if (!canSubmit(user, locale))
          return problem(403, 'forbidden', translate(req, 'mediglot:submitNotAllowed'))
        if (!headingOf(doc, locale)) {
          return problem(
            409,
            'nothing_to_review',
            translate(req, 'mediglot:submitEmpty', { locale: localeNames[locale] }),
          )
        }
        if (state === 'inReview' || state === 'approved') {
          return problem(409, 'invalid_state', translate(req, 'mediglot:invalidState', { state }))
        }
        await saveReview({
          ...review,
          state: 'inReview',
          submittedBy: user.id,
          submittedAt: now.toISOString(),
        })
        await recordAction()
        break
      }
      case 'approve': {
        if (!canApprove(user))
          return problem(403, 'forbidden', translate(req, 'mediglot:approveNotAllowed'))
        if (state !== 'inReview')
          return problem(409, 'invalid_state', translate(req, 'mediglot:invalidState', { state }))
        if (idOf(review.changedBy) === String(user.id)) {
          return problem(403, 'own_change', translate(req, 'mediglot:approveOwnChange'))
        }
        // A translation whose parity check finds open mismatches is approved only with a
        // comment saying why; the comment and the mismatches go into the audit trail.
        if (locale !== defaultLocale) {
          const parity = parityOfDocument(doc, await glossaryForParity(req), locale)
          const open = parity.mismatches.length
          if (open > 0 && !comment) {
            return problem(
              400,
              'parity_comment_required',
              translate(req, 'mediglot:parityCommentRequired', { count: open }),
              { mismatches: parity.mismatches },
            )
          }
          if (open > 0) {
            auditReason = `Approved with ${open} open parity mismatch(es): ${parity.mismatches
              .map((m) => `[${m.field}] ${m.message}`)
              .join(' | ')}`.slice(0, 4000)
          }
        }
        // The reviewer's credentials in the language being approved (the signed-in user object
        // carries them in one language only).
        const profile = (await req.payload.findByID({
          collection: 'users',
          id: user.id,
          locale,
          fallbackLocale: defaultLocale,
          depth: 0,
          overrideAccess: true,
        })) as { name?: string; credentials?: string | null }
        const credentials = profile.credentials ?? null
        await saveReview({
          ...review,
          state: 'approved',
          approvedBy: user.id,
          approvedAt: now.toISOString(),
          approvedFingerprint: fingerprintOfLocale(doc, locale, reviewedFieldsOf(collection)),
          reviewerName: String(profile.name ?? ''),
          reviewerCredentials: credentials,
          lastReviewed: now.toISOString(),
          nextReviewDue: addDays(now, reviewIntervalDays).toISOString(),
          approvedAgainst:
            locale === defaultLocale ? null : fingerprintOfLocale(doc, defaultLocale, reviewedFieldsOf(collection)),
        })
        await recordAction()
        break
      }
      case 'requestChanges': {
        if (!canApprove(user))
          return problem(403, 'forbidden', translate(req, 'mediglot:approveNotAllowed'))
        if (!comment)
          return problem(400, 'comment_required', translate(req, 'mediglot:commentRequired'))
        if (state !== 'inReview')
          return problem(409, 'invalid_state', translate(req, 'mediglot:invalidState', { state }))
        await saveReview({ ...review, state: 'changesRequested' })
        await recordAction()
        break
      }
      case 'publish':
      case 'unpublish': {
        if (!canPublish(user))
          return problem(403, 'forbidden', translate(req, 'mediglot:publishNotAllowed'))
        // Publishing sends the language's whole latest draft, as the admin's Publish button
        // does; Payload merges it into the other languages' published text.
        const data =
          action === 'publish'
            ? { ...(await editableDataOf(req, collection, id, locale)), _status: 'published' }
            : { _status: 'draft' }
        await req.payload.update({
          collection,
          id,
          data: data as never,
          locale,
          // (Sources have one status for both languages.)
          ...(action === 'publish' && collection !== sourcesSlug ? { publishSpecificLocale: locale } : {}),
          depth: 0,
          overrideAccess: false,
          user,
          req,
        })
        break
      }
      case 'delete': {
        if (!canDelete(user))
          return problem(403, 'forbidden', translate(req, 'mediglot:deleteNotAllowed'))
        await req.payload.delete({ collection, id, overrideAccess: false, user, req })
        return Response.json({ ok: true, deleted: true })
      }
    }
  } catch (error) {
    if (error instanceof APIError && error.status < 500) {
      const data = error.data as
        { errors?: Array<{ message: string }>; inbound?: unknown } | undefined
      const message = data?.errors?.map((e) => e.message).join(' ') || error.message
      return problem(
        error.status,
        error.status === 409 ? 'conflict' : 'refused',
        message,
        data?.inbound ? { inbound: data.inbound } : undefined,
      )
    }
    throw error
  } finally {
    context.workflow = undefined
  }

  const after = await latestDraft(req, collection, id)
  // A translation's answer carries its parity report, so scripts see what the panel shows.
  const parity =
    after && locale !== defaultLocale ? parityOfDocument(after, await glossaryForParity(req), locale) : null
  return Response.json({
    ok: true,
    action,
    locale,
    status: after ? statusSummary(after) : null,
    ...(parity ? { parity: { open: parity.mismatches.length, mismatches: parity.mismatches } } : {}),
  })
}

export function workflowEndpoint(collection: ReviewedCollectionSlug): Endpoint {
  return { path: '/:id/workflow', method: 'post', handler: workflowHandler(collection) }
}

/**
 * GET /api/{collection}/{id}/parity[?locale=zh]: the parity report of the latest drafts (English
 * against the translation), for the review panel and scripts. Staff only.
 */
export async function parityReportOf(req: PayloadRequest, collection: ContentCollectionSlug, id: string): Promise<Response> {
  if (!req.user) return problem(401, 'unauthorized', 'Sign in to read parity reports.')
  if (!isStaff(req.user)) return problem(403, 'forbidden', 'Your account has no editorial role.')
  const requested = req.searchParams?.get('locale') || 'zh'
  if (!isLocale(requested) || requested === defaultLocale) {
    return problem(400, 'invalid_request', `"locale" must be a translated language: ${locales.filter((l) => l !== defaultLocale).join(', ')}.`)
  }
  const doc = await latestDraft(req, collection, id)
  if (!doc) return problem(404, 'not_found', 'No such document.')
  const report = parityOfDocument(doc, await glossaryForParity(req), requested)
  return Response.json({ locale: requested, checked: report.checked, open: report.mismatches.length, mismatches: report.mismatches })
}

export function parityEndpoint(collection: ContentCollectionSlug): Endpoint {
  return {
    path: '/:id/parity',
    method: 'get',
    handler: (req) => parityReportOf(req, collection, String(req.routeParams?.id ?? '')),
  }
}

/** GET /api/{collection}/{id}/english-beside: the English beside the Chinese (staff only). */
export function englishBesideEndpoint(collection: ContentCollectionSlug): Endpoint {
  return {
    path: '/:id/english-beside',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return problem(401, 'unauthorized', 'Sign in to compare languages.')
      if (!isStaff(req.user)) return problem(403, 'forbidden', 'Your account has no editorial role.')
      const result = await englishBesideOf(req, collection, String(req.routeParams?.id ?? ''))
      return result ? Response.json(result) : problem(404, 'not_found', 'No such document.')
    },
  }
}
