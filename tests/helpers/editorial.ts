import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { ContentCollectionSlug } from '@/collections/slugs'
import type { Role } from '@/editorial/roles'
import { performWorkflowAction } from '@/editorial/endpoints/workflow'
import type { User } from '@/payload-types'

export type Users = Record<Role | 'reviewer2', User>

/** One account per role, plus a second reviewer (approving another reviewer's change). */
export async function createRoleUsers(payload: Payload): Promise<Users> {
  const make = async (key: string, roles: Role[], name: string) =>
    (await payload.create({
      collection: 'users',
      data: { email: `${key}@test.mediglot`, password: `${key}-password-123`, name, roles },
      overrideAccess: true,
    })) as User
  const admin = await make('admin', ['admin'], 'Ada Admin')
  const editor = await make('editor', ['editor'], 'Eddie Editor')
  const translator = await make('translator', ['translator'], 'Tina Translator')
  const medicalReviewer = await make('reviewer', ['medicalReviewer'], 'Dr Rita Reviewer')
  await payload.update({
    collection: 'users',
    id: medicalReviewer.id,
    data: { credentials: 'MD, obstetrics and gynaecology' },
    locale: 'en',
    overrideAccess: true,
  })
  await payload.update({
    collection: 'users',
    id: medicalReviewer.id,
    data: { credentials: '妇产科主任医师' },
    locale: 'zh',
    overrideAccess: true,
  })
  const reviewer2 = await make('reviewer2', ['medicalReviewer'], 'Dr Second Reviewer')
  return { admin, editor, translator, medicalReviewer: { ...medicalReviewer, credentials: { en: 'MD, obstetrics and gynaecology', zh: '妇产科主任医师' } } as unknown as User, reviewer2 }
}

export interface WorkflowResult {
  status: number
  body: { ok?: boolean; error?: { code: string; message: string; details?: unknown }; status?: Record<string, { review: string; status: string }> }
}

/** Calls the workflow endpoint's action as `user` would through POST /api/{collection}/{id}/workflow. */
export async function workflow(
  payload: Payload,
  user: User,
  collection: ContentCollectionSlug,
  id: number | string,
  body: Record<string, unknown>,
  language: 'en' | 'zh' = 'en',
): Promise<WorkflowResult> {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  if (language === 'zh') {
    const { initI18n } = await import('@payloadcms/translations')
    const i18n = await initI18n({ config: payload.config.i18n, context: 'api', language: 'zh' })
    req.i18n = i18n
    req.t = i18n.t
  }
  const response = await performWorkflowAction(req, collection, String(id), body)
  return { status: response.status, body: (await response.json()) as WorkflowResult['body'] }
}

export const asUser = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false })

// Helpers for the access-matrix and canary tests (appended; imports kept with them).
import { contentFingerprint } from '@/editorial/fingerprint'
import { addDays, reviewIntervalDays, type LocaleReview } from '@/editorial/reviewStates'
import type { Locale } from '@/i18n/locales'
import { blocksToLexical } from '@/seed/lexical'

/** `workflow` for any caller, an anonymous one included (no signed-in user: the endpoint's 401). */
export async function workflowAs(
  payload: Payload,
  user: User | null,
  collection: ContentCollectionSlug,
  id: number | string,
  body: Record<string, unknown>,
): Promise<WorkflowResult> {
  if (user) return workflow(payload, user, collection, id, body)
  const req = await createLocalReq({}, payload)
  const response = await performWorkflowAction(req, collection, String(id), body)
  return { status: response.status, body: (await response.json()) as WorkflowResult['body'] }
}

/** The localized heading of a collection: FAQs ask a question, everything else has a title. */
export const headingFieldOf = (collection: ContentCollectionSlug) =>
  collection === 'faqs' ? ('question' as const) : ('title' as const)

/** Shared fields of an unlinked document, spelled out so the approval fingerprint matches what is stored. */
function emptySharedFields(collection: ContentCollectionSlug): Record<string, unknown> {
  switch (collection) {
    case 'topics':
      return { order: 100, relatedTopics: [], causes: [], treatments: [], sources: [] }
    case 'causes':
      return { treatments: [], sources: [] }
    case 'treatments':
      return { sources: [] }
    case 'faqs':
      return { subject: 'understanding', topics: [], causes: [], treatments: [], sources: [] }
  }
}

/** A Lexical body of one paragraph, optionally ending in an internal link to a document. */
export function paragraphBody(
  text: string,
  link?: { relationTo: ContentCollectionSlug; id: number | string },
) {
  const markdown = link ? `${text} [see also](${link.relationTo}/linked)` : text
  return blocksToLexical([{ type: 'p', text: markdown }], () => link?.id).state
}

export interface PublishedDocumentOptions {
  slug: string
  heading: { en: string; zh: string }
  summary?: { en: string; zh: string }
  body?: { en?: unknown; zh?: unknown }
  /** Slug-independent shared fields (cross-links, sources, subject, order) to override. */
  shared?: Record<string, unknown>
}

/**
 * A document published and approved in both languages, written the way the seed writes its
 * demo content (full rights, `context.seeding`), so a test starts from a live page.
 */
export async function createPublishedDocument(
  payload: Payload,
  collection: ContentCollectionSlug,
  options: PublishedDocumentOptions,
): Promise<number> {
  const heading = headingFieldOf(collection)
  const bodyName = collection === 'faqs' ? 'answer' : 'body'
  const shared = { slug: options.slug, ...emptySharedFields(collection), ...(options.shared ?? {}) }
  const localized = (locale: Locale) => ({
    [heading]: options.heading[locale],
    summary: options.summary?.[locale] ?? `${options.heading[locale]} (summary)`,
    ...(options.body?.[locale] !== undefined ? { [bodyName]: options.body[locale] } : {}),
  })
  const fingerprints = {
    en: contentFingerprint(localized('en'), shared),
    zh: contentFingerprint(localized('zh'), shared),
  }
  const now = new Date()
  const review = (locale: Locale): LocaleReview => ({
    state: 'approved',
    approvedFingerprint: fingerprints[locale],
    approvedAt: now.toISOString(),
    reviewerName: 'Dr Fixture Reviewer',
    reviewerCredentials: null,
    lastReviewed: now.toISOString(),
    nextReviewDue: addDays(now, reviewIntervalDays).toISOString(),
    approvedAgainst: locale === 'en' ? null : fingerprints.en,
  })
  // Both languages in one transaction (on PostgreSQL), so listeners see the document once, whole.
  const req = await createLocalReq({ context: { seeding: true } }, payload)
  const own = await initTransaction(req)
  const common = { overrideAccess: true, context: { seeding: true }, depth: 0, req } as const
  try {
    const created = await payload.create({
      collection,
      data: {
        ...shared,
        ...localized('en'),
        review: review('en'),
        englishSource: { fingerprint: fingerprints.en, updatedAt: now.toISOString() },
        _status: 'published',
      } as never,
      locale: 'en',
      ...common,
    })
    await payload.update({
      collection,
      id: created.id,
      data: { ...localized('zh'), review: review('zh'), _status: 'published' } as never,
      locale: 'zh',
      ...common,
    })
    if (own) await commitTransaction(req)
    return created.id as number
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}
