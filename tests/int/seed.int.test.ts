import crypto from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'

import { causesSlug, faqsSlug, sourcesSlug, topicsSlug, treatmentsSlug } from '@/collections/slugs'
import { causes, faqs, sources, topics, treatments } from '@/seed/data'
import { seedDemoContent } from '@/seed/seedContent'

import { describeOnSqlite } from '../helpers/onAdapter'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload

const seeded = [
  [sourcesSlug, sources.length],
  [topicsSlug, topics.length],
  [causesSlug, causes.length],
  [treatmentsSlug, treatments.length],
  [faqsSlug, faqs.length],
] as const

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
})
afterAll(async () => {
  await t.destroy()
})

async function counts() {
  const result: Record<string, number> = {}
  for (const [collection] of seeded) {
    result[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
    result[`${collection}:versions`] = (
      await payload.countVersions({ collection: collection as CollectionSlug, overrideAccess: true })
    ).totalDocs
  }
  return result
}

async function contentHash() {
  const hash = crypto.createHash('sha256')
  for (const [collection] of seeded) {
    const all = await payload.find({
      collection,
      locale: 'all',
      draft: true,
      depth: 0,
      pagination: false,
      sort: 'slug',
      overrideAccess: true,
    })
    for (const doc of all.docs) {
      // Timestamps and the revision counter differ between two saves of the same content.
      const { updatedAt: _u, createdAt: _c, revision: _r, ...content } = doc as unknown as Record<string, unknown>
      hash.update(JSON.stringify(content))
    }
  }
  return hash.digest('hex')
}

const quiet = { log: () => undefined }

describe('the demo seed', () => {
  it('writes every demo document, published in English and Chinese', async () => {
    const report = await seedDemoContent(payload, quiet)
    expect(report.unresolved).toEqual([])
    for (const [collection, expected] of seeded) {
      for (const locale of ['en', 'zh'] as const) {
        const visible = await payload.count({ collection, locale, overrideAccess: false, user: null } as never)
        expect({ collection, locale, count: visible.totalDocs }).toEqual({ collection, locale, count: expected })
      }
    }
  })

  it('covers the causes, treatments and topics the brief lists, with at least 8 FAQs', () => {
    expect(topics.map((x) => x.slug)).toEqual(
      expect.arrayContaining(['recurrent-miscarriage', 'symptoms', 'diagnosis', 'prevention', 'emotional-support']),
    )
    // The six of the brief, plus cervical insufficiency and cerclage (issue 17).
    expect(causes).toHaveLength(7)
    expect(treatments).toHaveLength(7)
    expect(causes.map((x) => x.slug)).toContain('cervical-insufficiency')
    expect(treatments.map((x) => x.slug)).toContain('cerclage')
    expect(faqs.length).toBeGreaterThanOrEqual(8)
    expect(sources.length).toBeGreaterThanOrEqual(4)
  })

  it('links every cause to treatments and back, and the overview to all causes and treatments', async () => {
    const overview = await payload.find({
      collection: topicsSlug,
      where: { slug: { equals: 'recurrent-miscarriage' } },
      depth: 0,
      overrideAccess: true,
    })
    expect(overview.docs[0].causes).toHaveLength(causes.length)
    expect(overview.docs[0].treatments).toHaveLength(treatments.length)
    const allTreatments = await payload.find({ collection: treatmentsSlug, depth: 0, pagination: false, locale: 'zh', overrideAccess: true })
    for (const treatment of allTreatments.docs) {
      expect({ slug: treatment.slug, causes: treatment.causes?.docs?.length ?? 0 }).toEqual({
        slug: treatment.slug,
        causes: expect.any(Number),
      })
      expect(treatment.causes?.docs?.length ?? 0).toBeGreaterThan(0)
    }
  })

  it('reads a cause in Chinese with its treatments under their Chinese titles', async () => {
    const zh = await payload.find({
      collection: causesSlug,
      where: { slug: { equals: 'immune' } },
      locale: 'zh',
      depth: 1,
      overrideAccess: false,
      user: null,
    })
    const cause = zh.docs[0]
    expect(cause.title).toMatch(/[\u4e00-\u9fff]/)
    expect(cause.treatments?.length).toBeGreaterThan(0)
    for (const treatment of cause.treatments ?? []) {
      expect(typeof treatment === 'object' && treatment.title).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('changes and duplicates nothing when run a second time', async () => {
    const before = { counts: await counts(), hash: await contentHash() }
    const report = await seedDemoContent(payload, quiet)
    expect(report.counts.created + report.counts.updated).toBe(0)
    expect({ counts: await counts(), hash: await contentHash() }).toEqual(before)
  })

  it('never overwrites or deletes what an editor made', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'seed-editor@example.org', password: 'a-long-password-2', name: 'Editor', roles: ['editor'] },
      overrideAccess: true,
    })
    const cause = (await payload.find({ collection: causesSlug, where: { slug: { equals: 'genetic' } }, overrideAccess: true })).docs[0]
    await payload.update({
      collection: causesSlug,
      id: cause.id,
      data: { title: 'Edited by a person' },
      locale: 'en',
      draft: true,
      user: editor,
      overrideAccess: true,
    })
    const own = await payload.create({
      collection: causesSlug,
      data: { slug: 'editor-made', title: 'Made by an editor' },
      locale: 'en',
      draft: true,
      user: editor,
      overrideAccess: true,
    })

    const report = await seedDemoContent(payload, quiet)
    expect(report.counts.kept).toBe(1)
    const after = await payload.findByID({ collection: causesSlug, id: cause.id, locale: 'en', draft: true, overrideAccess: true })
    expect(after.title).toBe('Edited by a person')
    await expect(payload.findByID({ collection: causesSlug, id: own.id, overrideAccess: true })).resolves.toBeTruthy()
  })

  // On PostgreSQL a save commits whole, so there is nothing to repair (and no repair runs):
  // tests/battery/crash.battery.test.ts kills the import there too.
  describeOnSqlite('on SQLite, after an import killed mid-save (SQLite writes a save in several statements)', () => {
    const latestVersions = async (collection: CollectionSlug, id: number | string) =>
      (
        await payload.findVersions({
          collection,
          where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
          pagination: false,
          overrideAccess: true,
        })
      ).totalDocs
    const treatmentBySlug = async (slug: string) =>
      (await payload.find({ collection: treatmentsSlug, where: { slug: { equals: slug } }, overrideAccess: true })).docs[0]

    it('completes a document whose row was written but none of its versions', async () => {
      const before = await contentHash()
      const treatment = await treatmentBySlug(treatments[0].slug)
      await payload.db.deleteVersions({ collection: treatmentsSlug, where: { parent: { equals: treatment.id } } })
      expect(await latestVersions(treatmentsSlug, treatment.id)).toBe(0)

      // A link to it is still a link to a document that exists.
      const cause = (await payload.find({ collection: causesSlug, where: { treatments: { contains: treatment.id } }, overrideAccess: true })).docs[0]
      await expect(
        payload.update({ collection: causesSlug, id: cause.id, data: { treatments: [treatment.id] }, locale: 'en', overrideAccess: true, context: { seeding: true } }),
      ).resolves.toBeTruthy()

      const report = await seedDemoContent(payload, quiet)
      expect(report.counts.created).toBe(0)
      expect(await latestVersions(treatmentsSlug, treatment.id)).toBe(1)
      expect(await contentHash()).toBe(before)
    })

    it('leaves one newest version where the crash left two', async () => {
      const before = await contentHash()
      const treatment = await treatmentBySlug(treatments[1].slug)
      const draft = await payload.findByID({ collection: treatmentsSlug, id: treatment.id, locale: 'all', draft: true, depth: 0, overrideAccess: true })
      // A second newest version, older than the first, as a crash between writing a version and
      // marking the previous one superseded leaves it.
      const older = new Date(Date.parse(draft.updatedAt) - 1_000).toISOString()
      await payload.db.createVersion({
        collectionSlug: treatmentsSlug,
        parent: treatment.id,
        versionData: draft as never,
        autosave: false,
        createdAt: older,
        updatedAt: older,
      })
      expect(await latestVersions(treatmentsSlug, treatment.id)).toBe(2)

      await seedDemoContent(payload, quiet)
      expect(await latestVersions(treatmentsSlug, treatment.id)).toBe(1)
      expect(await contentHash()).toBe(before)
    })
  })

  it('restores a seeded document that was deleted', async () => {
    const faq = (await payload.find({ collection: faqsSlug, limit: 1, overrideAccess: true })).docs[0]
    await payload.delete({ collection: faqsSlug, id: faq.id, overrideAccess: true, context: { seeding: true } })
    const report = await seedDemoContent(payload, quiet)
    expect(report.counts.created).toBe(1)
    const again = await payload.find({ collection: faqsSlug, where: { slug: { equals: faq.slug } }, overrideAccess: true })
    expect(again.totalDocs).toBe(1)
  })
})
