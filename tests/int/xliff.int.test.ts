import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'
// The npm `xliff` package: an XLIFF reader we did not write.
import xliff from 'xliff'

import { causesSlug } from '@/collections/slugs'
import { textModelOf } from '@/editorial/parity'
import { exportXliff, importXliff } from '@/editorial/xliff/service'
import { seedDemoContent } from '@/seed/seedContent'

import { seedContent2026October } from '../fixtures/seed-2026-10'
import { asUser, createRoleUsers, workflow, type Users } from '../helpers/editorial'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let users: Users

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  users = await createRoleUsers(payload)
  // The October edition, which still used the discouraged 抗磷脂抗体综合征: a real glossary finding
  // for the export's notes and a real correction for the vendor to make.
  await seedDemoContent(payload, { log: () => undefined, content: seedContent2026October })
})
afterAll(async () => {
  await t.destroy()
})

const reqAs = (user: Users[keyof Users]) =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

async function causeId(slug: string) {
  const found = await payload.find({
    collection: causesSlug,
    where: { slug: { equals: slug } },
    overrideAccess: true,
    depth: 0,
  })
  return found.docs[0].id
}

const read = (id: number | string, locale: 'en' | 'zh', draft: boolean) =>
  payload.findByID({
    collection: causesSlug,
    id,
    locale,
    draft,
    fallbackLocale: false,
    overrideAccess: true,
    depth: 0,
  })

