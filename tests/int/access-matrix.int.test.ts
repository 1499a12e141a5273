/**
 * Who may do what to each kind of content: the role × action matrix of the review workflow,
 * asserted cell by cell through the Local API (access control on) and the workflow action the
 * REST endpoint POST /api/{collection}/{id}/workflow runs. The matrix below is the one README
 * prints under "Roles and permissions"; the last test keeps the two identical.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import {
  causesSlug,
  contentCollectionSlugs,
  faqsSlug,
  reviewEventsSlug,
  sourcesSlug,
  topicsSlug,
  treatmentsSlug,
  type ContentCollectionSlug,
} from '@/collections/slugs'
import type { User } from '@/payload-types'

import {
  asUser,
  createPublishedDocument,
  createRoleUsers,
  headingFieldOf,
  paragraphBody,
  workflow,
  workflowAs,
  type Users,
  type WorkflowResult,
} from '../helpers/editorial'
import { startTestPayload, type TestPayload } from '../helpers/payload'

const actors = ['anonymous', 'editor', 'translator', 'medicalReviewer', 'admin'] as const
type Actor = (typeof actors)[number]

const actions = [
  'create',
  'readDraft',
  'editEnglish',
  'editChinese',
  'approve',
  'publish',
  'unpublish',
  'delete',
] as const
type Action = (typeof actions)[number]

interface Cell {
  allowed: boolean
  /** The condition attached to the answer, as README prints it. */
  note?: string
}
const yes = (note?: string): Cell => ({ allowed: true, note })
const no = (note?: string): Cell => ({ allowed: false, note })

/** THE expected matrix, the same for topics, causes, treatments and FAQs. */
const matrix: Record<Actor, Record<Action, Cell>> = {
  anonymous: {
    create: no(),
    readDraft: no('published text only'),
    editEnglish: no(),
    editChinese: no(),
    approve: no(),
    publish: no(),
    unpublish: no(),
    delete: no(),
  },
  editor: {
    create: yes(),
    readDraft: yes(),
    editEnglish: yes(),
    editChinese: yes(),
    approve: no(),
    publish: no(),
    unpublish: no(),
    delete: no(),
  },
  translator: {
    create: no(),
    readDraft: yes(),
    editEnglish: no(),
    editChinese: yes('drafts; slug and links stay as they are'),
    approve: no(),
    publish: no(),
    unpublish: no(),
    delete: no(),
  },
  medicalReviewer: {
    create: no(),
    readDraft: yes(),
    editEnglish: yes(),
    editChinese: yes(),
    approve: yes('never their own change'),
    publish: yes('approved text only'),
    unpublish: yes('unless published pages link to it'),
    delete: no(),
  },
  admin: {
    create: yes(),
    readDraft: yes(),
    editEnglish: yes(),
    editChinese: yes(),
    approve: no('overrides instead'),
    publish: yes('approved text, or forced with a reason'),
    unpublish: yes('unless linked, or forced with a reason'),
    delete: yes('unless linked, or forced with a reason'),
  },
}

const actorNames: Record<Actor, string> = {
  anonymous: 'an anonymous reader',
  editor: 'an editor',
  translator: 'a translator',
  medicalReviewer: 'a medical reviewer',
  admin: 'an admin',
}
const rowNames: Record<Actor, string> = {
  anonymous: 'anonymous',
  editor: 'editor',
  translator: 'translator',
  medicalReviewer: 'medical reviewer',
  admin: 'admin',
}
const columnNames: Record<Action, string> = {
  create: 'create',
  readDraft: 'read draft',
  editEnglish: 'edit English',
  editChinese: 'edit Chinese',
  approve: 'approve',
  publish: 'publish',
  unpublish: 'unpublish',
  delete: 'delete',
}
const nouns: Record<ContentCollectionSlug, string> = {
  [topicsSlug]: 'a topic',
  [causesSlug]: 'a cause',
  [treatmentsSlug]: 'a treatment',
  [faqsSlug]: 'an FAQ',
}
const phrases: Record<Action, (noun: string) => string> = {
  create: (noun) => `create ${noun}`,
  readDraft: (noun) => `read the unpublished drafts of ${noun}`,
  editEnglish: (noun) => `edit the English text of ${noun}`,
  editChinese: (noun) => `edit the Chinese text of ${noun}`,
  approve: (noun) => `approve the English text of ${noun} in review`,
  publish: (noun) => `publish an approved change to ${noun}`,
  unpublish: (noun) => `unpublish the English page of ${noun}`,
  delete: (noun) => `delete ${noun}`,
}

