/**
 * Canaries: unique markers written where only staff may see them (a never-published draft, an
 * unapproved Chinese draft of a live page, a change-request comment, an English draft saved after
 * publication), then everything an anonymous caller can ask the Local API for is read and
 * searched for them. A refusal must be a refusal (4xx), and must not carry a marker either.
 */
import type { CollectionSlug, Payload } from 'payload'

import {
  causesSlug,
  contentCollectionSlugs,
  faqsSlug,
  mediaSlug,
  reviewEventsSlug,
  sourcesSlug,
  topicsSlug,
  treatmentsSlug,
  usersSlug,
  type ContentCollectionSlug,
} from '@/collections/slugs'

import {
  asUser,
  createPublishedDocument,
  createRoleUsers,
  headingFieldOf,
  paragraphBody,
  workflow,
  type Users,
} from '../helpers/editorial'
import { startTestPayload, type TestPayload } from '../helpers/payload'

const stamp = Date.now()
const markers = {
  neverPublished: `CANARY-${stamp}-DRAFT`,
  chineseDraft: `CANARY-${stamp}-ZHDRAFT`,
  comment: `CANARY-${stamp}-COMMENT`,
  englishDraft: `CANARY-${stamp}-ENDRAFT`,
}
const allMarkers = Object.values(markers)
/** The common prefix: a search for it must find nothing either. */
const markerPrefix = `CANARY-${stamp}`

const allCollections = [
  ...contentCollectionSlugs,
  sourcesSlug,
  mediaSlug,
  usersSlug,
  reviewEventsSlug,
] as const
const versioned = [...contentCollectionSlugs, sourcesSlug] as const
const localeOptions = ['en', 'zh', 'all'] as const
const depths = [0, 1, 2] as const

let t: TestPayload
let payload: Payload
let users: Users
const liveSlug = (collection: ContentCollectionSlug, n: 1 | 2) => `canary-live-${collection}-${n}`
/** Every document of every collection, by collection, whatever its state. */
const ids = new Map<string, number[]>()
const remember = (collection: string, id: number) =>
  ids.set(collection, [...(ids.get(collection) ?? []), id])

const anonymous = { overrideAccess: false, user: null } as const

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  users = await createRoleUsers(payload)

  // The live pages, two of each, linked to each other so that depth and joins have something
  // to populate. The first of each gets the Chinese draft (b), the second the English one (d).
  const source = await payload.create({
    collection: sourcesSlug,
    data: {
      slug: 'canary-source',
      title: 'A guideline',
      organisation: 'A society',
      year: 2024,
      _status: 'published',
    },
    overrideAccess: true,
    context: { seeding: true },
  })
  remember(sourcesSlug, source.id)
  const live = async (
    collection: ContentCollectionSlug,
    n: 1 | 2,
    shared: Record<string, unknown>,
    body?: unknown,
  ) => {
    const id = await createPublishedDocument(payload, collection, {
      slug: liveSlug(collection, n),
      heading: { en: `Live ${collection} ${n}`, zh: `已发布 ${collection} ${n}` },
      shared,
      body: body ? { en: body } : undefined,
    })
    remember(collection, id)
    return id
  }
  const treatment1 = await live(treatmentsSlug, 1, { sources: [source.id] })
  const treatment2 = await live(treatmentsSlug, 2, {})
  const cause1 = await live(causesSlug, 1, {
    treatments: [treatment1, treatment2],
    sources: [source.id],
  })
  const cause2 = await live(causesSlug, 2, { treatments: [treatment2] })
  const topic1 = await live(
    topicsSlug,
    1,
    { causes: [cause1, cause2], treatments: [treatment1, treatment2], sources: [source.id] },
    paragraphBody('Read about the cause.', { relationTo: causesSlug, id: cause2 }),
  )
  const topic2 = await live(topicsSlug, 2, { relatedTopics: [topic1], causes: [cause2] })
  await live(faqsSlug, 1, {
    topics: [topic1, topic2],
    causes: [cause1, cause2],
    treatments: [treatment1],
  })
  await live(faqsSlug, 2, { topics: [topic2], causes: [cause2], treatments: [treatment2] })
  const cause = cause1
  const topic = topic1
  const treatment = treatment1

  // (a) Never-published drafts, linking to live pages (so joins on those pages could show them).
  const heading = (collection: ContentCollectionSlug) => headingFieldOf(collection)
  const draftText = (collection: ContentCollectionSlug, m: string) => ({
    [heading(collection)]: `Title ${m}`,
    summary: `Summary ${m}`,
    [collection === faqsSlug ? 'answer' : 'body']: paragraphBody(`Body ${m}`),
  })
  const neverPublished: Array<[ContentCollectionSlug, Record<string, unknown>]> = [
    [topicsSlug, { slug: 'canary-draft-topic', relatedTopics: [topic], causes: [cause] }],
    [causesSlug, { slug: 'canary-draft-cause', treatments: [treatment] }],
    [treatmentsSlug, { slug: 'canary-draft-treatment' }],
    [
      faqsSlug,
      { slug: 'canary-draft-faq', topics: [topic], causes: [cause], treatments: [treatment] },
    ],
  ]
  for (const [collection, shared] of neverPublished) {
    const created = await payload.create({
      collection,
      data: { ...shared, ...draftText(collection, markers.neverPublished) } as never,
      locale: 'en',
      draft: true,
      ...asUser(users.editor),
    })
    remember(collection, created.id)
    const submitted = await workflow(payload, users.editor, collection, created.id, {
      action: 'submit',
      locale: 'en',
    })
    expect(submitted.status).toBe(200)
  }
  const draftSource = await payload.create({
    collection: sourcesSlug,
    data: {
      slug: 'canary-draft-source',
      title: `Source ${markers.neverPublished}`,
      organisation: markers.neverPublished,
      year: 2025,
    },
    draft: true,
    ...asUser(users.editor),
  })
  remember(sourcesSlug, draftSource.id)

  // (b) An unapproved Chinese draft of every first live page, submitted for review.
  for (const collection of contentCollectionSlugs) {
    const id = ids.get(collection)![0]
    await payload.update({
      collection,
      id,
      data: draftText(collection, markers.chineseDraft) as never,
      locale: 'zh',
      draft: true,
      ...asUser(users.translator),
    })
    expect(
      (
        await workflow(payload, users.translator, collection, id, {
          action: 'submit',
          locale: 'zh',
        })
      ).status,
    ).toBe(200)
  }

  // (c) A change request whose comment only staff may read.
  expect(
    (
      await workflow(payload, users.medicalReviewer, causesSlug, cause, {
        action: 'requestChanges',
        locale: 'zh',
        comment: `Please revise ${markers.comment}`,
      })
    ).status,
  ).toBe(200)

  // (d) An English draft saved after publication, on every second live page.
  for (const collection of contentCollectionSlugs) {
    const id = ids.get(collection)![1]
    await payload.update({
      collection,
      id,
      data: draftText(collection, markers.englishDraft) as never,
      locale: 'en',
      draft: true,
      ...asUser(users.editor),
    })
  }
  for (const user of Object.values(users)) remember(usersSlug, user.id as number)
  const events = await payload.find({
    collection: reviewEventsSlug,
    overrideAccess: true,
    pagination: false,
    depth: 0,
  })
  for (const event of events.docs) remember(reviewEventsSlug, event.id)
}, 60_000)

