/**
 * Issue 10, finding 8: no CSP / frame-ancestors, X-Frame-Options, nosniff or Referrer-Policy
 * (a page on another port framed the signed-in admin), and `GET /api/payload-jobs/run` with the
 * admin's cookie ran the jobs. Now every answer carries the headers (src/security/headers.ts),
 * whichever part of the server wrote it, and the run endpoint runs nothing for anyone.
 */
import type { Browser } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'

import { recordFigure } from './report'
import { overriddenRead, startSecurityServer, type SecurityServer } from './security'

let server: SecurityServer
let browser: Browser | undefined
beforeAll(async () => {
  server = await startSecurityServer('headers', { TRUST_PROXY: '1' })
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await server?.app.stop()
})

function expectSecurityHeaders(res: Response, label: string) {
  const csp = res.headers.get('content-security-policy') ?? ''
  expect({
    label,
    frameAncestors: /frame-ancestors 'none'/.test(csp),
    objectSrc: /object-src 'none'/.test(csp),
  }).toEqual({ label, frameAncestors: true, objectSrc: true })
  expect({ label, xfo: res.headers.get('x-frame-options') }).toEqual({ label, xfo: 'DENY' })
  expect({ label, nosniff: res.headers.get('x-content-type-options') }).toEqual({
    label,
    nosniff: 'nosniff',
  })
  expect({ label, referrer: res.headers.get('referrer-policy') }).toEqual({
    label,
    referrer: 'strict-origin-when-cross-origin',
  })
}

describe('security headers', () => {
  it('are on every answer: pages (from Next and as prepared bytes), 304s, the partner API, REST, GraphQL, the admin, refusals', async () => {
    const cases: Array<[string, RequestInit?]> = [
      ['/en'],
      ['/en'], // the second is a prepared-bytes hit
      ['/zh'],
      ['/sitemap.xml'],
      ['/api/v1/openapi.json'],
      ['/api/v1/topics'], // 401 without a key
      ['/api/topics?limit=1'],
      ['/api/topics?limit=1000'], // refused by the guard
      [
        '/api/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ Topics(limit:1){ docs { id } } }"}',
        },
      ],
      ['/api/causes', overriddenRead('page=Infinity')],
      ['/admin/login'],
      ['/en/no-such-page'],
    ]
    for (const [path, init] of cases)
      expectSecurityHeaders(await server.send(path, init), `${init?.method ?? 'GET'} ${path}`)
    const first = await server.send('/en')
    const etag = first.headers.get('etag') ?? ''
    const notModified = await server.send('/en', { headers: { 'if-none-match': etag } })
    expect(notModified.status).toBe(304)
    expectSecurityHeaders(notModified, '304 /en')
    recordFigure(
      'Security: headers',
      'answers checked for CSP frame-ancestors, X-Frame-Options, nosniff, Referrer-Policy',
      cases.length + 1,
    )
  })

  it('add HSTS only over https (a trusted proxy saying so), never over plain http', async () => {
    expect((await server.send('/en')).headers.get('strict-transport-security')).toBeNull()
    const https = await server.send('/en', { headers: { 'x-forwarded-proto': 'https' } })
    expect(https.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/)
  })

  it('keep the admin working in Chromium: the sign-in page renders with no policy violation', async () => {
    browser = await launchBrowser()
    const page = await browser.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        violations.push(message.text())
    })
    await page.goto(`${server.app.baseURL}/admin/login`)
    await page.waitForSelector('input[name="email"]', { timeout: 30_000 })
    expect(violations).toEqual([])
  }, 120_000)

  it('make GET /api/payload-jobs/run run nothing, even with the admin signed in and a same-site fetch', async () => {
    const res = await server.send('/api/payload-jobs/run', {
      headers: { cookie: `payload-token=${server.tokens.admin}`, 'sec-fetch-site': 'same-site' },
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    const withToken = await server.send('/api/payload-jobs/run?queue=webhooks', {
      headers: { authorization: `JWT ${server.tokens.admin}` },
    })
    expect(withToken.status).toBeGreaterThanOrEqual(400)
    expect(withToken.status).toBeLessThan(500)
  })
})
