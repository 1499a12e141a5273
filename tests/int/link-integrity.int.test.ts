import type { Payload } from 'payload'

import { causesSlug, faqsSlug, reviewEventsSlug, topicsSlug, treatmentsSlug } from '@/collections/slugs'
import { linkKey, resolveLink, resolveLinks } from '@/content/links'
import { translationStatus } from '@/content/translation'
import { seedDemoContent } from '@/seed/seedContent'

import { asUser, createRoleUsers, workflow, type Users } from '../helpers/editorial'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let users: Users

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  users = await createRoleUsers(payload)
  await seedDemoContent(payload, { log: () => undefined })
})
afterAll(async () => {
  await t.destroy()
})

const anonymous = { overrideAccess: false, user: null } as const

async function idOf(collection: typeof causesSlug | typeof treatmentsSlug | typeof topicsSlug | typeof faqsSlug, slug: string) {
  const found = await payload.find({ collection, where: { slug: { equals: slug } }, overrideAccess: true, depth: 0 })
  return found.docs[0].id
}

/** Creates a treatment through the workflow, public in the given languages only. */
async function treatmentPublicIn(slug: string, languages: Array<'en' | 'zh'>) {
  const created = await payload.create({ collection: treatmentsSlug, data: { slug, title: `EN ${slug}` }, locale: 'en', draft: true, ...asUser(users.editor) })
  await payload.update({ collection: treatmentsSlug, id: created.id, data: { title: `中文 ${slug}` }, locale: 'zh', draft: true, ...asUser(users.editor) })
  for (const locale of languages) {
    await workflow(payload, users.editor, treatmentsSlug, created.id, { action: 'submit', locale })
    await workflow(payload, users.medicalReviewer, treatmentsSlug, created.id, { action: 'approve', locale })
    const published = await workflow(payload, users.medicalReviewer, treatmentsSlug, created.id, { action: 'publish', locale })
    expect(published.status).toBe(200)
  }
  return created.id
}