function cellName(actor: Actor, action: Action, collection: ContentCollectionSlug): string {
  const verb = matrix[actor][action].allowed ? 'can' : 'cannot'
  return `${actorNames[actor]} ${verb} ${phrases[action](nouns[collection])}`
}

/** The matrix as the markdown table README prints. */
function matrixAsMarkdown(): string {
  const header = `| role | ${actions.map((a) => columnNames[a]).join(' | ')} |`
  const rule = `| --- | ${actions.map(() => '---').join(' | ')} |`
  const rows = actors.map((actor) => {
    const cells = actions.map((action) => {
      const cell = matrix[actor][action]
      return `${cell.allowed ? 'yes' : 'no'}${cell.note ? ` (${cell.note})` : ''}`
    })
    return `| ${rowNames[actor]} | ${cells.join(' | ')} |`
  })
  return [header, rule, ...rows].join('\n')
}

let t: TestPayload
let payload: Payload
let users: Users
let sourceId: number

const runId = Date.now().toString(36)
let serial = 0
const uniqueSlug = (label: string) => `${label}-${runId}-${++serial}`

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  users = await createRoleUsers(payload)
  const source = await payload.create({
    collection: sourcesSlug,
    data: {
      slug: uniqueSlug('source'),
      title: 'A guideline',
      organisation: 'A society',
      year: 2023,
      _status: 'published',
    },
    overrideAccess: true,
    context: { seeding: true },
  })
  sourceId = source.id
}, 60_000)
afterAll(async () => {
  await t?.destroy()
})

const anonymous = { overrideAccess: false, user: null } as const
const userOf = (actor: Actor): User | null => (actor === 'anonymous' ? null : users[actor])
const as = (actor: Actor) => (actor === 'anonymous' ? anonymous : asUser(users[actor]))

type Doc = Record<string, unknown>

/** A fresh document, live in both languages, for one cell. */
async function publishedFixture(
  collection: ContentCollectionSlug,
  label: string,
  shared?: Record<string, unknown>,
) {
  const slug = uniqueSlug(label)
  const heading = { en: `Published ${slug}`, zh: `已发布 ${slug}` }
  const id = await createPublishedDocument(payload, collection, { slug, heading, shared })
  return { id, slug, heading }
}

/** What is stored (latest draft or published version), read with full rights. */
async function stored(
  collection: ContentCollectionSlug,
  id: number,
  locale: 'en' | 'zh' | 'all',
  draft = true,
) {
  return (await payload.findByID({
    collection,
    id,
    locale,
    fallbackLocale: false,
    draft,
    depth: 0,
    overrideAccess: true,
  })) as unknown as Doc
}

/** The heading an anonymous reader sees in one language, or null when the page is not public. */
async function publicHeading(collection: ContentCollectionSlug, id: number, locale: 'en' | 'zh') {
  const found = await payload.find({
    collection,
    where: { id: { equals: id } },
    locale,
    fallbackLocale: false,
    depth: 0,
    ...anonymous,
  })
  const doc = found.docs[0] as unknown as Doc | undefined
  return doc ? (doc[headingFieldOf(collection)] ?? null) : null
}

const refusedStatuses = (actor: Actor) => (actor === 'anonymous' ? [401, 403] : [403])

async function expectRefused(attempt: Promise<unknown>, statuses: number[]) {
  const error = await attempt.then(
    () => {
      throw new Error('expected a refusal, but the operation succeeded')
    },
    (e: unknown) => e as { status?: number },
  )
  expect(statuses).toContain(error.status)
}

function expectWorkflowRefused(result: WorkflowResult, statuses: number[]) {
  expect(statuses).toContain(result.status)
  expect(result.body.ok).not.toBe(true)
}

function expectWorkflowOk(result: WorkflowResult) {
  if (result.status !== 200)
    throw new Error(`workflow answered ${result.status}: ${JSON.stringify(result.body)}`)
}

/** An editor's pending English change, submitted for review. */
async function submittedChange(collection: ContentCollectionSlug, id: number, text: string) {
  await payload.update({
    collection,
    id,
    data: { [headingFieldOf(collection)]: text } as never,
    locale: 'en',
    draft: true,
    ...asUser(users.editor),
  })
  expectWorkflowOk(
    await workflow(payload, users.editor, collection, id, { action: 'submit', locale: 'en' }),
  )
}

