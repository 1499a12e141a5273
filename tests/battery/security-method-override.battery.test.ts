/**
 * Issue 10, finding 5: `POST` with `X-Payload-HTTP-Method-Override: GET` and the query in a form
 * body skipped the request guard. Now the guard reads that body as the GET it is
 * (src/security/guardedRoute.ts), inside Payload's route, so plain `next start` is covered too.
 */
import { recordFigure } from './report'
import { overriddenRead, startSecurityServer, type SecurityServer } from './security'

let server: SecurityServer
beforeAll(async () => {
  server = await startSecurityServer('override')
}, 300_000)
afterAll(async () => server?.app.stop())

const refused: Array<[string, number]> = [
  ['limit=1000', 400],
  ['pagination=false', 400],
  ['where[title][equals][x]=1', 400],
  ['where[title][near]=1,2', 400],
  ['page=Infinity', 400],
  ['limit=100&depth=2', 400],
  ['locale=xx', 400],
]

describe('a read sent as a form body with a method override', () => {
  it.each(refused)('is refused like the same query string: %s', async (form, status) => {
    const res = await server.send('/api/causes', overriddenRead(form))
    expect(res.status).toBe(status)
    expect(await res.text()).toMatch(/"errors"/)
  })

  it('is refused for a partner key and for a signed-in editor too, never a 5xx', async () => {
    for (const headers of [
      { authorization: 'partners API-Key not-a-key' },
      { authorization: `JWT ${server.tokens.editor}` },
    ]) {
      for (const [form] of refused.filter(
        ([f]) => f !== 'limit=1000' && f !== 'limit=100&depth=2',
      )) {
        const res = await server.send('/api/causes', overriddenRead(form, headers))
        expect({ form, status: res.status }).toEqual({ form, status: 400 })
      }
    }
  })

  it('still answers a well-formed read, as the admin sends its relationship searches', async () => {
    const res = await server.send(
      '/api/causes',
      overriddenRead('limit=5&depth=0&where[slug][like]=i'),
    )
    expect(res.status).toBe(200)
    expect((JSON.parse(await res.text()) as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
    recordFigure(
      'Security: method override',
      'hostile form-body reads refused',
      `${refused.length} of ${refused.length} (400)`,
    )
  })

  it('refuses an override with any other body type or method name', async () => {
    const json = await server.send('/api/causes', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-payload-http-method-override': 'GET' },
      body: '{"limit":1000}',
    })
    expect(json.status).toBe(415)
    const del = await server.send('/api/causes', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-http-method-override': 'DELETE',
      },
      body: 'a=1',
    })
    expect(del.status).toBeGreaterThanOrEqual(400)
    expect(del.status).toBeLessThan(500)
  })
})
