import type { CollectionSlug, PayloadRequest, Validate } from 'payload'
import { relationship as validateRelationshipShape } from 'payload/shared'

import { defaultLocale } from '@/i18n/locales'

import { resolveWebhookTarget } from '@/lib/webhookTarget'

import { translate } from './translate'

/** Lowercase ASCII words joined by single hyphens: the same address in every language. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const summaryMaxLength = 300

export function isValidSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 120 && slugPattern.test(value)
}

export const validateSlug: Validate<string | null | undefined> = (value, { req }) => {
  if (!isValidSlug(value)) return translate(req, 'mediglot:slugInvalid')
  return true
}

/** Counts characters as readers see them (a Chinese character is one, not three bytes). */
export function characterLength(value: string): number {
  return Array.from(value).length
}

export const validateSummary: Validate<string | null | undefined> = (value, { req }) => {
  if (typeof value === 'string' && characterLength(value) > summaryMaxLength) {
    return translate(req, 'mediglot:summaryTooLong', {
      length: characterLength(value),
      max: summaryMaxLength,
    })
  }
  return true
}

/**
 * A localized heading (title, question) is required in English whenever the document is saved,
 * and in another language only when that language is published: a translator may save a
 * partial Chinese draft, but nothing reaches readers without its heading.
 */
export function requiredHeading(kind: 'title' | 'question'): Validate<string | null | undefined> {
  return (value, { req, data }) => {
    if (typeof value === 'string' && value.trim().length > 0) return true
    const locale = req.locale ?? defaultLocale
    if (locale === defaultLocale || locale === 'all') {
      return translate(req, kind === 'title' ? 'mediglot:titleRequiredEnglish' : 'mediglot:questionRequiredEnglish')
    }
    const status = (data as { _status?: unknown } | undefined)?._status
    if (status === 'published') {
      return translate(req, kind === 'title' ? 'mediglot:titleRequiredToPublish' : 'mediglot:questionRequiredToPublish')
    }
    return true
  }
}

type RelationValue = number | string | { relationTo: string; value: number | string } | null

function idsOf(value: unknown): Array<number | string> {
  const values = Array.isArray(value) ? value : value == null ? [] : [value]
  return values
    .map((v: RelationValue) => (v && typeof v === 'object' ? v.value : v))
    .filter((v): v is number | string => typeof v === 'number' || typeof v === 'string')
}

async function missingIds(
  req: Pick<PayloadRequest, 'payload'>,
  collection: CollectionSlug,
  ids: Array<number | string>,
): Promise<Array<number | string>> {
  if (ids.length === 0) return []
  // Existence only, not visibility: an editor may link to a draft; who may see the link is
  // decided when it is read. overrideAccess because a missing and a hidden document must give
  // the same answer here. The documents themselves, not their versions: every document has
  // its row from its first save on, drafts included, and one row per id, whereas the newest
  // version can be missing or doubled after a save interrupted by a crash (SQLite writes a
  // save in several statements).
  const found = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: {},
    draft: false,
    overrideAccess: true,
    // A copy of the request: it carries the transaction (on PostgreSQL a link to a document
    // created earlier in the same transaction must count as existing), while the locale the
    // nested call sets lands on the copy, not on the operation under way.
    req: { ...req } as PayloadRequest,
  })
  const present = new Set(found.docs.map((doc) => String(doc.id)))
  return ids.filter((id) => !present.has(String(id)))
}

/**
 * Payload checks that relationship values look like ids, not that the documents exist; a
 * dangling id would be a foreign-key error (SQLite) or a silent dangling link (MongoDB).
 * This makes both a validation error on the field.
 */
export function relationTargetsExist(collection: CollectionSlug): Validate {
  return async (value, options) => {
    const shape = await validateRelationshipShape(value as never, options as never)
    if (shape !== true) return shape
    if (options.event === 'onChange') return true
    const missing = await missingIds(options.req, collection, idsOf(value))
    if (missing.length > 0) {
      return translate(options.req, 'mediglot:relationMissing', {
        collection,
        ids: missing.join(', '),
      })
    }
    return true
  }
}

export const validateHttpUrl: Validate<string | null | undefined> = (value, { req }) => {
  if (value == null || value === '') return true
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through to the message
  }
  return translate(req, 'mediglot:urlInvalid')
}

/**
 * A webhook URL: a public https address, resolved now (and again at each delivery, see
 * src/lib/webhookTarget.ts). Hosts in WEBHOOK_ALLOW_HOSTS are let through.
 */
export const validateWebhookUrl: Validate<string | null | undefined> = async (value, { req }) => {
  if (value == null || value === '') return true
  const target = await resolveWebhookTarget(value)
  return 'refused' in target ? translate(req, 'mediglot:webhookUrlRefused', { reason: target.refused }) : true
}

export const validateDoi: Validate<string | null | undefined> = (value, { req }) =>
  value == null || value === '' || /^10\.\d{4,9}\/\S+$/.test(value) ? true : translate(req, 'mediglot:doiInvalid')

export const validatePmid: Validate<string | null | undefined> = (value, { req }) =>
  value == null || value === '' || /^\d{1,9}$/.test(value) ? true : translate(req, 'mediglot:pmidInvalid')