const checks: Record<
  Action,
  (collection: ContentCollectionSlug, actor: Actor, allowed: boolean) => Promise<void>
> = {
  async create(collection, actor, allowed) {
    const slug = uniqueSlug('created')
    const attempt = payload.create({
      collection,
      data: { slug, [headingFieldOf(collection)]: `Created ${slug}` } as never,
      locale: 'en',
      draft: true,
      ...as(actor),
    })
    if (allowed) {
      const created = (await attempt) as unknown as Doc
      expect(created.slug).toBe(slug)
    } else {
      await expectRefused(attempt, refusedStatuses(actor))
    }
    const found = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      draft: true,
      overrideAccess: true,
    })
    expect(found.totalDocs).toBe(allowed ? 1 : 0)
  },

  async readDraft(collection, actor, allowed) {
    const heading = headingFieldOf(collection)
    const live = await publishedFixture(collection, 'read')
    const pending = `Pending draft ${live.slug}`
    await payload.update({
      collection,
      id: live.id,
      data: { [heading]: pending } as never,
      locale: 'en',
      draft: true,
      ...asUser(users.editor),
    })
    const neverSlug = uniqueSlug('never')
    const never = (await payload.create({
      collection,
      data: { slug: neverSlug, [heading]: `Never published ${neverSlug}` } as never,
      locale: 'en',
      draft: true,
      ...asUser(users.editor),
    })) as unknown as Doc
    const ids = [live.id, never.id as number]
    const read = (id: number) =>
      payload.findByID({
        collection,
        id,
        locale: 'en',
        fallbackLocale: false,
        draft: true,
        depth: 0,
        ...as(actor),
      })
    const list = await payload.find({
      collection,
      where: { id: { in: ids } },
      locale: 'en',
      draft: true,
      depth: 0,
      ...as(actor),
    })
    const listed = new Map(
      list.docs.map((d) => [(d as unknown as Doc).id, (d as unknown as Doc)[heading]]),
    )
    if (allowed) {
      expect(((await read(live.id)) as unknown as Doc)[heading]).toBe(pending)
      expect(((await read(never.id as number)) as unknown as Doc)[heading]).toBe(
        `Never published ${neverSlug}`,
      )
      expect(listed.get(live.id)).toBe(pending)
      expect(listed.get(never.id)).toBe(`Never published ${neverSlug}`)
    } else {
      // Asking for drafts gets at most the published text of a live page, and nothing of a page
      // never published: a refusal (not found), not an empty document.
      expect(((await read(live.id)) as unknown as Doc)[heading]).toBe(live.heading.en)
      await expectRefused(read(never.id as number), [401, 403, 404])
      expect(listed.has(never.id)).toBe(false)
      for (const text of listed.values()) expect(text).toBe(live.heading.en)
    }
  },

  async editEnglish(collection, actor, allowed) {
    await checkEdit(collection, actor, allowed, 'en')
  },

  async editChinese(collection, actor, allowed) {
    await checkEdit(collection, actor, allowed, 'zh')
  },

  async approve(collection, actor, allowed) {
    const live = await publishedFixture(collection, 'approve')
    await submittedChange(collection, live.id, `Changed ${live.slug}`)
    const result = await workflowAs(payload, userOf(actor), collection, live.id, {
      action: 'approve',
      locale: 'en',
    })
    const review = () => stored(collection, live.id, 'en').then((d) => d.review as Doc)
    if (allowed) {
      expectWorkflowOk(result)
      expect(await review()).toMatchObject({ state: 'approved', approvedBy: userOf(actor)?.id })
    } else {
      expectWorkflowRefused(result, refusedStatuses(actor))
      // Nor can the review record be written directly, whatever the caller sends.
      await payload
        .update({
          collection,
          id: live.id,
          data: { review: { state: 'approved', approvedFingerprint: 'forged' } } as never,
          locale: 'en',
          draft: true,
          ...as(actor),
        })
        .catch(() => undefined)
      expect(await review()).toMatchObject({ state: 'inReview' })
    }
  },

  async publish(collection, actor, allowed) {
    const live = await publishedFixture(collection, 'publish')
    const changed = `Approved change ${live.slug}`
    await submittedChange(collection, live.id, changed)
    expectWorkflowOk(
      await workflow(payload, users.reviewer2, collection, live.id, {
        action: 'approve',
        locale: 'en',
      }),
    )
    const result = await workflowAs(payload, userOf(actor), collection, live.id, {
      action: 'publish',
      locale: 'en',
    })
    if (allowed) {
      expectWorkflowOk(result)
      expect(await publicHeading(collection, live.id, 'en')).toBe(changed)
    } else {
      expectWorkflowRefused(result, refusedStatuses(actor))
      // Saving with a published status is the same refusal.
      await expectRefused(
        payload.update({
          collection,
          id: live.id,
          data: { _status: 'published' } as never,
          locale: 'en',
          ...as(actor),
        }),
        refusedStatuses(actor),
      )
      expect(await publicHeading(collection, live.id, 'en')).toBe(live.heading.en)
    }
  },

  async unpublish(collection, actor, allowed) {
    const live = await publishedFixture(collection, 'unpublish')
    const result = await workflowAs(payload, userOf(actor), collection, live.id, {
      action: 'unpublish',
      locale: 'en',
    })
    if (allowed) {
      expectWorkflowOk(result)
      expect(await publicHeading(collection, live.id, 'en')).toBeNull()
      // Only the English page goes: the Chinese one stays live.
      expect(await publicHeading(collection, live.id, 'zh')).toBe(live.heading.zh)
    } else {
      expectWorkflowRefused(result, refusedStatuses(actor))
      await expectRefused(
        payload.update({
          collection,
          id: live.id,
          data: { _status: 'draft' } as never,
          locale: 'en',
          ...as(actor),
        }),
        refusedStatuses(actor),
      )
      expect(await publicHeading(collection, live.id, 'en')).toBe(live.heading.en)
    }
  },

  async delete(collection, actor, allowed) {
    const live = await publishedFixture(collection, 'delete')
    const exists = async () =>
      (
        await payload.find({
          collection,
          where: { id: { equals: live.id } },
          draft: true,
          overrideAccess: true,
        })
      ).totalDocs === 1
    if (allowed) {
      await payload.delete({ collection, id: live.id, ...as(actor) })
      expect(await exists()).toBe(false)
      const events = await payload.find({
        collection: reviewEventsSlug,
        where: {
          documentKey: { equals: `${collection}/${live.id}` },
          action: { equals: 'delete' },
        },
        overrideAccess: true,
      })
      expect(events.docs[0]).toMatchObject({ user: userOf(actor)?.id })
    } else {
      await expectRefused(
        payload.delete({ collection, id: live.id, ...as(actor) }),
        refusedStatuses(actor),
      )
      expectWorkflowRefused(
        await workflowAs(payload, userOf(actor), collection, live.id, { action: 'delete' }),
        refusedStatuses(actor),
      )
      expect(await exists()).toBe(true)
    }
  },
}

