import { createLocalReq, type Payload } from 'payload'

import { glossarySlug, reviewEventsSlug, treatmentsSlug } from '@/collections/slugs'
import { loadReviewDashboard } from '@/components/admin/dashboardQueries'
import { parityReportOf } from '@/editorial/endpoints/workflow'
import { englishBesideOf } from '@/editorial/englishBeside'
import { seedGlossary } from '@/seed/seedGlossary'

import { asUser, createRoleUsers, workflow, type Users } from '../helpers/editorial'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let users: Users

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  users = await createRoleUsers(payload)
  await seedGlossary(payload)
})
afterAll(async () => {
  await t.destroy()
})

async function treatmentWithChinese(slug: string, zh: { title: string; summary: string }) {
  const created = await payload.create({
    collection: treatmentsSlug,
    data: {
      slug,
      title: 'Low-dose aspirin for antiphospholipid syndrome',
      summary: 'Taken as 75 mg a day from 12 weeks of pregnancy.',
    },
    locale: 'en',
    draft: true,
    ...asUser(users.editor),
  })
  await payload.update({
    collection: treatmentsSlug,
    id: created.id,
    data: zh,
    locale: 'zh',
    draft: true,
    ...asUser(users.translator),
  })
  return created.id
}

async function parityAs(user: Users[keyof Users] | null, id: number | string) {
  const req = await createLocalReq(
    { user: user ? ({ ...user, collection: 'users' } as never) : undefined },
    payload,
  )
  const response = await parityReportOf(req, treatmentsSlug, String(id))
  return {
    status: response.status,
    body: (await response.json()) as {
      open?: number
      mismatches?: Array<{ kind: string; message: string; en: string | null; zh: string | null }>
    },
  }
}

describe('parity checks in the review workflow', () => {
  it('refuses to approve a Chinese text with open mismatches without a comment, and records the comment and the mismatches', async () => {
    const id = await treatmentWithChinese('parity-approval', {
      title: '抗磷脂抗体综合征的低剂量阿司匹林治疗',
      summary: '从孕10周起每日服用75毫克。',
    })
    expect(
      (
        await workflow(payload, users.translator, treatmentsSlug, id, {
          action: 'submit',
          locale: 'zh',
        })
      ).status,
    ).toBe(200)

    const refused = await workflow(payload, users.medicalReviewer, treatmentsSlug, id, {
      action: 'approve',
      locale: 'zh',
    })
    expect(refused.status).toBe(400)
    expect(refused.body.error?.code).toBe('parity_comment_required')
    const listed = (
      refused.body.error?.details as {
        mismatches: Array<{ message: string; en: string | null; zh: string | null }>
      }
    ).mismatches
    expect(listed.map((m) => m.message)).toEqual(
      expect.arrayContaining([
        'The English says 12 week ("12 weeks"); the Chinese has no matching number.',
        'The Chinese uses 抗磷脂抗体综合征; the glossary prefers 抗磷脂综合征 (antiphospholipid syndrome).',
      ]),
    )
    expect(listed.find((m) => m.message.includes('12 week'))).toMatchObject({
      en: 'Taken as 75 mg a day from 12 weeks of pregnancy.',
      zh: '从孕10周起每日服用75毫克。',
    })

    const approved = await workflow(payload, users.medicalReviewer, treatmentsSlug, id, {
      action: 'approve',
      locale: 'zh',
      comment: 'The Chinese follows the local protocol, which starts at 10 weeks.',
    })
    expect(approved.status).toBe(200)
    const events = await payload.find({
      collection: reviewEventsSlug,
      where: { documentKey: { equals: `treatments/${id}` }, action: { equals: 'approve' } },
      overrideAccess: true,
    })
    expect(events.docs[0].comment).toBe(
      'The Chinese follows the local protocol, which starts at 10 weeks.',
    )
    expect(events.docs[0].reason).toMatch(
      /^Approved with 3 open parity mismatch\(es\): .*抗磷脂抗体综合征.*12 week/,
    )
  })

  it('approves a Chinese text whose parity check is clear without a comment', async () => {
    const id = await treatmentWithChinese('parity-clear', {
      title: '抗磷脂综合征的低剂量阿司匹林治疗',
      summary: '从孕12周起每日服用75毫克。',
    })
    expect((await parityAs(users.translator, id)).body.open).toBe(0)
    await workflow(payload, users.translator, treatmentsSlug, id, {
      action: 'submit',
      locale: 'zh',
    })
    const approved = await workflow(payload, users.medicalReviewer, treatmentsSlug, id, {
      action: 'approve',
      locale: 'zh',
    })
    expect(approved.status).toBe(200)
    expect((approved.body as { parity?: { open: number } }).parity?.open).toBe(0)
  })

  it('reports parity to staff through the API and to nobody else', async () => {
    const id = await treatmentWithChinese('parity-report', {
      title: '抗磷脂综合征的小剂量阿司匹林治疗',
      summary: '从孕12周起每日服用75毫克。',
    })
    const report = await parityAs(users.translator, id)
    expect(report.status).toBe(200)
    expect(report.body.mismatches?.map((m) => m.kind)).toEqual(['glossaryDiscouraged'])
    expect((await parityAs(null, id)).status).toBe(401)
  })
})

