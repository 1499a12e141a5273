import type { Payload } from 'payload'

import { causesSlug, faqsSlug, sourcesSlug, topicsSlug, treatmentsSlug } from '@/collections/slugs'

import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
})
afterAll(async () => {
  await t.destroy()
})

// Setting up fixtures, not exercising the workflow: the seed's escape hatch skips the review gate.
const system = { overrideAccess: true, context: { seeding: true } } as const
const anonymous = { overrideAccess: false, user: null } as const

function paragraph(text: string) {
  return {
    root: {
      type: 'root',
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
      children: [
        {
          type: 'paragraph',
          direction: 'ltr' as const,
          format: '' as const,
          indent: 0,
          version: 1,
          children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
        },
      ],
    },
  }
}

describe.each([topicsSlug, causesSlug, treatmentsSlug] as const)('%s in both languages', (collection) => {
  it('creates in English, adds Chinese, reads each language back and updates each independently', async () => {
    const slug = `${collection}-roundtrip`
    const created = await payload.create({
      collection,
      data: { slug, title: 'English title', summary: 'English summary', body: paragraph('English body'), _status: 'published' },
      locale: 'en',
      ...system,
    })
    await payload.update({
      collection,
      id: created.id,
      data: { title: '中文标题', summary: '中文摘要', body: paragraph('中文正文'), _status: 'published' },
      locale: 'zh',
      ...system,
    })

    const en = await payload.findByID({ collection, id: created.id, locale: 'en', ...anonymous })
    const zh = await payload.findByID({ collection, id: created.id, locale: 'zh', ...anonymous })
    expect(en).toMatchObject({ slug, title: 'English title', summary: 'English summary' })
    expect(zh).toMatchObject({ slug, title: '中文标题', summary: '中文摘要' })
    expect(JSON.stringify(zh.body)).toContain('中文正文')

    await payload.update({ collection, id: created.id, data: { title: '新的中文标题', _status: 'published' }, locale: 'zh', ...system })
    const enAfter = await payload.findByID({ collection, id: created.id, locale: 'en', ...anonymous })
    const zhAfter = await payload.findByID({ collection, id: created.id, locale: 'zh', ...anonymous })
    expect(enAfter.title).toBe('English title')
    expect(zhAfter.title).toBe('新的中文标题')
  })
})

describe('FAQs in both languages', () => {
  it('stores question, summary and answer per language, sharing subject and links', async () => {
    const topic = await payload.create({
      collection: topicsSlug,
      data: { slug: 'faq-target', title: 'Target', _status: 'published' },
      locale: 'en',
      ...system,
    })
    const faq = await payload.create({
      collection: faqsSlug,
      data: {
        slug: 'is-it-common',
        subject: 'understanding',
        question: 'Is it common?',
        summary: 'About one in a hundred.',
        answer: paragraph('Yes, fairly.'),
        topics: [topic.id],
        _status: 'published',
      },
      locale: 'en',
      ...system,
    })
    await payload.update({
      collection: faqsSlug,
      id: faq.id,
      data: { question: '常见吗？', summary: '约百分之一。', answer: paragraph('比较常见。'), _status: 'published' },
      locale: 'zh',
      ...system,
    })
    const zh = await payload.findByID({ collection: faqsSlug, id: faq.id, locale: 'zh', depth: 0, ...anonymous })
    expect(zh).toMatchObject({ question: '常见吗？', summary: '约百分之一。', subject: 'understanding', topics: [topic.id] })
    const en = await payload.findByID({ collection: faqsSlug, id: faq.id, locale: 'en', depth: 0, ...anonymous })
    expect(en.question).toBe('Is it common?')
  })
})

describe('Sources', () => {
  it('keep a citation as published and are linkable from content', async () => {
    const source = await payload.create({
      collection: sourcesSlug,
      data: {
        slug: 'eshre-test',
        title: 'ESHRE guideline: recurrent pregnancy loss',
        organisation: 'ESHRE',
        year: 2023,
        url: 'https://doi.org/10.1093/hropen/hoad002',
        doi: '10.1093/hropen/hoad002',
        pmid: '36873081',
        _status: 'published',
      },
      ...system,
    })
    const updated = await payload.update({ collection: sourcesSlug, id: source.id, data: { year: 2022 }, ...system })
    expect(updated.year).toBe(2022)
    const cause = await payload.create({
      collection: causesSlug,
      data: { slug: 'cited', title: 'Cited', sources: [source.id], _status: 'published' },
      locale: 'en',
      ...system,
    })
    const read = await payload.findByID({ collection: causesSlug, id: cause.id, locale: 'zh', depth: 1, ...system })
    expect(read.sources?.[0]).toMatchObject({ slug: 'eshre-test', doi: '10.1093/hropen/hoad002' })
  })
})

