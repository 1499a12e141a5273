import type { Payload } from 'payload'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import { causesSlug, faqsSlug, sourcesSlug, topicsSlug, treatmentsSlug } from '@/collections/slugs'
import { fingerprintOfLocale } from '@/editorial/fingerprint'
import { seedDemoContent } from '@/seed/seedContent'
import { up as migrateDemoContent202612 } from '../../migrations/sqlite/20261201_235900_demo_content_2026_12'
import { migrations } from '../../migrations/sqlite'

import { seedContent2026October } from '../fixtures/seed-2026-10'
import { asUser, createRoleUsers, type Users } from '../helpers/editorial'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let users: Users

type Collection = typeof topicsSlug | typeof causesSlug | typeof treatmentsSlug | typeof faqsSlug

const quiet = { log: () => undefined }
const october = '2026-10-15T00:00:00.000Z'
const december = '2026-12-01T00:00:00.000Z'

async function docBySlug(collection: Collection, slug: string) {
  const found = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    locale: 'all',
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0] as unknown as Record<string, unknown> & { id: number | string }
}

/** All the text of a rich-text value (enough to look for a sentence). */
const lexicalText = (value: unknown) => JSON.stringify(value)

const reviewOf = (doc: Record<string, unknown>, locale: 'en' | 'zh') =>
  (doc.review as Record<string, Record<string, unknown>>)[locale]

/** Runs the data migration as `npm run migrate` does: inside one transaction of its own. */
async function runDataMigration() {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  await migrateDemoContent202612({ payload, req } as never)
  await commitTransaction(req)
}

beforeAll(async () => {
  // Every migration has run on an empty database here, this one included: it must do nothing.
  t = await startTestPayload()
  payload = t.payload
  expect((await payload.count({ collection: topicsSlug, overrideAccess: true })).totalDocs).toBe(0)
  users = await createRoleUsers(payload)
  // A demo database seeded with the October edition, as a running demo has it.
  const report = await seedDemoContent(payload, { ...quiet, content: seedContent2026October })
  expect(report.unresolved).toEqual([])

  // A person edits one document the new edition changes, and deletes another.
  const faq = await docBySlug(faqsSlug, 'is-it-my-fault')
  await payload.update({
    collection: faqsSlug,
    id: faq.id,
    data: { question: 'Is it my fault? (our own wording)' },
    locale: 'en',
    draft: true,
    ...asUser(users.editor),
  })
  const removed = await docBySlug(treatmentsSlug, 'psychological-support')
  await payload.delete({
    collection: treatmentsSlug,
    id: removed.id,
    overrideAccess: true,
    context: { seeding: true },
  })

  await runDataMigration()
})
afterAll(async () => {
  await t.destroy()
})

describe('updating an existing demo to the 2026-12 edition of the seed content', () => {
  it('is a registered migration, so npm run migrate and npm run demo apply it', () => {
    expect(migrations.map((m) => m.name)).toContain('20261201_235900_demo_content_2026_12')
  })

  it('publishes the corrected text with a new approval date that matches the text approved', async () => {
    // Join fields (the causes, topics and FAQs that point at a treatment) are derived from other
    // documents, not text a reviewer signs; the review workflow leaves them out the same way.
    const joins = new Set(
      payload.collections[treatmentsSlug].config.flattenedFields
        .filter((f) => f.type === 'join')
        .map((f) => f.name),
    )
    const stored = await docBySlug(treatmentsSlug, 'hormone-treatment')
    const doc = Object.fromEntries(Object.entries(stored).filter(([key]) => !joins.has(key)))
    for (const locale of ['en', 'zh'] as const) {
      const review = reviewOf(doc, locale)
      expect({ locale, state: review.state, lastReviewed: review.lastReviewed }).toEqual({
        locale,
        state: 'approved',
        lastReviewed: december,
      })
      expect(review.reviewerName).toBe('Dr Morgan Reed (demo)')
      expect(review.approvedFingerprint).toBe(fingerprintOfLocale(doc, locale))
    }
    const zh = await payload.find({
      collection: treatmentsSlug,
      where: { slug: { equals: 'hormone-treatment' } },
      locale: 'zh',
      overrideAccess: false,
      user: null,
    })
    expect(lexicalText(zh.docs[0].body)).toContain('地屈孕酮')
    expect(lexicalText(zh.docs[0].body)).not.toContain('研究证实其有益')
  })

  it('keeps the old approval date of a text the new edition did not change', async () => {
    const infection = await docBySlug(causesSlug, 'infection')
    // Only the Chinese text about infections changed (an unsourced sentence removed).
    expect(reviewOf(infection, 'en').lastReviewed).toBe('2025-09-01T00:00:00.000Z')
    expect(reviewOf(infection, 'zh').lastReviewed).toBe(december)
    const stress = await docBySlug(faqsSlug, 'can-stress-cause-miscarriage')
    expect(reviewOf(stress, 'en').lastReviewed).toBe(october)
  })

  it('adds the documents of the new edition, published, approved and cross-linked', async () => {
    const cause = await docBySlug(causesSlug, 'cervical-insufficiency')
    const cerclage = await docBySlug(treatmentsSlug, 'cerclage')
    expect(cause.treatments).toEqual([cerclage.id])
    for (const locale of ['en', 'zh'] as const) {
      expect(reviewOf(cause, locale).lastReviewed).toBe(december)
      const visible = await payload.count({
        collection: causesSlug,
        where: { slug: { equals: 'cervical-insufficiency' } },
        locale,
        overrideAccess: false,
        user: null,
      } as never)
      expect(visible.totalDocs).toBe(1)
    }
    const overview = await docBySlug(topicsSlug, 'recurrent-miscarriage')
    expect(overview.causes).toContain(cause.id)
    const prism = await payload.find({
      collection: sourcesSlug,
      where: { slug: { equals: 'prism-2019' } },
      overrideAccess: true,
    })
    expect(prism.docs[0]?.pmid).toBe('31067371')
  })

  it('leaves a document a person edited exactly as the person left it', async () => {
    const faq = await docBySlug(faqsSlug, 'is-it-my-fault')
    expect((faq.question as Record<string, string>).en).toBe('Is it my fault? (our own wording)')
    expect(lexicalText((faq.answer as Record<string, unknown>).en)).toContain(
      'blaming yourself does not help you move forward',
    )
    expect(reviewOf(faq, 'zh').lastReviewed).toBe(october)
  })

  it('does not bring back a seed document that was deleted in the demo', async () => {
    const found = await payload.count({
      collection: treatmentsSlug,
      where: { slug: { equals: 'psychological-support' } },
      overrideAccess: true,
    })
    expect(found.totalDocs).toBe(0)
  })

  it('writes nothing when it runs a second time', async () => {
    const report = await seedDemoContent(payload, { ...quiet, create: () => false })
    expect(report.counts.created + report.counts.updated).toBe(0)
  })
})