async function checkEdit(
  collection: ContentCollectionSlug,
  actor: Actor,
  allowed: boolean,
  locale: 'en' | 'zh',
) {
  const heading = headingFieldOf(collection)
  const live = await publishedFixture(collection, `edit-${locale}`)
  const text = `${locale === 'en' ? 'Edited' : '已修改'} ${live.slug}`
  const attempt = payload.update({
    collection,
    id: live.id,
    data: { [heading]: text } as never,
    locale,
    draft: true,
    depth: 0,
    ...as(actor),
  })
  if (allowed) {
    expect(((await attempt) as unknown as Doc)[heading]).toBe(text)
    expect((await stored(collection, live.id, locale))[heading]).toBe(text)
  } else {
    await expectRefused(attempt, refusedStatuses(actor))
    expect((await stored(collection, live.id, locale))[heading]).toBe(live.heading[locale])
  }
  // An edit is a draft: readers keep the published text either way.
  expect(await publicHeading(collection, live.id, locale)).toBe(live.heading[locale])
}

describe.each(contentCollectionSlugs)('the access matrix for %s', (collection) => {
  for (const actor of actors) {
    for (const action of actions) {
      it(cellName(actor, action, collection), () =>
        checks[action](collection, actor, matrix[actor][action].allowed),
      )
    }
  }
})

