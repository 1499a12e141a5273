/**
 * Finding 4 of issue 10: webhook URLs `http://127.0.0.1:…`, `localhost`, `[::1]`, `0x7f000001`,
 * `2130706433`, `127.1` and `localhost:3921/api/users` were accepted and POSTed to, and the
 * delivery log showed the internal answers. Webhooks now go to public https addresses only,
 * checked when saved and again at delivery; WEBHOOK_ALLOW_HOSTS lets a test's loopback
 * receiver through, and a redirect from it is not followed.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { json, openDoors, type Doors } from './outsideAttacker'
import { recordFigure, scale } from './report'

const section = 'Webhook targets (issue 10, finding 4)'
let doors: Doors
let receiver: http.Server
let elsewhere: http.Server
const received: string[] = []
const redirected: string[] = []

function listen(handler: http.RequestListener): Promise<http.Server> {
  return new Promise((resolve) => {
    const server = http.createServer(handler)
    server.listen(0, '127.0.0.1', () => resolve(server))
  })
}
const portOf = (server: http.Server) => (server.address() as AddressInfo).port

beforeAll(async () => {
  elsewhere = await listen((req, res) => {
    redirected.push(req.url ?? '')
    res.end('internal')
  })
  receiver = await listen((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push(body)
      // Tries to send the delivery on to an internal service.
      res.writeHead(307, { location: `http://127.0.0.1:${portOf(elsewhere)}/api/users` })
      res.end()
    })
  })
  // Only the name `localhost` is allow-listed: the receiver is reached as localhost, and
  // 127.0.0.1 in all its spellings stays refused.
  doors = await openDoors({ env: { WEBHOOK_ALLOW_HOSTS: 'localhost', WEBHOOK_CRON: '* * * * * *', WEBHOOK_ATTEMPTS: '1', PARTNER_CHANGE_DELAY_MS: '0' } })
}, 240_000)
afterAll(async () => {
  await doors?.stop()
  receiver?.close()
  elsewhere?.close()
})

const hook = (url: string) => ({ url, events: ['published', 'updated'], secret: 'a-signing-secret-of-16+', active: true })

describe('webhook URLs', () => {
  it('refuses loopback, private, link-local, CGNAT, multicast and numeric spellings of them, and plain http', async () => {
    const port = portOf(elsewhere)
    const refusedUrls = [
      `http://127.0.0.1:${port}/`,
      `https://127.0.0.1:${port}/`,
      'https://[::1]/',
      'https://0x7f000001/',
      'https://2130706433/',
      'https://127.1/',
      'https://[::ffff:127.0.0.1]/',
      'https://[::ffff:7f00:1]/',
      'https://0.0.0.0/',
      'https://[::]/',
      'https://10.0.0.1/',
      'https://172.16.5.4/',
      'https://192.168.1.1/',
      'https://169.254.169.254/latest/meta-data/',
      'https://100.64.0.1/',
      'https://224.0.0.1/',
      'https://[fe80::1]/',
      'https://[fd00::1]/',
      'https://[64:ff9b::7f00:1]/',
      'http://example.org/hooks',
      'https://user:pass@example.org/hooks',
      'ftp://example.org/',
    ]
    const accepted: string[] = []
    const statuses = new Set<number>()
    for (const url of refusedUrls.slice(0, scale(refusedUrls.length, refusedUrls.length))) {
      const answer = await doors.rest.call('PATCH', `/api/partners/${doors.partner.id}`, { token: doors.tokens.admin, body: { webhooks: [hook(url)] } })
      statuses.add(answer.status)
      if (answer.status < 400 || answer.status >= 500) accepted.push(`${url}: ${answer.status}`)
    }
    expect(accepted).toEqual([])
    expect([...statuses]).toEqual([400])
    const partner = json((await doors.rest.call('GET', `/api/partners/${doors.partner.id}`, { token: doors.tokens.admin })).text)
    expect(partner.webhooks).toEqual([])
    recordFigure(section, 'internal webhook URLs refused at save (400)', refusedUrls.length)
  })

  it('delivers to an allow-listed loopback receiver and does not follow its redirect to an internal address', async () => {
    await doors.rest.ok('PATCH', `/api/partners/${doors.partner.id}`, doors.tokens.admin, {
      webhooks: [hook(`http://localhost:${portOf(receiver)}/hooks`)],
    })
    const causes = json((await doors.rest.call('GET', '/api/causes?limit=1&depth=0&locale=en')).text).docs as Array<{ id: number }>
    const id = causes[0].id
    await doors.rest.ok('PATCH', `/api/causes/${id}?locale=en&draft=true`, doors.tokens.editor, { summary: 'Changed for the webhook battery.' })
    for (const action of ['submit', 'approve', 'publish'])
      await doors.rest.ok('POST', `/api/causes/${id}/workflow`, action === 'submit' ? doors.tokens.editor : doors.tokens.reviewer, { action, locale: 'en' })
    const deadline = Date.now() + 45_000
    while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500))
    expect(received.length).toBeGreaterThan(0)
    await new Promise((r) => setTimeout(r, 1_000))
    expect(redirected).toEqual([])
    const log = json((await doors.rest.call('GET', '/api/webhook-deliveries?limit=5&sort=-createdAt', { token: doors.tokens.admin })).text).docs as Array<{ statusCode: number; ok: boolean }>
    expect(log[0]).toMatchObject({ statusCode: 307, ok: false })
    recordFigure(section, 'allow-listed delivery / redirect followed', `${received.length} delivered / ${redirected.length} followed`)
  })
})
