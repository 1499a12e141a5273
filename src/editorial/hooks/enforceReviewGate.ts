import { APIError, ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { isContentCollection, type ReviewedCollectionSlug } from '@/collections/slugs'
import { translate } from '@/collections/shared/translate'
import { defaultLocale, isLocale, localeNames, locales, type Locale } from '@/i18n/locales'

import { editorialContext } from '../context'
import { contentFingerprint, fingerprintOfLocale, reviewedFieldsOf } from '../fingerprint'
import { describeInboundLinks, findInboundLinks } from '../linkGuard'
import { canForce, canPublish } from '../permissions'
import type { LocaleReview } from '../reviewStates'

type Doc = Record<string, unknown>

function localeOf(req: PayloadRequest): Locale {
  return isLocale(req.locale) ? req.locale : defaultLocale
}

function statusIn(doc: Doc | null, locale: Locale): string | undefined {
  const status = doc?._status
  if (status && typeof status === 'object') return (status as Record<string, string>)[locale]
  return typeof status === 'string' ? status : undefined
}

/**
 * The review gate. Publishing a language needs a medical reviewer (or an admin) and an approval
 * of exactly the text being published; unpublishing needs the same people and is refused while
 * published pages link to the document. An admin may force either, with a reason, through the
 * workflow endpoint. Whatever is decided is written to the audit trail after the write.
 */
export const enforceReviewGate: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  const context = editorialContext(req)
  if (context.seeding) return data
  const intent = context.writeIntent ?? { draft: false, publishAllLocales: false, unpublishAllLocales: false }
  const savingDraft = intent.draft && intent.status !== 'published' && !intent.publishAllLocales
  if (savingDraft) return data

  const locale = localeOf(req)
  const user = req.user
  const workflow = context.workflow
  const forced = Boolean(workflow?.force && workflow.reason?.trim() && canForce(user))

  const published = operation === 'update' && originalDoc
    ? ((await req.payload.findByID({
        collection: collection.slug as ReviewedCollectionSlug,
        id: originalDoc.id,
        locale: 'all',
        draft: false,
        depth: 0,
        // Compares with what readers see now, whoever asks. No `req`: a nested Local API call
        // given the request rewrites its locale and context for the rest of this write.
        overrideAccess: true,
      })) as unknown as Doc)
    : null

  const wasPublished = statusIn(published, locale) === 'published'
  const unpublishing = intent.unpublishAllLocales || (intent.status === 'draft' && wasPublished)
  // A write that is not a draft save replaces what readers see: of a published language (even
  // without `_status`, e.g. a Local API update), or of any language asked to be published.
  const publishing =
    !unpublishing && (intent.publishAllLocales || intent.status === 'published' || (wasPublished && intent.status !== 'draft'))

  if (!publishing && !unpublishing) return data
  if (!canPublish(user) && user) {
    throw new APIError(translate(req, 'mediglot:publishNotAllowed'), 403, undefined, true)
  }

  if (unpublishing) {
    const affected = intent.unpublishAllLocales ? [...locales] : [locale]
    // (A source is not a page: a citation leaving a page breaks no link.)
    if (originalDoc && !forced && isContentCollection(collection.slug)) {
      const inbound = await findInboundLinks(req.payload, { collection: collection.slug, id: originalDoc.id }, affected)
      if (inbound.length > 0) {
        throw new APIError(translate(req, 'mediglot:unpublishLinked', { documents: describeInboundLinks(inbound) }), 409, { inbound }, true)
      }
    }
    context.reviewOutcome = { published: [], unpublished: affected, overrideReason: forced ? workflow?.reason : undefined }
    return data
  }

  const targets = intent.publishAllLocales ? [...locales] : [locale]
  const latest = operation === 'update' && originalDoc
    ? ((await req.payload.findByID({
        collection: collection.slug as ReviewedCollectionSlug,
        id: originalDoc.id,
        locale: 'all',
        draft: true,
        depth: 0,
        overrideAccess: true,
      })) as unknown as Doc)
    : null
  const merged = { ...(originalDoc ?? {}), ...data }
  const fields = reviewedFieldsOf(collection.slug)

  const refused: string[] = []
  const fingerprints = new Map<Locale, string>()
  for (const target of targets) {
    const fingerprint = target === locale ? contentFingerprint(merged, merged, fields) : fingerprintOfLocale(latest ?? {}, target, fields)
    fingerprints.set(target, fingerprint)
    const review = (target === locale ? merged.review : (latest?.review as Record<string, unknown> | undefined)?.[target]) as LocaleReview | undefined
    const approved = review?.state === 'approved' && review.approvedFingerprint === fingerprint
    const unchanged = statusIn(published, target) === 'published' && published !== null && fingerprintOfLocale(published, target, fields) === fingerprint
    if (!approved && !(intent.publishAllLocales && unchanged)) refused.push(localeNames[target])
  }
  if (refused.length > 0 && !forced) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [{ path: '_status', message: translate(req, 'mediglot:publishNotApproved', { locales: refused.join(', ') }) }],
        req,
      },
      req.t,
    )
  }

  // A publish of changed English text moves the source every translation is compared with.
  if (targets.includes(defaultLocale) && isContentCollection(collection.slug)) {
    const englishFingerprint = fingerprints.get(defaultLocale)
    const before = published && statusIn(published, defaultLocale) === 'published' ? fingerprintOfLocale(published, defaultLocale, fields) : null
    if (englishFingerprint && englishFingerprint !== before) {
      data.englishSource = { fingerprint: englishFingerprint, updatedAt: new Date().toISOString() }
    }
  }
  context.reviewOutcome = { published: targets, unpublished: [], overrideReason: refused.length > 0 ? workflow?.reason : undefined }
  return data
}
