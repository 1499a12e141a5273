/**
 * Finding 12 of issue 10: every admin page sent a hash of the signed-in person's email to
 * gravatar.com. The admin now shows Payload's built-in avatar; this records every request the
 * admin's pages make in Chromium and expects none to leave our own origin.
 */
import { launchBrowser } from '../helpers/browser'

import { emails, openDoors, password, type Doors } from './outsideAttacker'
import { recordFigure, scale } from './report'

const section = 'Admin privacy (issue 10, finding 12)'
let doors: Doors
let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined

beforeAll(async () => {
  doors = await openDoors()
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await doors?.stop()
})

it(
  'sends no request to any other origin from the admin, signed in as each role',
  async () => {
    browser = await launchBrowser()
    const own = new URL(doors.app.baseURL).origin
    const foreign: string[] = []
    let requests = 0
    let pages = 0
    const roles = scale(['editor', 'admin'] as const, ['editor', 'translator', 'reviewer', 'admin'] as const)
    for (const role of roles) {
      const context = await browser.newContext()
      context.on('request', (request) => {
        requests += 1
        const url = request.url()
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== own) foreign.push(`${role}: ${url}`)
      })
      // Nothing foreign is fetched even if it were asked for: the test must not reach the internet.
      await context.route((url) => url.origin !== own && url.protocol !== 'data:', (route) => route.abort())
      const page = await context.newPage()
      await page.goto(`${doors.app.baseURL}/admin/login`)
      await page.locator('input[name="email"]').fill(emails[role])
      await page.locator('input[name="password"]').fill(password)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 30_000 })
      for (const path of ['/admin', '/admin/account', '/admin/collections/causes', '/admin/collections/sources']) {
        await page.goto(`${doors.app.baseURL}${path}`, { waitUntil: 'networkidle' })
        pages += 1
      }
      // The account menu shows an avatar: it must be ours.
      expect(await page.locator('img[src*="gravatar"]').count()).toBe(0)
      await context.close()
    }
    expect(foreign).toEqual([])
    recordFigure(section, 'admin pages opened / requests recorded / to other origins', `${pages} / ${requests} / ${foreign.length}`)
  },
  scale(120_000, 300_000),
)
