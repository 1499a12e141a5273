/**
 * A publish purges only what used the changed document. Cached pages and partner answers record
 * the documents they were built from; after a publish the changed document's pages, the pages
 * that link to it and the lists show the new text at once, while unrelated cached answers stay
 * cached. A newly published document appears at once in the reverse links of what it links to.
 */
import http from 'node:http'

import type { ContentCollectionSlug } from '@/collections/slugs'

import { startAppServer, type AppServer } from '../helpers/appServer'
import {
  publishThroughWorkflow,
  registerFirstAdmin,
  restClient,
  type RestClient,
} from '../helpers/rest'

let app: AppServer
let api: RestClient
const tokens = { admin: '', editor: '', reviewer: '' }
const partnerKey = `purge-partner-${Date.now()}`

function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; cache: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${app.baseURL}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            cache: String(res.headers['x-mediglot-cache'] ?? 'miss'),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      })
      .on('error', reject)
  })
}

const partner = { authorization: `Bearer ${partnerKey}` }

/** Asks twice, so the answer is in the cache; returns the second answer. */
async function warm(path: string, headers: Record<string, string> = {}) {
  expect((await get(path, headers)).status).toBe(200)
  const second = await get(path, headers)
  expect(second.cache).toBe('hit')
  return second
}

async function livePage(
  collection: ContentCollectionSlug,
  slug: string,
  title: string,
  shared: Record<string, unknown> = {},
) {
  const created = await api.ok('POST', `/api/${collection}?locale=en&draft=true`, tokens.editor, {
    slug,
    title,
    summary: `Summary of ${title}`,
    ...shared,
  })
  const id = (created.doc as { id: number }).id
  await api.ok('PATCH', `/api/${collection}/${id}?locale=zh&draft=true`, tokens.editor, {
    title: `中文 ${title}`,
    summary: `摘要 ${title}`,
  })
  for (const locale of ['en', 'zh'] as const)
    await publishThroughWorkflow(api, collection, id, locale, tokens)
  return id
}

let causeA: number

beforeAll(async () => {
  app = await startAppServer({ seed: false })
  api = restClient(app.baseURL)
  const password = 'a-long-password-9'
  tokens.admin = await registerFirstAdmin(api, 'purge-admin@example.org', password)
  for (const [key, roles] of [
    ['editor', ['editor']],
    ['reviewer', ['medicalReviewer']],
  ] as const) {
    await api.ok('POST', '/api/users', tokens.admin, {
      email: `purge-${key}@example.org`,
      password,
      name: `Purge ${key}`,
      roles,
    })
    tokens[key] = await api.login(`purge-${key}@example.org`, password)
  }
  await api.ok('POST', '/api/partners', tokens.admin, {
    name: 'Purge clinic',
    enableAPIKey: true,
    apiKey: partnerKey,
  })

  causeA = await livePage('causes', 'cause-a', 'Alpha cause')
  await livePage('causes', 'cause-b', 'Beta cause')
  await livePage('topics', 'topic-links-a', 'Topic linking alpha', { causes: [causeA] })
  await livePage('treatments', 'unrelated-treatment', 'Unrelated treatment')
  // The change watcher announces every save once more within its interval (1 s): let it pass,
  // or it purges what the first test warms.
  await new Promise((resolve) => setTimeout(resolve, 2_500))
}, 240_000)

afterAll(async () => {
  await app?.stop()
})

describe('a publish purges only what used the changed document', () => {
  it('shows a changed title on its own pages and the pages linking to it, keeping unrelated pages cached', async () => {
    const pages = [
      '/en/causes/cause-a',
      '/zh/causes/cause-a',
      '/en/topics/topic-links-a',
      '/en/causes/cause-b',
      '/en/treatments/unrelated-treatment',
    ]
    for (const path of pages) await warm(path)
    expect((await warm('/en/topics/topic-links-a')).body).toContain('Alpha cause')
    await warm('/api/v1/causes/cause-a', partner)
    await warm('/api/v1/causes/cause-b', partner)

    await api.ok('PATCH', `/api/causes/${causeA}?locale=en&draft=true`, tokens.editor, {
      title: 'Alpha cause renamed',
    })
    await publishThroughWorkflow(api, 'causes', causeA, 'en', tokens)

    const own = await get('/en/causes/cause-a')
    expect(own.cache).toBe('miss')
    expect(own.body).toContain('Alpha cause renamed')
    const linking = await get('/en/topics/topic-links-a')
    expect(linking.body).toContain('Alpha cause renamed')
    const detail = await get('/api/v1/causes/cause-a', partner)
    expect(detail.body).toContain('Alpha cause renamed')

    expect((await get('/en/causes/cause-b')).cache).toBe('hit')
    expect((await get('/en/treatments/unrelated-treatment')).cache).toBe('hit')
    expect((await get('/api/v1/causes/cause-b', partner)).cache).toBe('hit')
  })

  it('lists a newly published document among the reverse links of the page it links to, at once', async () => {
    const before = await warm('/en/causes/cause-a')
    expect(before.body).not.toContain('Newly published topic')

    await new Promise((resolve) => setTimeout(resolve, 2_500))
    await warm('/en/causes/cause-b')
    await livePage('topics', 'new-topic-links-a', 'Newly published topic', { causes: [causeA] })

    const after = await get('/en/causes/cause-a')
    expect(after.body).toContain('Newly published topic')
    expect(after.body).toContain('/en/topics/new-topic-links-a')
    expect((await get('/en/causes/cause-b')).cache).toBe('hit')
  })

  it('drops a page from every language and list when its document is unpublished', async () => {
    await warm('/en/topics/topic-links-a')
    await warm('/sitemap.xml')
    const topic = await api.ok(
      'GET',
      `/api/topics?where[slug][equals]=topic-links-a&depth=0&draft=true`,
      tokens.editor,
    )
    const id = (topic.docs as Array<{ id: number }>)[0].id
    await api.ok('POST', `/api/topics/${id}/workflow`, tokens.reviewer, {
      action: 'unpublish',
      locale: 'en',
    })

    expect((await get('/en/topics/topic-links-a')).status).toBe(404)
    expect((await get('/sitemap.xml')).body).not.toContain('/en/topics/topic-links-a')
    expect((await get('/en/causes/cause-a')).body).not.toContain('Topic linking alpha')
  })
})