afterAll(async () => {
  await t?.destroy()
})

interface Outcome {
  label: string
  ok: boolean
  status?: number
  text: string
}

/** Runs one read; a thrown error is kept (status and everything it says) rather than rethrown. */
async function attempt(label: string, read: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { label, ok: true, text: JSON.stringify(await read()) }
  } catch (error) {
    const e = error as { status?: number; message?: string; data?: unknown }
    return {
      label,
      ok: false,
      status: e.status,
      text: JSON.stringify({ message: e.message, data: e.data, status: e.status }),
    }
  }
}

const leaksIn = (outcomes: Outcome[]) =>
  outcomes
    .filter((o) => allMarkers.some((m) => o.text.includes(m)))
    .map((o) => `${o.label}: ${allMarkers.filter((m) => o.text.includes(m)).join(', ')}`)

/** A refusal is a 4xx from Payload, never a crash. */
const badRefusals = (outcomes: Outcome[]) =>
  outcomes
    .filter((o) => !o.ok && !(typeof o.status === 'number' && o.status >= 400 && o.status < 500))
    .map((o) => `${o.label}: ${o.text}`)

/** Every list and by-id read an anonymous caller can make of a collection. */
async function anonymousReads(collection: CollectionSlug): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  for (const locale of localeOptions) {
    for (const depth of depths) {
      for (const draft of [false, true]) {
        const options = { locale, depth, draft, ...anonymous }
        const tag = `${collection} locale=${locale} depth=${depth} draft=${draft}`
        outcomes.push(
          await attempt(`find ${tag}`, () => payload.find({ collection, ...options, limit: 100 })),
        )
        for (const id of ids.get(collection) ?? []) {
          outcomes.push(
            await attempt(`findByID ${id} ${tag}`, () =>
              payload.findByID({ collection, id, ...options }),
            ),
          )
        }
      }
    }
  }
  return outcomes
}

