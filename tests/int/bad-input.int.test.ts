import type { Payload } from 'payload'

import { causesSlug, faqsSlug, topicsSlug, treatmentsSlug } from '@/collections/slugs'

import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  await payload.create({
    collection: causesSlug,
    data: { slug: 'taken', title: 'Already here', _status: 'published' },
    locale: 'en',
    overrideAccess: true,
    context: { seeding: true },
  })
})
afterAll(async () => {
  await t.destroy()
})

async function expectRejected(collection: typeof causesSlug | typeof faqsSlug, data: Record<string, unknown>, path: string) {
  const before = await payload.count({ collection, overrideAccess: true })
  const error = await payload
    .create({ collection, data: data as never, locale: 'en', overrideAccess: true })
    .then(() => null, (e: unknown) => e)
  expect(error).toMatchObject({ name: 'ValidationError', status: 400 })
  const errors = (error as { data: { errors: Array<{ path: string; message: string }> } }).data.errors
  expect(errors.map((e) => e.path)).toContain(path)
  expect(errors.find((e) => e.path === path)?.message).toMatch(/\S/)
  const after = await payload.count({ collection, overrideAccess: true })
  expect(after.totalDocs).toBe(before.totalDocs)
}

describe('bad input is refused with the field named, and nothing is stored', () => {
  it.each(['Has Spaces', 'Capitals', 'rückfall', '流产', 'trailing-', 'a--b', ''])('refuses the slug %j', async (slug) => {
    await expectRejected(causesSlug, { slug, title: 'Title' }, 'slug')
  })

  it('refuses a slug another document already has', async () => {
    await expectRejected(causesSlug, { slug: 'taken', title: 'Duplicate' }, 'slug')
  })

  it('refuses a duplicate slug even for a draft', async () => {
    await expectRejected(causesSlug, { slug: 'taken', title: 'Duplicate draft', _status: 'draft' }, 'slug')
  })

  it('refuses a document without an English title, draft or not', async () => {
    await expectRejected(causesSlug, { slug: 'no-title' }, 'title')
    await expectRejected(causesSlug, { slug: 'no-title-draft', _status: 'draft' }, 'title')
    await expectRejected(causesSlug, { slug: 'blank-title', title: '   ', _status: 'draft' }, 'title')
  })

  it('refuses an FAQ without an English question', async () => {
    await expectRejected(faqsSlug, { slug: 'no-question', subject: 'causes' }, 'question')
  })

  it('refuses a summary over 300 characters, counting Chinese characters as one each', async () => {
    await expectRejected(causesSlug, { slug: 'long-summary', title: 'T', summary: 'x'.repeat(301) }, 'summary')
    const ok = await payload.create({
      collection: causesSlug,
      data: { slug: 'exact-summary', title: 'T', summary: '流'.repeat(300) },
      locale: 'en',
      overrideAccess: true,
    })
    expect(ok.summary).toHaveLength(300)
  })

  it('refuses a relationship to a document that does not exist', async () => {
    await expectRejected(causesSlug, { slug: 'dangling', title: 'T', treatments: [987654] }, 'treatments')
    await expectRejected(faqsSlug, { slug: 'dangling-faq', subject: 'tests', question: 'Q?', topics: [424242] }, 'topics')
  })

  it('refuses the same bad input on update and leaves the stored document as it was', async () => {
    const cause = await payload.find({ collection: causesSlug, where: { slug: { equals: 'taken' } }, overrideAccess: true })
    const id = cause.docs[0].id
    for (const data of [{ slug: 'Bad Slug' }, { summary: 'y'.repeat(400) }, { title: '' }, { treatments: [31337] }]) {
      await expect(
        payload.update({ collection: causesSlug, id, data: data as never, locale: 'en', draft: true, overrideAccess: true }),
      ).rejects.toMatchObject({ status: 400 })
    }
    const after = await payload.findByID({ collection: causesSlug, id, locale: 'en', overrideAccess: true })
    expect(after).toMatchObject({ slug: 'taken', title: 'Already here', treatments: [] })
  })

  it('gives the message in Chinese when the editor works in Chinese', async () => {
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ locale: 'en' }, payload)
    const { i18n } = await import('@payloadcms/translations').then(async (m) => ({
      i18n: await m.initI18n({ config: payload.config.i18n, context: 'api', language: 'zh' }),
    }))
    req.i18n = i18n
    req.t = i18n.t
    const error = await payload
      .create({ collection: topicsSlug, data: { slug: 'Bad Slug', title: 'x' } as never, req, overrideAccess: true })
      .then(() => null, (e: unknown) => e)
    expect(JSON.stringify((error as { data: unknown }).data)).toContain('小写英文字母')
  })

  it('lets a translator save a partial Chinese draft but not publish Chinese without a title', async () => {
    const treatment = await payload.create({
      collection: treatmentsSlug,
      data: { slug: 'partial', title: 'Partial', _status: 'published' },
      locale: 'en',
      overrideAccess: true,
      context: { seeding: true },
    })
    await expect(
      payload.update({ collection: treatmentsSlug, id: treatment.id, data: { summary: '只写了摘要' }, locale: 'zh', draft: true, overrideAccess: true }),
    ).resolves.toBeTruthy()
    await expect(
      payload.update({ collection: treatmentsSlug, id: treatment.id, data: { _status: 'published' }, locale: 'zh', overrideAccess: true, context: { seeding: true } }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'title' })] } })
  })
})
