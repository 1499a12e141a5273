import type { Browser, Page } from 'playwright-core'

import { startAppServer, type AppServer } from '../helpers/appServer'
import { launchBrowser } from '../helpers/browser'

let app: AppServer
let browser: Browser

const accounts = {
  admin: { email: 'admin@e2e.mediglot', password: 'admin-password-123', name: 'Ada Admin', roles: ['admin'] },
  editor: { email: 'editor@e2e.mediglot', password: 'editor-password-123', name: 'Eddie Editor', roles: ['editor'] },
  reviewer: { email: 'reviewer@e2e.mediglot', password: 'reviewer-password-123', name: 'Dr Rita Reviewer', roles: ['medicalReviewer'] },
  translator: { email: 'translator@e2e.mediglot', password: 'translator-password-123', name: 'Tina Translator', roles: ['translator'] },
}

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
  const { admin, editor, reviewer, translator } = accounts
  expect((await api('/api/users/first-register', { method: 'POST', body: JSON.stringify(admin) })).status).toBe(200)
  const token = (await api('/api/users/login', { method: 'POST', body: JSON.stringify({ email: admin.email, password: admin.password }) })).body.token as string
  for (const user of [editor, reviewer, translator]) {
    const created = await api('/api/users', { method: 'POST', token, body: JSON.stringify(user) })
    expect(created.status).toBe(201)
  }
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function signIn(account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  // Approve, Publish and Unpublish ask for confirmation first.
  page.on('dialog', (dialog) => void dialog.accept())
  await page.goto(`${app.baseURL}/admin/login`)
  await page.fill('#field-email', account.email)
  await page.fill('#field-password', account.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  return page
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the published text')
    await new Promise((r) => setTimeout(r, 500))
  }
}

async function act(page: Page, testId: string) {
  const button = page.getByTestId(testId)
  await button.waitFor({ state: 'visible', timeout: 30_000 })
  await expect(button.isEnabled()).resolves.toBe(true)
  await button.click()
}

describe('an edited Chinese text goes through review to the Chinese page', () => {
  it('lets an editor submit, a reviewer approve and publish, and a reader see the new text', async () => {
    const found = await api('/api/causes?where[slug][equals]=infection&limit=1&depth=0')
    const id = (found.body.docs as Array<{ id: number }>)[0].id
    const newTitle = '感染因素（已更新的中文标题）'

    const editor = await signIn(accounts.editor)
    await editor.goto(`${app.baseURL}/admin/collections/causes/${id}?locale=zh`)
    const title = editor.locator('#field-title')
    await title.waitFor({ timeout: 30_000 })
    await title.fill(newTitle)
    await editor.click('#action-save-draft')
    await editor.getByTestId('review-zh-submit').waitFor({ state: 'visible', timeout: 30_000 })
    await editor.waitForFunction(
      () => !(document.querySelector('[data-testid="review-zh-submit"]') as HTMLButtonElement | null)?.disabled,
      undefined,
      { timeout: 30_000 },
    )
    await act(editor, 'review-zh-submit')
    await editor.waitForSelector('[data-testid="review-zh-state"][data-state="inReview"]', { timeout: 30_000 })
    // The public page still shows the approved text.
    const before = await (await fetch(`${app.baseURL}/zh/causes/infection`)).text()
    expect(before).not.toContain(newTitle)
    await editor.context().close()

    const reviewer = await signIn(accounts.reviewer)
    await reviewer.goto(`${app.baseURL}/admin/collections/causes/${id}?locale=zh`)
    await act(reviewer, 'review-zh-approve')
    await reviewer.waitForSelector('[data-testid="review-zh-state"][data-state="approved"]', { timeout: 30_000 })
    await act(reviewer, 'review-zh-publish')
    await reviewer.waitForSelector('[data-testid="review-zh-status"][data-status="published"], [role="status"]', { timeout: 30_000 })
    await waitFor(async () => {
      const published = await api('/api/causes?where[slug][equals]=infection&locale=zh&depth=0')
      return (published.body.docs as Array<{ title?: string }>)[0]?.title === newTitle
    })
    await reviewer.context().close()

    const reader = await browser.newPage()
    const response = await reader.goto(`${app.baseURL}/zh/causes/infection`)
    expect(response?.status()).toBe(200)
    await expect(reader.locator('h1').textContent()).resolves.toBe(newTitle)
    await reader.close()
  })
})

describe('the same rules through the admin API (REST)', () => {
  const login = async (account: { email: string; password: string }) =>
    (await api('/api/users/login', { method: 'POST', body: JSON.stringify(account) })).body.token as string
  const causeId = async (slug: string) =>
    ((await api(`/api/causes?where[slug][equals]=${slug}&locale=en&depth=0`)).body.docs as Array<{ id: number }>)[0].id

  it('refuses a translator’s edit of the English text', async () => {
    const token = await login(accounts.translator)
    const id = await causeId('genetic')
    const res = await api(`/api/causes/${id}?locale=en&draft=true`, { method: 'PATCH', token, body: JSON.stringify({ title: 'Translator wrote English' }) })
    expect(res.status).toBe(403)
    const zh = await api(`/api/causes/${id}?locale=zh&draft=true`, { method: 'PATCH', token, body: JSON.stringify({ title: '译者修改的中文标题' }) })
    expect(zh.status).toBe(200)
  })

  it('refuses a publish by an editor', async () => {
    const token = await login(accounts.editor)
    const id = await causeId('genetic')
    const viaWorkflow = await api(`/api/causes/${id}/workflow`, { method: 'POST', token, body: JSON.stringify({ action: 'publish', locale: 'en' }) })
    expect(viaWorkflow.status).toBe(403)
    const direct = await api(`/api/causes/${id}?locale=en`, { method: 'PATCH', token, body: JSON.stringify({ title: 'Editor publishes', _status: 'published' }) })
    expect(direct.status).toBe(403)
  })

  it('refuses a reviewer’s approval of their own change', async () => {
    const token = await login(accounts.reviewer)
    const id = await causeId('lifestyle-environment')
    expect((await api(`/api/causes/${id}?locale=en&draft=true`, { method: 'PATCH', token, body: JSON.stringify({ summary: 'Changed by the reviewer.' }) })).status).toBe(200)
    expect((await api(`/api/causes/${id}/workflow`, { method: 'POST', token, body: JSON.stringify({ action: 'submit', locale: 'en' }) })).status).toBe(200)
    const own = await api(`/api/causes/${id}/workflow`, { method: 'POST', token, body: JSON.stringify({ action: 'approve', locale: 'en' }) })
    expect(own.status).toBe(403)
    expect((own.body.error as { code: string }).code).toBe('own_change')
  })
})