describe('canaries in staff-only places', () => {
  it('are stored where staff see them (so the searches below can find them)', async () => {
    const staff = asUser(users.editor)
    const drafts = JSON.stringify(
      await Promise.all(
        contentCollectionSlugs.map((collection) =>
          payload.find({ collection, locale: 'all', draft: true, depth: 0, limit: 100, ...staff }),
        ),
      ),
    )
    expect(drafts).toContain(markers.neverPublished)
    expect(drafts).toContain(markers.chineseDraft)
    expect(drafts).toContain(markers.englishDraft)
    const audit = JSON.stringify(
      await payload.find({ collection: reviewEventsSlug, limit: 200, ...staff }),
    )
    expect(audit).toContain(markers.comment)
  })

  it('leave the published pages readable by anonymous readers, in both languages', async () => {
    for (const collection of contentCollectionSlugs) {
      for (const locale of ['en', 'zh'] as const) {
        const found = await payload.find({ collection, locale, depth: 0, ...anonymous })
        expect(found.docs.map((d) => d.slug).sort()).toEqual([
          liveSlug(collection, 1),
          liveSlug(collection, 2),
        ])
      }
    }
  })

  it.each(allCollections)(
    'never reach an anonymous reader of %s, in any locale, depth or draft mode',
    async (collection) => {
      const outcomes = await anonymousReads(collection)
      expect(leaksIn(outcomes)).toEqual([])
      expect(badRefusals(outcomes)).toEqual([])
      // Something was actually read: the content lists answer, the staff-only collections refuse.
      const lists = outcomes.filter((o) => o.label.startsWith('find '))
      if (collection === usersSlug || collection === reviewEventsSlug) {
        expect(lists.every((o) => !o.ok && o.status === 403)).toBe(true)
      } else {
        // One language at a time: every language at once is refused (400), not answered.
        expect(lists.filter((o) => !o.label.includes('locale=all')).every((o) => o.ok)).toBe(true)
        const allLocales = lists.filter((o) => o.label.includes('locale=all'))
        if (collection === 'media') expect(allLocales.every((o) => o.ok)).toBe(true)
        else expect(allLocales.every((o) => !o.ok && o.status === 400)).toBe(true)
      }
    },
  )

  it('refuses an anonymous reader every never-published draft by id', async () => {
    for (const collection of versioned) {
      const draftId = ids.get(collection)!.at(-1)!
      for (const draft of [false, true]) {
        const outcome = await attempt(`${collection}/${draftId}`, () =>
          payload.findByID({
            collection,
            id: draftId,
            locale: 'all',
            draft,
            depth: 2,
            ...anonymous,
          }),
        )
        expect(outcome).toMatchObject({ ok: false })
        // 400: every language at once is refused to readers before anything is looked up.
        expect([400, 403, 404]).toContain(outcome.status)
      }
    }
  })

  it.each(versioned)('refuse an anonymous reader the version history of %s', async (collection) => {
    const staffVersions = await payload.findVersions({
      collection,
      limit: 200,
      depth: 0,
      overrideAccess: true,
    })
    expect(staffVersions.totalDocs).toBeGreaterThan(0)
    const outcomes: Outcome[] = []
    for (const locale of localeOptions) {
      for (const depth of depths) {
        outcomes.push(
          await attempt(`findVersions ${collection} ${locale} ${depth}`, () =>
            payload.findVersions({ collection, locale, depth, ...anonymous }),
          ),
        )
        for (const version of staffVersions.docs) {
          outcomes.push(
            await attempt(`findVersionByID ${collection} ${version.id} ${locale} ${depth}`, () =>
              payload.findVersionByID({
                collection,
                id: String(version.id),
                locale,
                depth,
                ...anonymous,
              }),
            ),
          )
        }
      }
    }
    expect(leaksIn(outcomes)).toEqual([])
    expect(outcomes.filter((o) => o.ok).map((o) => o.label)).toEqual([])
    expect(
      outcomes.filter((o) => o.status !== 403 && o.status !== 400).map((o) => `${o.label}: ${o.status}`),
    ).toEqual([])
  })

  it.each(contentCollectionSlugs)(
    'let no anonymous search of %s find a canary',
    async (collection) => {
      const heading = headingFieldOf(collection)
      const outcomes: Outcome[] = []
      for (const locale of localeOptions) {
        for (const draft of [false, true]) {
          for (const field of [heading, 'summary', 'slug']) {
            outcomes.push(
              await attempt(`${collection} ${field} ${locale} draft=${draft}`, async () => {
                const where = { [field]: { contains: markerPrefix } }
                const found = await payload.find({
                  collection,
                  where,
                  locale,
                  draft,
                  depth: 0,
                  ...anonymous,
                })
                // count() takes one locale; with 'all' it counts in the default one.
                const counted = await payload.count({
                  collection,
                  where,
                  ...(locale === 'all' ? {} : { locale }),
                  ...anonymous,
                })
                return { totalDocs: found.totalDocs, counted: counted.totalDocs }
              }),
            )
          }
        }
      }
      expect(badRefusals(outcomes)).toEqual([])
      expect(
        outcomes
          .filter((o) => o.ok && o.text !== '{"totalDocs":0,"counted":0}')
          .map((o) => `${o.label}: ${o.text}`),
      ).toEqual([])
    },
  )
})