describe('XLIFF export and import', () => {
  it('exports a file that xmllint and the xliff package read, with a unit per field, notes and inline codes', async () => {
    const id = await causeId('immune')
    const { xml } = await exportXliff(await reqAs(users.translator), [
      { collection: causesSlug, id },
    ])
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xliff-')), 'out.xlf')
    fs.writeFileSync(file, xml)
    expect(() => execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' })).not.toThrow()
    const js = (await xliff.xliff2js(xml)) as {
      sourceLanguage: string
      targetLanguage: string
      resources: Record<string, Record<string, { source: unknown; target?: unknown }>>
    }
    expect(js.sourceLanguage).toBe('en')
    expect(js.targetLanguage).toBe('zh')
    const units = js.resources[`causes-${id}`]
    expect(Object.keys(units)).toEqual([
      `causes-${id}-title`,
      `causes-${id}-summary`,
      `causes-${id}-body`,
    ])
    expect(xml).toContain(
      '<note category="glossary">antiphospholipid syndrome = 抗磷脂综合征 (not: 抗磷脂抗体综合征)</note>',
    )
    expect(xml).toContain('<note category="parity">The Chinese uses 抗磷脂抗体综合征')
    expect(xml).toMatch(/<pc id="s\d+" type="link" dataRefStart="s\d+">/)
    expect(xml).toMatch(/<pc id="s\d+" type="fmt" dataRefStart="s\d+">/)
  })

  it('changes nothing when a file comes back unchanged', async () => {
    const id = await causeId('genetic')
    const before = await read(id, 'zh', true)
    const req = await reqAs(users.translator)
    const { xml } = await exportXliff(req, [{ collection: causesSlug, id }])
    const report = await importXliff(req, xml)
    expect(report.documents[0].imported).toEqual([])
    expect(report.documents[0].refused).toEqual([])
    const after = await read(id, 'zh', true)
    expect(after.revision).toBe(before.revision)
  })

  it('imports a vendor’s change as a Chinese draft, keeping every mark and link, and leaves the English and the public Chinese alone', async () => {
    const id = await causeId('immune')
    const req = await reqAs(users.translator)
    const englishBefore = await read(id, 'en', false)
    const publishedZh = await read(id, 'zh', false)
    const { xml } = await exportXliff(req, [{ collection: causesSlug, id }])
    const edited = xml.split('抗磷脂抗体综合征').join('抗磷脂综合征')
    const report = await importXliff(req, edited)
    expect(report.documents[0]).toMatchObject({
      document: `causes/${id}`,
      imported: ['title', 'summary', 'body'],
      refused: [],
    })
    const draft = await read(id, 'zh', true)
    expect(draft.title).not.toContain('抗磷脂抗体综合征')
    expect(JSON.stringify(draft.body)).not.toContain('抗磷脂抗体综合征')
    const before = textModelOf(publishedZh.body)
    const after = textModelOf(draft.body)
    expect(after.blocks.map((b) => b.links.map((l) => l.target))).toEqual(
      before.blocks.map((b) => b.links.map((l) => l.target)),
    )
    expect(after.blocks.map((b) => b.emphasis.length)).toEqual(
      before.blocks.map((b) => b.emphasis.length),
    )
    expect(await read(id, 'en', false)).toMatchObject({
      title: englishBefore.title,
      summary: englishBefore.summary,
    })
    expect((await read(id, 'zh', false)).title).toBe(publishedZh.title)
  })

  it('refuses a unit whose English source changed since the export, and reports it', async () => {
    const id = await causeId('anatomical')
    const req = await reqAs(users.translator)
    const { xml } = await exportXliff(req, [{ collection: causesSlug, id }])
    const edited = xml
      .replace('Anatomical causes: the shape of the uterus</source>', 'Anatomical causes</source>')
      .replace('解剖因素：子宫形态异常</target>', '解剖因素</target>')
    const report = await importXliff(req, edited)
    expect(report.documents[0].refused).toEqual([
      { unit: `causes-${id}-title`, reason: expect.stringMatching(/English source has changed/) },
    ])
    expect((await read(id, 'zh', true)).title).toBe('解剖因素：子宫形态异常')
  })

  it('takes every translation behind out and back in: import, review, publish, and the Chinese page shows the change', async () => {
    const id = await causeId('lifestyle-environment')
    await payload.update({
      collection: causesSlug,
      id,
      data: { title: 'Lifestyle and environment (revised)' },
      locale: 'en',
      draft: true,
      ...asUser(users.editor),
    })
    for (const [user, action] of [
      [users.editor, 'submit'],
      [users.medicalReviewer, 'approve'],
      [users.medicalReviewer, 'publish'],
    ] as const) {
      expect((await workflow(payload, user, causesSlug, id, { action, locale: 'en' })).status).toBe(
        200,
      )
    }
    const req = await reqAs(users.translator)
    const { xml } = await exportXliff(
      req,
      await (await import('@/editorial/xliff/service')).translationsBehindRefs(req),
    )
    expect(xml).toContain(`original="causes/${id}"`)
    const oldTitle = (await read(id, 'zh', false)).title as string
    const edited = xml.replace(`${oldTitle}</target>`, '生活方式与环境因素（修订）</target>')
    const report = await importXliff(req, edited)
    expect(report.documents.find((d) => d.document === `causes/${id}`)?.imported).toEqual(['title'])
    expect((await read(id, 'zh', false)).title).toBe(oldTitle)
    await workflow(payload, users.translator, causesSlug, id, { action: 'submit', locale: 'zh' })
    const approved = await workflow(payload, users.medicalReviewer, causesSlug, id, {
      action: 'approve',
      locale: 'zh',
      comment: 'Checked against the vendor file.',
    })
    expect(approved.status).toBe(200)
    expect(
      (
        await workflow(payload, users.medicalReviewer, causesSlug, id, {
          action: 'publish',
          locale: 'zh',
        })
      ).status,
    ).toBe(200)
    const page = await payload.find({
      collection: causesSlug,
      where: { slug: { equals: 'lifestyle-environment' } },
      locale: 'zh',
      overrideAccess: false,
      user: null,
    })
    expect(page.docs[0].title).toBe('生活方式与环境因素（修订）')
  })

  it('refuses malformed, foreign, wrong-language and entity-laden files whole, naming the line', async () => {
    const id = await causeId('anatomical')
    const req = await reqAs(users.translator)
    const { xml } = await exportXliff(req, [{ collection: causesSlug, id }])
    const changed = xml.replace('解剖因素：子宫形态异常</target>', '解剖因素（新）</target>')
    await expect(importXliff(req, changed.replace('</unit>', '</unti>'))).rejects.toThrow(
      /Not well-formed XML\. Line \d+/,
    )
    await expect(importXliff(req, changed.replace('trgLang="zh"', 'trgLang="fr"'))).rejects.toThrow(
      /wrong languages/,
    )
    await expect(importXliff(req, '<?xml version="1.0"?><html><body/></html>')).rejects.toThrow(
      /Line 1: not an XLIFF 2.0 file/,
    )
    const bomb = changed
      .replace(
        '<xliff',
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<xliff',
      )
      .replace('解剖因素（新）', '&b;')
    await expect(importXliff(req, bomb)).rejects.toThrow(/Line 2: a DOCTYPE/)
    const external = changed.replace(
      '<xliff',
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<xliff',
    )
    await expect(importXliff(req, external)).rejects.toThrow(/DOCTYPE/)
    await expect(importXliff(req, changed.replace('解剖因素（新）', '&e;'))).rejects.toThrow(
      /entity "&e;" is not allowed/,
    )
    await expect(importXliff(req, changed + ' '.repeat(10 * 1024 * 1024))).rejects.toThrow(
      /larger than 10 MB/,
    )
    expect((await read(id, 'zh', true)).title).toBe('解剖因素：子宫形态异常')
  })
})
