/**
 * Finding 7 of issue 10: anyone could lock any account (admins included) for 15 minutes with
 * five wrong passwords; a wrong password cost 160–175 ms for a real account and 8–11 ms for a
 * missing one, and "This user is locked" confirmed it existed; a session changed its own email
 * and password without the current password. Now: one cost and one answer for every email, a
 * pause per client address and account (the owner elsewhere signs in), and the current password
 * to change one's own email or password.
 */
import { emails, json, openDoors, password, type Doors } from './outsideAttacker'
import { recordFigure, scale } from './report'

const section = 'Accounts (issue 10, finding 7)'
let doors: Doors

beforeAll(async () => {
  // TRUST_PROXY: the battery plays several client addresses through X-Forwarded-For, as a proxy
  // in front would report them.
  doors = await openDoors({ env: { TRUST_PROXY: '1' } })
}, 240_000)
afterAll(async () => {
  await doors?.stop()
})

const from = (address: string) => ({ 'x-forwarded-for': address })
const login = (email: string, pass: string, address: string) =>
  doors.rest.call('POST', '/api/users/login', { body: { email, password: pass }, headers: from(address) })

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

describe('sign-in', () => {
  it('costs the same and answers the same for a real account and a missing one', async () => {
    const rounds = scale(6, 30)
    const real: number[] = []
    const missing: number[] = []
    const bodies = new Set<string>()
    for (let i = 0; i < rounds; i++) {
      for (const [email, times] of [[emails.editor, real], ['nobody-' + i + '@doors.mediglot', missing]] as const) {
        const started = performance.now()
        // A new address each time, so that no pause starts.
        const answer = await login(email, `wrong-${i}`, `198.51.100.${i + 1}`)
        times.push(performance.now() - started)
        expect(answer.status).toBe(401)
        bodies.add(answer.text)
      }
    }
    expect(bodies.size).toBe(1)
    const [r, m] = [median(real), median(missing)]
    // Both do the password work: within 35% of each other (they were 160 ms and 9 ms).
    expect(Math.abs(r - m) / Math.max(r, m)).toBeLessThan(0.35)
    recordFigure(section, 'wrong password, real / missing account (median)', `${r.toFixed(0)} ms / ${m.toFixed(0)} ms, same answer`)
  })

  it("pauses one address for one email after five wrong passwords, never the owner's own sign-in", async () => {
    const attacker = '203.0.113.7'
    const owner = '192.0.2.10'
    const answers: number[] = []
    for (let i = 0; i < 5; i++) answers.push((await login(emails.admin, `guess-${i}`, attacker)).status)
    expect(answers).toEqual([401, 401, 401, 401, 401])
    const paused = await login(emails.admin, password, attacker)
    expect(paused.status).toBe(429)
    // The same answer for an email without an account: the pause says nothing about who exists.
    for (let i = 0; i < 5; i++) await login('ghost@doors.mediglot', `guess-${i}`, attacker)
    const ghost = await login('ghost@doors.mediglot', 'x', attacker)
    expect(ghost.status).toBe(429)
    expect(json(ghost.text)).toEqual(json(paused.text))
    // The admin, from their own address, signs in; the attacker's other emails are not paused.
    expect((await login(emails.admin, password, owner)).status).toBe(200)
    expect((await login(emails.editor, password, attacker)).status).toBe(200)
    expect(paused.text).not.toMatch(/locked/i)
    recordFigure(section, 'after 5 wrong passwords: attacker / owner elsewhere', `${paused.status} / 200`)
  })
})

describe("changing one's own email or password", () => {
  it('needs the current password, by REST and GraphQL', async () => {
    const id = doors.ids.translator
    const token = await doors.rest.login(emails.translator, password)
    const attempts = [
      { password: 'a-new-password-1' },
      { email: 'taken-over@evil.example' },
      { password: 'a-new-password-1', currentPassword: 'wrong-password' },
    ]
    for (const body of attempts) {
      const answer = await doors.rest.call('PATCH', `/api/users/${id}`, { token, body })
      expect(answer.status).toBe(400)
      expect(answer.text).toMatch(/current password/i)
    }
    const graphql = await doors.rest.call('POST', '/api/graphql', {
      token,
      body: { query: `mutation { updateUser(id: ${id}, data: { password: "a-new-password-2" }) { id } }` },
    })
    expect(graphql.text).toMatch(/current password/i)
    // Nothing changed: the old password still signs in, and the email is the same.
    const again = await doors.rest.login(emails.translator, password)
    const me = json((await doors.rest.call('GET', '/api/users/me', { token: again })).text).user as { email: string }
    expect(me.email).toBe(emails.translator)
    // Saving the account without changing either (e.g. the name) needs no password.
    expect((await doors.rest.call('PATCH', `/api/users/${id}`, { token: again, body: { name: 'Door translator renamed', email: emails.translator } })).status).toBe(200)
    // With the current password the change is made.
    const changed = await doors.rest.call('PATCH', `/api/users/${id}`, { token: again, body: { password: 'a-new-password-3', currentPassword: password } })
    expect(changed.status).toBe(200)
    expect((await login(emails.translator, 'a-new-password-3', '192.0.2.99')).status).toBe(200)
    recordFigure(section, 'own email/password change without the current password', '400 (REST, GraphQL)')
  })
})
