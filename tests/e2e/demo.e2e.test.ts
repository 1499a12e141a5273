import type { Browser } from 'playwright-core'

import { causes } from '@/seed/data'

import { startAppServer, type AppServer } from '../helpers/appServer'
import { launchBrowser } from '../helpers/browser'

let app: AppServer
let browser: Browser

beforeAll(async () => {
  app = await startAppServer()
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('the demo as a newcomer sees it', () => {
  it('shows the English home page listing the topics in English', async () => {
    const page = await browser.newPage()
    const response = await page.goto(`${app.baseURL}/en`)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    const titles = await page.locator('.card h3').allTextContents()
    expect(titles.length).toBe(5)
    expect(titles.join(' ')).toMatch(/recurrent miscarriage/i)
    expect(titles.join(' ')).not.toMatch(/[\u4e00-\u9fff]/)
    await page.close()
  })

  it('shows the Chinese home page listing the topics in Chinese', async () => {
    const page = await browser.newPage()
    const response = await page.goto(`${app.baseURL}/zh`)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans')
    const titles = await page.locator('.card h3').allTextContents()
    expect(titles.length).toBe(5)
    for (const title of titles) expect(title).toMatch(/[\u4e00-\u9fff]/)
    await page.close()
  })

  it('sends / to the reader’s language', async () => {
    const zh = await fetch(`${app.baseURL}/`, { headers: { 'accept-language': 'zh-CN,zh;q=0.9' }, redirect: 'manual' })
    expect(zh.status).toBe(307)
    expect(new URL(zh.headers.get('location') ?? '', app.baseURL).pathname).toBe('/zh')
    const en = await fetch(`${app.baseURL}/`, { headers: { 'accept-language': 'en-GB' }, redirect: 'manual' })
    expect(new URL(en.headers.get('location') ?? '', app.baseURL).pathname).toBe('/en')
  })

  it('gives a 404, not a 500, for an unknown locale', async () => {
    const res = await fetch(`${app.baseURL}/fr`)
    expect(res.status).toBe(404)
  })

  it('serves the admin login page', async () => {
    const page = await browser.newPage()
    await page.goto(`${app.baseURL}/admin`)
    // An empty database shows "create first user"; the seeded demo has no users either.
    await page.waitForSelector('input[name="email"]', { timeout: 30_000 })
    expect(await page.locator('input[type="password"]').count()).toBeGreaterThan(0)
    await page.close()
  })

  it('serves the admin in Chinese to an editor whose browser asks for Chinese', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', extraHTTPHeaders: { 'accept-language': 'zh-CN,zh;q=0.9' } })
    const page = await context.newPage()
    await page.goto(`${app.baseURL}/admin`)
    await page.waitForSelector('input[name="email"]', { timeout: 30_000 })
    expect(await page.getAttribute('html', 'lang')).toBe('zh')
    expect(await page.locator('body').innerText()).toMatch(/[\u4e00-\u9fff]/)
    await context.close()
  })

  it('returns every seeded cause with Chinese titles from /api/causes?locale=zh', async () => {
    const res = await fetch(`${app.baseURL}/api/causes?locale=zh&limit=10`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { totalDocs: number; docs: Array<{ title: string }> }
    expect(body.totalDocs).toBe(causes.length)
    for (const doc of body.docs) expect(doc.title).toMatch(/[\u4e00-\u9fff]/)
  })
})

describe('bad input over REST', () => {
  let token = ''

  beforeAll(async () => {
    const register = await fetch(`${app.baseURL}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@example.org', password: 'a-long-password-9', name: 'First Admin' }),
    })
    expect(register.status).toBe(200)
    const login = await fetch(`${app.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@example.org', password: 'a-long-password-9' }),
    })
    token = ((await login.json()) as { token: string }).token
    expect(token).toBeTruthy()
  })

  async function post(collection: string, data: unknown) {
    const res = await fetch(`${app.baseURL}/api/${collection}?locale=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify(data),
    })
    return { status: res.status, body: (await res.json()) as { errors?: Array<{ data?: { errors?: Array<{ path: string }> } }> } }
  }

  const fieldsOf = (body: Awaited<ReturnType<typeof post>>['body']) =>
    (body.errors ?? []).flatMap((e) => e.data?.errors ?? []).map((e) => e.path)

  it.each([
    ['a slug with spaces', { slug: 'has spaces', title: 'T' }, 'slug'],
    ['a slug with capitals', { slug: 'Capital', title: 'T' }, 'slug'],
    ['a non-ASCII slug', { slug: '流产', title: 'T' }, 'slug'],
    ['a duplicate slug', { slug: 'immune', title: 'T' }, 'slug'],
    ['a missing English title', { slug: 'untitled' }, 'title'],
    ['a summary over 300 characters', { slug: 'long', title: 'T', summary: 'x'.repeat(301) }, 'summary'],
    ['a link to a treatment that does not exist', { slug: 'dangling', title: 'T', treatments: [99999] }, 'treatments'],
  ])('answers 400 naming the field for %s, and stores nothing', async (_name, data, field) => {
    const before = ((await (await fetch(`${app.baseURL}/api/causes?limit=1&draft=true`, { headers: { authorization: `JWT ${token}` } })).json()) as { totalDocs: number }).totalDocs
    const { status, body } = await post('causes', data)
    expect(status).toBe(400)
    expect(fieldsOf(body)).toContain(field)
    const after = ((await (await fetch(`${app.baseURL}/api/causes?limit=1&draft=true`, { headers: { authorization: `JWT ${token}` } })).json()) as { totalDocs: number }).totalDocs
    expect(after).toBe(before)
  })

  it('answers malformed JSON with a 4xx, not a 500', async () => {
    const res = await fetch(`${app.baseURL}/api/causes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: '{"slug": ',
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })
})
