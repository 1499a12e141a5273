import type { Browser, Page } from 'playwright-core'

import { startAppServer, type AppServer } from '../helpers/appServer'
import { launchBrowser } from '../helpers/browser'

let app: AppServer
let browser: Browser

const accounts = {
  admin: {
    email: 'admin@desk.mediglot',
    password: 'admin-password-123',
    name: 'Ada Admin',
    roles: ['admin'],
  },
  editor: {
    email: 'editor@desk.mediglot',
    password: 'editor-password-123',
    name: 'Eddie Editor',
    roles: ['editor'],
  },
  reviewer: {
    email: 'reviewer@desk.mediglot',
    password: 'reviewer-password-123',
    name: 'Dr Rita Reviewer',
    roles: ['medicalReviewer'],
  },
  translator: {
    email: 'translator@desk.mediglot',
    password: 'translator-password-123',
    name: 'Tina Translator',
    roles: ['translator'],
  },
}
const tokens: Record<string, string> = {}

async function api(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers)
  headers.set('content-type', 'application/json')
  if (init.token) headers.set('authorization', `JWT ${init.token}`)
  const res = await fetch(`${app.baseURL}${path}`, { ...init, headers })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

beforeAll(async () => {
  app = await startAppServer()
  browser = await launchBrowser()
  const { admin, ...others } = accounts
  expect(
    (await api('/api/users/first-register', { method: 'POST', body: JSON.stringify(admin) }))
      .status,
  ).toBe(200)
  const login = async (a: { email: string; password: string }) =>
    (
      await api('/api/users/login', {
        method: 'POST',
        body: JSON.stringify({ email: a.email, password: a.password }),
      })
    ).body.token as string
  tokens.admin = await login(admin)
  for (const [key, user] of Object.entries(others)) {
    expect(
      (await api('/api/users', { method: 'POST', token: tokens.admin, body: JSON.stringify(user) }))
        .status,
    ).toBe(201)
    tokens[key] = await login(user)
  }
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function signIn(account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto(`${app.baseURL}/admin/login`)
  await page.fill('#field-email', account.email)
  await page.fill('#field-password', account.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  return page
}

const englishBefore =
  'Infections such as toxoplasmosis or cytomegalovirus can cause a single miscarriage, but they are not an established cause of repeated losses. Routine infection screening is not recommended; infections that are found are treated.'
// Summaries are at most 300 characters.
const addedEnglish = ' Tests within 12 weeks only if symptomatic.'
const chineseBefore =
  '弓形虫、巨细胞病毒等感染可能导致某一次流产，但并不是反复流产的明确病因。指南不推荐为寻找病因而常规做感染筛查；查出的感染应规范治疗。'
const addedChinese = '仅在有症状时于12周内检查。'

describe('the translation desk', () => {
  it('shows a translator the English changes beside the Chinese and clears the parity panel once the Chinese is fixed', async () => {
    const found = await api('/api/causes?where[slug][equals]=infection&limit=1&depth=0', {
      token: tokens.editor,
    })
    const id = (found.body.docs as Array<{ id: number }>)[0].id

    // The English changes and is published: the Chinese is now behind.
    const patched = await api(`/api/causes/${id}?locale=en&draft=true`, {
      method: 'PATCH',
      token: tokens.editor,
      body: JSON.stringify({ summary: englishBefore + addedEnglish }),
    })
    expect(patched).toMatchObject({ status: 200 })
    const step = async (token: string, action: string) =>
      expect(
        (
          await api(`/api/causes/${id}/workflow`, {
            method: 'POST',
            token,
            body: JSON.stringify({ action, locale: 'en' }),
          })
        ).status,
      ).toBe(200)
    await step(tokens.editor, 'submit')
    await step(tokens.reviewer, 'approve')
    await step(tokens.reviewer, 'publish')

    const translator = await signIn(accounts.translator)
    await translator.goto(`${app.baseURL}/admin/collections/causes/${id}?locale=zh`)
    const changes = translator.getByTestId('english-changes-summary')
    await changes.waitFor({ timeout: 30_000 })
    await expect(changes.locator('.mg-diff-added').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('12')]),
    )
    await expect(changes.locator('.mg-diff-added').first().textContent()).resolves.toBeTruthy()
    await translator.waitForSelector('[data-testid="parity-panel"][data-open="1"]', {
      timeout: 30_000,
    })
    await expect(translator.getByTestId('parity-mismatches').textContent()).resolves.toContain(
      '12 week',
    )

    await translator.locator('#field-summary').fill(chineseBefore + addedChinese)
    await translator.click('#action-save-draft')
    await translator.waitForSelector('[data-testid="parity-panel"][data-open="0"]', {
      timeout: 30_000,
    })
    await translator.getByTestId('parity-clear').waitFor({ timeout: 30_000 })

    await translator.waitForFunction(
      () =>
        !(document.querySelector('[data-testid="review-zh-submit"]') as HTMLButtonElement | null)
          ?.disabled,
      undefined,
      { timeout: 30_000 },
    )
    await translator.getByTestId('review-zh-submit').click()
    await translator.waitForSelector('[data-testid="review-zh-state"][data-state="inReview"]', {
      timeout: 30_000,
    })
    await translator.context().close()
  })

  it('exchanges XLIFF over HTTP: export of translations behind, import as Chinese drafts, bad files refused', async () => {
    const exported = await fetch(`${app.baseURL}/api/translation/xliff?behind=1`, {
      headers: { authorization: `JWT ${tokens.translator}` },
    })
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-type')).toContain('application/xliff+xml')
    const xml = await exported.text()
    expect(xml).toContain('srcLang="en" trgLang="zh"')
    const send = (body: unknown, token?: string) =>
      api('/api/translation/xliff', { method: 'POST', token, body: JSON.stringify(body) })
    const unchanged = await send({ xml }, tokens.translator)
    expect(unchanged.status).toBe(200)
    expect(
      (unchanged.body.documents as Array<{ imported: string[] }>).every(
        (d) => d.imported.length === 0,
      ),
    ).toBe(true)
    const malformed = await send({ xml: xml.replace('</file>', '</fil>') }, tokens.translator)
    expect(malformed).toMatchObject({ status: 400, body: { error: { code: 'invalid_xliff' } } })
    expect((malformed.body.error as { message: string }).message).toMatch(/Line \d+/)
    expect((await send({ xml }, undefined)).status).toBe(401)
    expect((await fetch(`${app.baseURL}/api/translation/xliff?behind=1`)).status).toBe(401)
  })
})