describe('Media', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  )

  it('stores alt text per language', async () => {
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'A calm waiting room' },
      file: { data: png, mimetype: 'image/png', name: 'room.png', size: png.length },
      locale: 'en',
      ...system,
    })
    await payload.update({ collection: 'media', id: media.id, data: { alt: '安静的候诊室' }, locale: 'zh', ...system })
    const zh = await payload.findByID({ collection: 'media', id: media.id, locale: 'zh', ...system })
    expect(zh.alt).toBe('安静的候诊室')
    const en = await payload.findByID({ collection: 'media', id: media.id, locale: 'en', ...system })
    expect(en.alt).toBe('A calm waiting room')
  })

  it('refuses an upload without alternative text', async () => {
    await expect(
      payload.create({
        collection: 'media',
        data: {} as never,
        file: { data: png, mimetype: 'image/png', name: 'no-alt.png', size: png.length },
        locale: 'en',
        ...system,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'alt' })] } })
  })
})

describe('Users', () => {
  it('make the very first account an admin, so someone can manage the rest', async () => {
    const first = await payload.create({
      collection: 'users',
      data: { email: 'first@example.org', password: 'a-long-password-0', name: 'First', roles: ['editor'] },
      ...system,
    })
    expect(first.roles).toEqual(['editor', 'admin'])
  })

  it('hold the roles they are given, and a name', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'roles@example.org', password: 'a-long-password-1', name: 'Dr Roles', roles: ['medicalReviewer', 'editor'] },
      ...system,
    })
    const read = await payload.findByID({ collection: 'users', id: user.id, ...system })
    expect(read.roles).toEqual(['medicalReviewer', 'editor'])
  })
})

describe('no silent fallback between languages', () => {
  it('returns a missing Chinese field as missing, not as the English text', async () => {
    const cause = await payload.create({
      collection: causesSlug,
      data: { slug: 'english-only-summary', title: 'Has an English summary', summary: 'Only in English', _status: 'published' },
      locale: 'en',
      ...system,
    })
    await payload.update({ collection: causesSlug, id: cause.id, data: { title: '只有中文标题', _status: 'published' }, locale: 'zh', ...system })
    const zh = await payload.findByID({ collection: causesSlug, id: cause.id, locale: 'zh', ...anonymous })
    expect(zh.title).toBe('只有中文标题')
    expect(zh.summary ?? null).toBeNull()
  })

  it('hides a document from Chinese readers until its Chinese version is published', async () => {
    const cause = await payload.create({
      collection: causesSlug,
      data: { slug: 'english-first', title: 'English first', _status: 'published' },
      locale: 'en',
      ...system,
    })
    await payload.update({ collection: causesSlug, id: cause.id, data: { title: '中文草稿' }, locale: 'zh', draft: true, ...system })
    const zhList = await payload.find({ collection: causesSlug, where: { slug: { equals: 'english-first' } }, locale: 'zh', ...anonymous })
    expect(zhList.totalDocs).toBe(0)
    const enList = await payload.find({ collection: causesSlug, where: { slug: { equals: 'english-first' } }, locale: 'en', ...anonymous })
    expect(enList.docs[0]?.title).toBe('English first')
  })
})

describe('cross-links are readable from both sides', () => {
  it('lists, on a cause read in Chinese, its treatments with their Chinese titles, and on each treatment, that cause', async () => {
    const treatment = await payload.create({
      collection: treatmentsSlug,
      data: { slug: 'levothyroxine', title: 'Levothyroxine', _status: 'published' },
      locale: 'en',
      ...system,
    })
    await payload.update({ collection: treatmentsSlug, id: treatment.id, data: { title: '左甲状腺素', _status: 'published' }, locale: 'zh', ...system })
    const cause = await payload.create({
      collection: causesSlug,
      data: { slug: 'thyroid', title: 'Thyroid', treatments: [treatment.id], _status: 'published' },
      locale: 'en',
      ...system,
    })
    await payload.update({ collection: causesSlug, id: cause.id, data: { title: '甲状腺疾病', _status: 'published' }, locale: 'zh', ...system })

    const zhCause = await payload.findByID({ collection: causesSlug, id: cause.id, locale: 'zh', depth: 1, ...anonymous })
    expect(zhCause.treatments).toEqual([expect.objectContaining({ slug: 'levothyroxine', title: '左甲状腺素' })])

    const zhTreatment = await payload.findByID({ collection: treatmentsSlug, id: treatment.id, locale: 'zh', depth: 1, ...anonymous })
    expect(zhTreatment.causes?.docs).toEqual([expect.objectContaining({ slug: 'thyroid', title: '甲状腺疾病' })])
  })
})
