/**
 * What a transaction guarantees on PostgreSQL: a workflow action (review record, document and
 * its version, audit row) commits whole or not at all. A failure is injected where it hurts
 * most, in the last write of the action (the audit row), through req.context.
 * On SQLite the adapter writes without transactions, so these tests run on PostgreSQL only
 * (`npm run test:postgres`); there the crash battery covers SQLite's repair instead.
 */
import { createLocalReq, type CollectionBeforeChangeHook, type Payload } from 'payload'

import { causesSlug, reviewEventsSlug } from '@/collections/slugs'
import { performWorkflowAction } from '@/editorial/endpoints/workflow'
import type { User } from '@/payload-types'

import { asUser, createPublishedDocument, createRoleUsers, workflow, type Users } from '../helpers/editorial'
import { itOnPostgres } from '../helpers/onAdapter'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let users: Users

/** Throws on the audit write of a request whose context asks for it. */
const failAuditWrite: CollectionBeforeChangeHook = ({ req, data }) => {
  if (req.context.failAuditWrite) throw new Error('injected failure: the audit row cannot be written')
  return data
}

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  users = await createRoleUsers(payload)
  const hooks = payload.collections[reviewEventsSlug].config.hooks
  hooks.beforeChange = [...(hooks.beforeChange ?? []), failAuditWrite]
})
afterAll(async () => {
  await t.destroy()
})

async function actFailingAudit(user: User, id: number, body: Record<string, unknown>) {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never, context: { failAuditWrite: true } }, payload)
  return performWorkflowAction(req, causesSlug, String(id), body)
}

async function snapshot(id: number) {
  const published = await payload.findByID({ collection: causesSlug, id, locale: 'en', draft: false, depth: 0, overrideAccess: false, user: null })
  const draft = await payload.findByID({ collection: causesSlug, id, locale: 'all', draft: true, depth: 0, overrideAccess: true })
  const versions = await payload.countVersions({ collection: causesSlug, where: { parent: { equals: id } }, overrideAccess: true })
  const audit = await payload.count({ collection: reviewEventsSlug, overrideAccess: true })
  return { publicTitle: published.title, draft, versions: versions.totalDocs, audit: audit.totalDocs }
}

describe('workflow actions in one transaction', () => {
  itOnPostgres('on PostgreSQL, a publish that fails at its audit row leaves the old text public and nothing else changed', async () => {
    const id = await createPublishedDocument(payload, causesSlug, { slug: 'tx-publish', heading: { en: 'Old title', zh: '旧标题' } })
    await payload.update({ collection: causesSlug, id, data: { title: 'New title' }, locale: 'en', draft: true, ...asUser(users.editor) })
    expect((await workflow(payload, users.editor, causesSlug, id, { action: 'submit', locale: 'en' })).status).toBe(200)
    expect((await workflow(payload, users.medicalReviewer, causesSlug, id, { action: 'approve', locale: 'en' })).status).toBe(200)
    const before = await snapshot(id)
    expect(before.publicTitle).toBe('Old title')

    await expect(actFailingAudit(users.medicalReviewer, id, { action: 'publish', locale: 'en' })).rejects.toThrow(/injected failure/)
    expect(await snapshot(id)).toEqual(before)

    // The same publish without the failure goes through whole.
    expect((await workflow(payload, users.medicalReviewer, causesSlug, id, { action: 'publish', locale: 'en' })).status).toBe(200)
    const after = await snapshot(id)
    expect(after.publicTitle).toBe('New title')
    expect(after.audit).toBeGreaterThan(before.audit)
  })

  itOnPostgres('on PostgreSQL, a submit that fails at its audit row leaves the review record as it was', async () => {
    const id = await createPublishedDocument(payload, causesSlug, { slug: 'tx-submit', heading: { en: 'Submit me', zh: '提交' } })
    await payload.update({ collection: causesSlug, id, data: { summary: 'A change to review' }, locale: 'en', draft: true, ...asUser(users.editor) })
    const before = await snapshot(id)

    await expect(actFailingAudit(users.editor, id, { action: 'submit', locale: 'en' })).rejects.toThrow(/injected failure/)
    const after = await snapshot(id)
    expect(after).toEqual(before)
    expect((after.draft.review as Record<string, { state?: string }>).en.state).not.toBe('inReview')
  })

  itOnPostgres('on PostgreSQL, a refused action inside the transaction writes no audit row', async () => {
    const id = await createPublishedDocument(payload, causesSlug, { slug: 'tx-refused', heading: { en: 'Refused', zh: '拒绝' } })
    const before = await snapshot(id)
    const refused = await workflow(payload, users.editor, causesSlug, id, { action: 'approve', locale: 'en' })
    expect(refused.status).toBe(403)
    expect(await snapshot(id)).toEqual(before)
  })
})