/** A published topic linking to the document (by cross-link where one exists, else in its body). */
async function publishedLinkTo(collection: ContentCollectionSlug, id: number) {
  const field = { topics: 'relatedTopics', causes: 'causes', treatments: 'treatments', faqs: null }[
    collection
  ]
  const slug = uniqueSlug('linker')
  return createPublishedDocument(payload, topicsSlug, {
    slug,
    heading: { en: `Linker ${slug}`, zh: `链接 ${slug}` },
    shared: field ? { [field]: [id] } : undefined,
    body: field ? undefined : { en: paragraphBody('Read more.', { relationTo: collection, id }) },
  })
}

async function overrideEvents(collection: ContentCollectionSlug, id: number, reason: string) {
  const events = await payload.find({
    collection: reviewEventsSlug,
    where: { documentKey: { equals: `${collection}/${id}` }, action: { equals: 'override' } },
    overrideAccess: true,
  })
  return events.docs.filter((e) => e.reason === reason)
}

describe.each(contentCollectionSlugs)('the conditions behind the matrix, for %s', (collection) => {
  const noun = nouns[collection]

  it(`refuses a medical reviewer the approval of their own change to ${noun}, and accepts another reviewer’s`, async () => {
    const live = await publishedFixture(collection, 'own')
    await payload.update({
      collection,
      id: live.id,
      data: { [headingFieldOf(collection)]: `Reviewer's own ${live.slug}` } as never,
      locale: 'en',
      draft: true,
      ...asUser(users.medicalReviewer),
    })
    expectWorkflowOk(
      await workflow(payload, users.medicalReviewer, collection, live.id, {
        action: 'submit',
        locale: 'en',
      }),
    )
    const own = await workflow(payload, users.medicalReviewer, collection, live.id, {
      action: 'approve',
      locale: 'en',
    })
    expect(own.status).toBe(403)
    expect(own.body.error?.code).toBe('own_change')
    expectWorkflowOk(
      await workflow(payload, users.reviewer2, collection, live.id, {
        action: 'approve',
        locale: 'en',
      }),
    )
  })

  it(`refuses a medical reviewer the publication of an unapproved change to ${noun}`, async () => {
    const live = await publishedFixture(collection, 'unapproved')
    await submittedChange(collection, live.id, `Unapproved ${live.slug}`)
    const result = await workflow(payload, users.medicalReviewer, collection, live.id, {
      action: 'publish',
      locale: 'en',
    })
    expect(result.status).toBe(400)
    expect(await publicHeading(collection, live.id, 'en')).toBe(live.heading.en)
  })

  it(`lets an admin publish an unapproved change to ${noun} only by forcing it with a reason, and records the reason`, async () => {
    const live = await publishedFixture(collection, 'forced')
    const changed = `Forced ${live.slug}`
    await submittedChange(collection, live.id, changed)
    expect(
      (
        await workflow(payload, users.admin, collection, live.id, {
          action: 'publish',
          locale: 'en',
        })
      ).status,
    ).toBe(400)
    expect(
      (
        await workflow(payload, users.admin, collection, live.id, {
          action: 'publish',
          locale: 'en',
          force: true,
        })
      ).status,
    ).toBe(400)
    expect(await publicHeading(collection, live.id, 'en')).toBe(live.heading.en)
    const reason = `Safety correction ${live.slug}`
    expectWorkflowOk(
      await workflow(payload, users.admin, collection, live.id, {
        action: 'publish',
        locale: 'en',
        force: true,
        reason,
      }),
    )
    expect(await publicHeading(collection, live.id, 'en')).toBe(changed)
    expect(await overrideEvents(collection, live.id, reason)).toHaveLength(1)
  })

  it(`refuses to unpublish ${noun} that a published page links to, unless an admin forces it with a reason`, async () => {
    const live = await publishedFixture(collection, 'linked')
    await publishedLinkTo(collection, live.id)
    const reviewer = await workflow(payload, users.medicalReviewer, collection, live.id, {
      action: 'unpublish',
      locale: 'en',
    })
    expect(reviewer.status).toBe(409)
    expect(JSON.stringify(reviewer.body.error?.details)).toContain('linker-')
    expect(
      (
        await workflow(payload, users.medicalReviewer, collection, live.id, {
          action: 'unpublish',
          locale: 'en',
          force: true,
          reason: 'x',
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await workflow(payload, users.admin, collection, live.id, {
          action: 'unpublish',
          locale: 'en',
        })
      ).status,
    ).toBe(409)
    expect(await publicHeading(collection, live.id, 'en')).toBe(live.heading.en)
    const reason = `Withdrawn ${live.slug}`
    expectWorkflowOk(
      await workflow(payload, users.admin, collection, live.id, {
        action: 'unpublish',
        locale: 'en',
        force: true,
        reason,
      }),
    )
    expect(await publicHeading(collection, live.id, 'en')).toBeNull()
    expect(await overrideEvents(collection, live.id, reason)).toHaveLength(1)
  })

  it(`refuses to delete ${noun} that a published page links to, unless an admin forces it with a reason`, async () => {
    const live = await publishedFixture(collection, 'linked-delete')
    await publishedLinkTo(collection, live.id)
    await expectRefused(payload.delete({ collection, id: live.id, ...asUser(users.admin) }), [409])
    expect(
      (await workflow(payload, users.admin, collection, live.id, { action: 'delete', force: true }))
        .status,
    ).toBe(400)
    expect(await publicHeading(collection, live.id, 'en')).toBe(live.heading.en)
    const reason = `Duplicate ${live.slug}`
    expectWorkflowOk(
      await workflow(payload, users.admin, collection, live.id, {
        action: 'delete',
        force: true,
        reason,
      }),
    )
    expect(
      (
        await payload.find({
          collection,
          where: { id: { equals: live.id } },
          draft: true,
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
    expect(await overrideEvents(collection, live.id, reason)).toHaveLength(1)
  })

  it(`leaves the slug and cross-links of ${noun} as they were when a translator sends them`, async () => {
    const extra =
      collection === faqsSlug
        ? { subject: 'support' }
        : collection === topicsSlug
          ? { order: 7 }
          : {}
    const live = await publishedFixture(collection, 'shared', { sources: [sourceId], ...extra })
    const updated = (await payload.update({
      collection,
      id: live.id,
      data: {
        slug: uniqueSlug('hijacked'),
        sources: [],
        ...(collection === faqsSlug ? { subject: 'tests' } : {}),
        ...(collection === topicsSlug ? { order: 1 } : {}),
        [headingFieldOf(collection)]: `译者修订 ${live.slug}`,
      } as never,
      locale: 'zh',
      draft: true,
      depth: 0,
      ...asUser(users.translator),
    })) as unknown as Doc
    expect(updated[headingFieldOf(collection)]).toBe(`译者修订 ${live.slug}`)
    const after = await stored(collection, live.id, 'zh')
    expect(after).toMatchObject({ slug: live.slug, sources: [sourceId], ...extra })
  })

  it(`refuses a translator the publication of their own approved Chinese text of ${noun}, which a reviewer may publish`, async () => {
    const live = await publishedFixture(collection, 'zh-publish')
    const translated = `新译文 ${live.slug}`
    await payload.update({
      collection,
      id: live.id,
      data: { [headingFieldOf(collection)]: translated } as never,
      locale: 'zh',
      draft: true,
      ...asUser(users.translator),
    })
    expectWorkflowOk(
      await workflow(payload, users.translator, collection, live.id, {
        action: 'submit',
        locale: 'zh',
      }),
    )
    expectWorkflowOk(
      await workflow(payload, users.medicalReviewer, collection, live.id, {
        action: 'approve',
        locale: 'zh',
      }),
    )
    expect(
      (
        await workflow(payload, users.translator, collection, live.id, {
          action: 'publish',
          locale: 'zh',
        })
      ).status,
    ).toBe(403)
    await expectRefused(
      payload.update({
        collection,
        id: live.id,
        data: { _status: 'published' } as never,
        locale: 'zh',
        ...asUser(users.translator),
      }),
      [403],
    )
    expect(await publicHeading(collection, live.id, 'zh')).toBe(live.heading.zh)
    expectWorkflowOk(
      await workflow(payload, users.medicalReviewer, collection, live.id, {
        action: 'publish',
        locale: 'zh',
      }),
    )
    expect(await publicHeading(collection, live.id, 'zh')).toBe(translated)
    expect(await publicHeading(collection, live.id, 'en')).toBe(live.heading.en)
  })
})

describe('the matrix in README', () => {
  it('prints exactly the matrix this file asserts', () => {
    const readme = fs.readFileSync(path.join(process.cwd(), 'README.md'), 'utf8')
    const table = matrixAsMarkdown()
    const start = readme.indexOf(table.split('\n')[0])
    expect(start).toBeGreaterThan(-1)
    expect(readme.slice(start, start + table.length)).toBe(table)
  })
})