describe('the link rule', () => {
  it('links to the page in the reader’s language when the target is public in it', async () => {
    const id = await treatmentPublicIn('both-languages', ['en', 'zh'])
    const link = await resolveLink({ relationTo: treatmentsSlug, value: id }, 'zh')
    expect(link).toMatchObject({ href: '/zh/treatments/both-languages', locale: 'zh', fallbackToEnglish: false, title: '中文 both-languages' })
  })

  it('links to the English page, marked as English, when the target is public only in English', async () => {
    const id = await treatmentPublicIn('english-only', ['en'])
    const link = await resolveLink({ relationTo: treatmentsSlug, value: id }, 'zh')
    expect(link).toMatchObject({ href: '/en/treatments/english-only', locale: 'en', fallbackToEnglish: true, title: 'EN english-only' })
  })

  it('does not link at all to a target that is public in neither language', async () => {
    const created = await payload.create({ collection: treatmentsSlug, data: { slug: 'never-published', title: 'Draft only' }, locale: 'en', draft: true, ...asUser(users.editor) })
    expect(await resolveLink({ relationTo: treatmentsSlug, value: created.id }, 'zh')).toBeNull()
    expect(await resolveLink({ relationTo: treatmentsSlug, value: created.id }, 'en')).toBeNull()
    expect(await resolveLink({ relationTo: treatmentsSlug, value: 987654 }, 'en')).toBeNull()
  })

  it('resolves many links in one call, FAQs to their anchor on the FAQ page', async () => {
    const faq = await idOf(faqsSlug, (await payload.find({ collection: faqsSlug, limit: 1, overrideAccess: true })).docs[0].slug)
    const cause = await idOf(causesSlug, 'immune')
    const links = await resolveLinks([{ relationTo: faqsSlug, value: faq }, { relationTo: causesSlug, value: cause }], 'en')
    expect(links.get(linkKey({ relationTo: faqsSlug, value: faq }))?.href).toMatch(/^\/en\/faqs#/)
    expect(links.get(linkKey({ relationTo: causesSlug, value: cause }))?.href).toBe('/en/causes/immune')
  })
})

describe('guarding links when a document leaves the public site', () => {
  it('refuses to unpublish a treatment that published causes link to, naming them, and changes nothing', async () => {
    const id = await idOf(treatmentsSlug, 'hormone-treatment')
    const refused = await workflow(payload, users.medicalReviewer, treatmentsSlug, id, { action: 'unpublish', locale: 'en' })
    expect(refused.status).toBe(409)
    expect(refused.body.error?.message).toMatch(/causes\/endocrine/)
    const still = await payload.find({ collection: treatmentsSlug, where: { slug: { equals: 'hormone-treatment' } }, locale: 'en', ...anonymous })
    expect(still.totalDocs).toBe(1)
  })

  it('refuses to delete a linked document, even for an admin, unless forced with a reason', async () => {
    const id = await idOf(causesSlug, 'genetic')
    const refused = await workflow(payload, users.admin, causesSlug, id, { action: 'delete', locale: 'en' })
    expect(refused.status).toBe(409)
    expect(refused.body.error?.message).toMatch(/topics\/recurrent-miscarriage/)
    expect((await workflow(payload, users.editor, causesSlug, id, { action: 'delete', locale: 'en' })).status).toBe(403)
  })

  it('lets an admin force an unpublish with a reason; afterwards no public link leads to the document', async () => {
    const id = await idOf(causesSlug, 'lifestyle-environment')
    const forced = await workflow(payload, users.admin, causesSlug, id, { action: 'unpublish', locale: 'zh', force: true, reason: 'Retracted pending re-review' })
    expect(forced.status).toBe(200)
    // Chinese readers now get the English page, marked as English.
    expect(await resolveLink({ relationTo: causesSlug, value: id }, 'zh')).toMatchObject({ locale: 'en', fallbackToEnglish: true })
    const forcedEnglish = await workflow(payload, users.admin, causesSlug, id, { action: 'unpublish', locale: 'en', force: true, reason: 'Retracted pending re-review' })
    expect(forcedEnglish.status).toBe(200)
    expect(await resolveLink({ relationTo: causesSlug, value: id }, 'zh')).toBeNull()
    expect(await resolveLink({ relationTo: causesSlug, value: id }, 'en')).toBeNull()
    const events = await payload.find({ collection: reviewEventsSlug, where: { documentKey: { equals: `causes/${id}` } }, overrideAccess: true, sort: 'createdAt' })
    expect(events.docs.map((e) => `${e.action}:${e.locale}`)).toEqual(expect.arrayContaining(['override:zh', 'unpublish:zh', 'override:en', 'unpublish:en']))
  })

  it('unpublishes a document nobody links to without force', async () => {
    const id = await treatmentPublicIn('lonely', ['en', 'zh'])
    const result = await workflow(payload, users.medicalReviewer, treatmentsSlug, id, { action: 'unpublish', locale: 'zh' })
    expect(result.status).toBe(200)
    const zh = await payload.find({ collection: treatmentsSlug, where: { slug: { equals: 'lonely' } }, locale: 'zh', ...anonymous })
    expect(zh.totalDocs).toBe(0)
    const en = await payload.find({ collection: treatmentsSlug, where: { slug: { equals: 'lonely' } }, locale: 'en', ...anonymous })
    expect(en.totalDocs).toBe(1)
  })
})

describe('translation staleness', () => {
  it('reports the Chinese behind when new English is published, and current again once an updated Chinese is approved', async () => {
    const id = await idOf(causesSlug, 'anatomical')
    const read = async () => payload.findByID({ collection: causesSlug, id, locale: 'zh', ...anonymous })
    expect(translationStatus(await read(), 'zh').state).toBe('current')

    await payload.update({ collection: causesSlug, id, data: { summary: 'Updated English summary.' }, locale: 'en', draft: true, ...asUser(users.editor) })
    await workflow(payload, users.editor, causesSlug, id, { action: 'submit', locale: 'en' })
    await workflow(payload, users.medicalReviewer, causesSlug, id, { action: 'approve', locale: 'en' })
    expect((await workflow(payload, users.medicalReviewer, causesSlug, id, { action: 'publish', locale: 'en' })).status).toBe(200)

    const behind = translationStatus(await read(), 'zh')
    expect(behind.state).toBe('behind')
    expect(new Date(behind.englishUpdatedAt ?? 0).getTime()).toBeGreaterThan(Date.now() - 60_000)

    await payload.update({ collection: causesSlug, id, data: { summary: '更新后的中文摘要。' }, locale: 'zh', draft: true, ...asUser(users.translator) })
    await workflow(payload, users.translator, causesSlug, id, { action: 'submit', locale: 'zh' })
    await workflow(payload, users.medicalReviewer, causesSlug, id, { action: 'approve', locale: 'zh', comment: 'Demo text: its open parity mismatches are not what this test is about.' })
    expect((await workflow(payload, users.medicalReviewer, causesSlug, id, { action: 'publish', locale: 'zh' })).status).toBe(200)
    expect(translationStatus(await read(), 'zh').state).toBe('current')
  })

  it('does not mark the Chinese behind when the English is only saved as a draft', async () => {
    const id = await idOf(causesSlug, 'immune')
    await payload.update({ collection: causesSlug, id, data: { summary: 'Draft English only.' }, locale: 'en', draft: true, ...asUser(users.editor) })
    const zh = await payload.findByID({ collection: causesSlug, id, locale: 'zh', ...anonymous })
    expect(translationStatus(zh, 'zh').state).toBe('current')
  })
})
