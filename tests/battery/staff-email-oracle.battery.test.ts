/**
 * Finding 6 of issue 10: as an editor,
 * `GET /api/causes?draft=true&where[review.approvedBy.email][equals]=…` answered 2 documents for
 * a real email and 0 otherwise (`like` and `roles` too). Email and roles of accounts are now
 * readable, and so queryable, by their owner and admins only: through a relationship the path is
 * refused (400) for everyone else, whether the email exists or not.
 */
import { emails, json, openDoors, type Doors } from './outsideAttacker'
import { recordFigure } from './report'

const section = 'Staff emails by query (issue 10, finding 6)'
let doors: Doors
let causeId: number

beforeAll(async () => {
  doors = await openDoors()
  // One cause approved by the reviewer, so that review.approvedBy names a real account.
  const causes = json((await doors.rest.call('GET', '/api/causes?limit=1&depth=0&locale=en')).text).docs as Array<{ id: number }>
  causeId = causes[0].id
  await doors.rest.ok('PATCH', `/api/causes/${causeId}?locale=en&draft=true`, doors.tokens.editor, { summary: 'Approved by a real reviewer.' })
  for (const action of ['submit', 'approve'])
    await doors.rest.ok('POST', `/api/causes/${causeId}/workflow`, action === 'submit' ? doors.tokens.editor : doors.tokens.reviewer, { action, locale: 'en' })
}, 240_000)
afterAll(async () => {
  await doors?.stop()
})

const paths = (email: string) => [
  `where[review.approvedBy.email][equals]=${encodeURIComponent(email)}`,
  `where[review.approvedBy.email][like]=${encodeURIComponent(email.slice(0, 5))}`,
  'where[review.approvedBy.roles][contains]=medicalReviewer',
  `where[review.changedBy.email][equals]=${encodeURIComponent(email)}`,
  `where[lastEditedBy.email][equals]=${encodeURIComponent(email)}`,
  `where[review.approvedBy.hash][exists]=true`,
  `where[or][0][review.approvedBy.email][equals]=${encodeURIComponent(email)}`,
]

describe("accounts' emails and roles", () => {
  it('cannot be guessed through relationships by editors, translators, reviewers, partners or anonymous callers', async () => {
    const callers: Array<[string, Record<string, string>]> = [
      ['anonymous', {}],
      ['partner', { authorization: doors.partner.header }],
      ['editor', { authorization: `JWT ${doors.tokens.editor}` }],
      ['translator', { authorization: `JWT ${doors.tokens.translator}` }],
      ['reviewer2', { authorization: `JWT ${doors.tokens.reviewer2}` }],
    ]
    const leaks: string[] = []
    let tried = 0
    for (const [who, headers] of callers) {
      for (const locale of ['en', 'zh']) {
        for (const email of [emails.reviewer, 'nobody@doors.mediglot']) {
          for (const query of paths(email)) {
            for (const collection of ['causes', 'topics', 'sources']) {
              const answer = await doors.rest.call('GET', `/api/${collection}?draft=true&locale=${locale}&depth=0&${query}`, { headers })
              tried += 1
              // A 200 would tell documents matching a real email from those matching no one.
              if (answer.status !== 400 && answer.status !== 403) leaks.push(`${who} ${collection} ${query}: ${answer.status} ${answer.text.slice(0, 80)}`)
            }
          }
        }
      }
    }
    expect(leaks).toEqual([])
    recordFigure(section, 'relationship queries on account emails/roles refused', `${tried} (400/403)`)
  })

  it('stay readable and queryable by admins, and each person reads their own', async () => {
    const byAdmin = await doors.rest.call('GET', `/api/causes?draft=true&depth=0&where[review.approvedBy.email][equals]=${encodeURIComponent(emails.reviewer)}`, { token: doors.tokens.admin })
    expect(byAdmin.status).toBe(200)
    expect((json(byAdmin.text).docs as Array<{ id: number }>).map((d) => d.id)).toContain(causeId)
    const me = json((await doors.rest.call('GET', '/api/users/me', { token: doors.tokens.editor })).text).user as { email?: string; roles?: string[] }
    expect(me).toMatchObject({ email: emails.editor, roles: ['editor'] })
    const users = json((await doors.rest.call('GET', '/api/users', { token: doors.tokens.admin })).text).docs as Array<{ email?: string }>
    expect(users.map((u) => u.email)).toEqual(expect.arrayContaining(Object.values(emails)))
  })
})
