import type { PayloadRequest, RequestContext } from 'payload'

import type { Locale } from '@/i18n/locales'

import type { ReviewAction } from './reviewActions'

/** What the caller asked of a write, captured before Payload's operation reshapes it. */
export interface WriteIntent {
  draft: boolean
  /** The `_status` the caller sent, if any (Payload later fills in the stored one). */
  status?: 'draft' | 'published'
  publishAllLocales: boolean
  unpublishAllLocales: boolean
}

/** Set by the workflow endpoint (never by a client) for the writes it makes. */
export interface WorkflowContext {
  action: ReviewAction
  /** An admin's explicit override of the review gate or the link guard. */
  force?: boolean
  reason?: string
  comment?: string
}

/** Decisions of the gate, written to the audit trail once the write has succeeded. */
export interface ReviewOutcome {
  published: Locale[]
  unpublished: Locale[]
  overrideReason?: string
}

export interface EditorialContext extends RequestContext {
  /** The seed writes approved, published demo content: the workflow steps aside. */
  seeding?: boolean
  writeIntent?: WriteIntent
  workflow?: WorkflowContext
  reviewOutcome?: ReviewOutcome
}

export const editorialContext = (req: Pick<PayloadRequest, 'context'>) => req.context as EditorialContext

const truthy = (value: unknown) => value === true || value === 'true'

export function toWriteIntent(args: {
  data?: unknown
  draft?: unknown
  publishAllLocales?: unknown
  unpublishAllLocales?: unknown
}): WriteIntent {
  const status = (args.data as { _status?: unknown } | undefined)?._status
  return {
    draft: truthy(args.draft),
    status: status === 'draft' || status === 'published' ? status : undefined,
    publishAllLocales: truthy(args.publishAllLocales),
    unpublishAllLocales: truthy(args.unpublishAllLocales),
  }
}