describe('the translations-behind list', () => {
  it('shows how many parity mismatches a translation behind its English has', async () => {
    const id = await treatmentWithChinese('parity-behind', {
      title: '抗磷脂综合征的低剂量阿司匹林治疗',
      summary: '从孕12周起每日服用75毫克。',
    })
    const publish = async (locale: 'en' | 'zh') => {
      await workflow(
        payload,
        locale === 'en' ? users.editor : users.translator,
        treatmentsSlug,
        id,
        { action: 'submit', locale },
      )
      expect(
        (
          await workflow(payload, users.medicalReviewer, treatmentsSlug, id, {
            action: 'approve',
            locale,
          })
        ).status,
      ).toBe(200)
      expect(
        (
          await workflow(payload, users.medicalReviewer, treatmentsSlug, id, {
            action: 'publish',
            locale,
          })
        ).status,
      ).toBe(200)
    }
    await publish('en')
    await publish('zh')
    await payload.update({
      collection: treatmentsSlug,
      id,
      data: { summary: 'Taken as 75 mg a day from 16 weeks of pregnancy.' },
      locale: 'en',
      draft: true,
      ...asUser(users.editor),
    })
    await publish('en')
    const dashboard = await loadReviewDashboard(payload, {
      ...users.translator,
      collection: 'users',
    } as never)
    const row = dashboard.translationsBehind.find((r) => r.id === id && r.locale === 'zh')
    expect(row?.parityOpen).toBe(2)

    // Beside the Chinese: the English as published and the English it was approved against.
    const req = await createLocalReq(
      { user: { ...users.translator, collection: 'users' } as never },
      payload,
    )
    const beside = await englishBesideOf(req, treatmentsSlug, String(id))
    expect(beside).toMatchObject({
      behind: true,
      published: { summary: 'Taken as 75 mg a day from 16 weeks of pregnancy.' },
      approved: { summary: 'Taken as 75 mg a day from 12 weeks of pregnancy.' },
    })
  })
})

describe('the glossary', () => {
  it('ships at least 40 demo terms, readable by staff only and kept by editors and reviewers', async () => {
    const all = await payload.find({
      collection: glossarySlug,
      limit: 0,
      pagination: false,
      ...asUser(users.translator),
    })
    expect(all.docs.length).toBeGreaterThanOrEqual(40)
    expect(all.docs.find((d) => d.english === 'antiphospholipid syndrome')).toMatchObject({
      chinese: '抗磷脂综合征',
      discouraged: ['抗磷脂抗体综合征'],
    })
    await expect(
      payload.find({ collection: glossarySlug, overrideAccess: false, user: null }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({
        collection: glossarySlug,
        data: { english: 'translator term', chinese: '译者' },
        ...asUser(users.translator),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const made = await payload.create({
      collection: glossarySlug,
      data: { english: 'miscarriage', chinese: '流产', discouraged: ['小产'] },
      ...asUser(users.editor),
    })
    await payload.update({
      collection: glossarySlug,
      id: made.id,
      data: { note: '通俗用语“小产”不用。' },
      ...asUser(users.medicalReviewer),
    })
    expect(await seedGlossary(payload)).toBe(0)
  })
})
