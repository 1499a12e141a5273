/**
 * Sign-in, sessions, CORS and CSRF against the built server (README "Security"):
 *
 * - five wrong passwords from one address pause that address for that account (four do not);
 *   other accounts are not affected, and only an admin may call POST /api/users/unlock;
 * - a token works by `Authorization: JWT` and as the payload-token cookie until logout, and is
 *   refused after it (also for refresh): logout ends that session on the server;
 * - expired, forged (alg none, edited claims, wrong key, no session) and garbage tokens are
 *   anonymous, never a 5xx; a token signed correctly with a live session is the control;
 * - Payload's REST and GraphQL give foreign origins no Access-Control-Allow-Origin (a second
 *   server with CORS_ORIGINS shows a listed origin does get it); /api/v1 answers `*`;
 * - a cookie sent with a foreign Origin (or by a non-browser without Origin) is anonymous and
 *   changes nothing; with our own origin it is the person;
 * - login brute force over many emails and malformed bodies, and forgot-password for known and
 *   unknown emails, answer 4xx/200 alike and never 5xx.
 */
import crypto from 'node:crypto'

import { startAppServer, type AppServer } from '../helpers/appServer'

import { recordFigure, scale } from './report'

const section = 'Sign-in, sessions, CORS, CSRF'
const foreignOrigin = 'http://evil.example'
const listedOrigin = 'http://editors.partner.example'
const password = 'a-long-password-9'
/** The secret startAppServer gives the server; Payload signs with sha256(secret)[0..32]. */
const signingKey = crypto.createHash('sha256').update('e2e-secret').digest('hex').slice(0, 32)

let app: AppServer
let listedApp: AppServer

const statuses = new Map<number, number>()
let requests = 0
let assertions = 0

interface Answer {
  label: string
  status: number
  text: string
  headers: Headers
}

interface CallOptions {
  token?: string
  /** How the token travels: `JWT` (default) or `Bearer` header, or the payload-token cookie. */
  via?: 'JWT' | 'Bearer' | 'cookie'
  origin?: string
  headers?: Record<string, string>
  body?: unknown
  /** A raw body sent as is (malformed JSON and the like). */
  raw?: string
}

async function call(base: string, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const headers = new Headers(options.headers)
  if (options.body !== undefined || options.raw !== undefined) {
    if (!headers.has('content-type')) headers.set('content-type', 'application/json')
  }
  if (options.token !== undefined) {
    if (options.via === 'cookie') headers.set('cookie', `payload-token=${options.token}`)
    else headers.set('authorization', `${options.via ?? 'JWT'} ${options.token}`)
  }
  if (options.origin) headers.set('origin', options.origin)
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: options.raw ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
    redirect: 'manual',
  })
  const answer = { label: `${method} ${path}`, status: res.status, text: await res.text(), headers: res.headers }
  statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
  requests += 1
  return answer
}

const json = (answer: Answer) => JSON.parse(answer.text) as Record<string, unknown>

function expectClientError(answer: Answer) {
  if (answer.status < 400 || answer.status >= 500)
    throw new Error(`${answer.label}: expected a 4xx, got ${answer.status} ${answer.text.slice(0, 200)}`)
}

function expectNoServerErrors(answers: Answer[]) {
  expect(answers.filter((a) => a.status >= 500).map((a) => `${a.label}: ${a.status} ${a.text.slice(0, 200)}`)).toEqual([])
}

async function login(base: string, email: string, pass = password) {
  return call(base, 'POST', '/api/users/login', { body: { email, password: pass } })
}

async function tokenOf(base: string, email: string): Promise<string> {
  const answer = await login(base, email)
  if (answer.status !== 200) throw new Error(`login ${email}: ${answer.status} ${answer.text}`)
  return json(answer).token as string
}

/** The email of whoever the server takes the caller to be, or null for anonymous. */
async function whoAmI(base: string, options: CallOptions = {}): Promise<string | null> {
  const answer = await call(base, 'GET', '/api/users/me', options)
  if (answer.status !== 200) throw new Error(`/api/users/me: ${answer.status} ${answer.text}`)
  const user = json(answer).user as { email?: string } | null
  return user?.email ?? null
}

async function inBatches<T>(tasks: Array<() => Promise<T>>, size = 8): Promise<T[]> {
  const results: T[] = []
  for (let i = 0; i < tasks.length; i += size) results.push(...(await Promise.all(tasks.slice(i, i + size).map((t) => t()))))
  return results
}

// ---- tokens -----------------------------------------------------------------------------------

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url')

function decode(token: string) {
  const [header, claims] = token.split('.')
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<string, unknown>,
    claims: JSON.parse(Buffer.from(claims, 'base64url').toString()) as Record<string, unknown>,
  }
}

/** An HS256 JWT of the given header and claims, signed with `key`. */
function sign(header: Record<string, unknown>, claims: Record<string, unknown>, key: string): string {
  const unsigned = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`
  return `${unsigned}.${crypto.createHmac('sha256', key).update(unsigned).digest('base64url')}`
}

// ---- accounts ---------------------------------------------------------------------------------

const emails = {
  admin: 'auth-admin@example.org',
  editor: 'auth-editor@example.org',
  editor2: 'auth-editor2@example.org',
  boundary: 'auth-boundary@example.org',
  victim: 'auth-victim@example.org',
}

async function createAccounts(base: string, names: Array<keyof typeof emails>): Promise<string> {
  const first = await call(base, 'POST', '/api/users/first-register', {
    body: { email: emails.admin, password, name: 'Auth Admin' },
  })
  if (first.status !== 200) throw new Error(`first-register: ${first.status} ${first.text}`)
  const adminToken = await tokenOf(base, emails.admin)
  for (const name of names) {
    const created = await call(base, 'POST', '/api/users', {
      token: adminToken,
      body: { email: emails[name], password, name: `Auth ${name}`, roles: ['editor'] },
    })
    if (created.status !== 201) throw new Error(`create ${name}: ${created.status} ${created.text}`)
  }
  return adminToken
}

let adminToken: string
/** The editor's sign-in from before the lockout: the locked person trying to unlock themselves. */
let lockedEditorToken: string

beforeAll(async () => {
  // No content needed: an empty, migrated database starts faster.
  ;[app, listedApp] = await Promise.all([
    startAppServer({ seed: false }),
    startAppServer({ seed: false, env: { CORS_ORIGINS: `${listedOrigin}, ${listedOrigin}/` } }),
  ])
  adminToken = await createAccounts(app.baseURL, ['editor', 'editor2', 'boundary', 'victim'])
  await createAccounts(listedApp.baseURL, [])
  lockedEditorToken = await tokenOf(app.baseURL, emails.editor)
}, 180_000)

afterEach(() => {
  assertions += expect.getState().assertionCalls
})

afterAll(async () => {
  const histogram = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`)
  recordFigure(section, 'requests', requests)
  recordFigure(section, 'statuses seen', histogram.join(', '))
  recordFigure(section, 'assertions passed', assertions)
  await Promise.all([app?.stop(), listedApp?.stop()])
})

describe('lockout', () => {
  it('pauses one address for one account after five wrong passwords (four do not); other accounts sign in', async () => {
    for (let i = 0; i < 4; i++) expect((await login(app.baseURL, emails.boundary, 'wrong-password')).status).toBe(401)
    expect((await login(app.baseURL, emails.boundary)).status).toBe(200)

    const wrong: Answer[] = []
    for (let i = 0; i < 5; i++) wrong.push(await login(app.baseURL, emails.editor, 'wrong-password'))
    expect(wrong.map((a) => a.status)).toEqual([401, 401, 401, 401, 401])
    // Every wrong password gets the one answer Payload gives a missing account too.
    expect(new Set(wrong.map((a) => a.text)).size).toBe(1)
    const sixth = await login(app.baseURL, emails.editor)
    expect(sixth.status).toBe(429)
    expect(sixth.text).not.toMatch(/locked/i)
    expect(sixth.text).not.toContain('"token"')
    recordFigure(section, 'wrong passwords that pause an address for an account', '5 (4 do not)')
    recordFigure(section, 'answer to the right password when paused', `${sixth.status} ${(json(sixth).errors as Array<{ message: string }>)[0].message}`)

    // Other accounts are not affected; the paused account's earlier session still works.
    expect((await login(app.baseURL, emails.editor2)).status).toBe(200)
    expect((await login(app.baseURL, emails.admin)).status).toBe(200)
    expect(await whoAmI(app.baseURL, { token: lockedEditorToken })).toBe(emails.editor)
  })

  it('leaves Payload unlock to admins only (nothing is locked in the account itself)', async () => {
    const unlock = (options: CallOptions = {}) => call(app.baseURL, 'POST', '/api/users/unlock', { ...options, body: { email: emails.editor } })
    const editor2Token = await tokenOf(app.baseURL, emails.editor2)
    const refusals = [
      await unlock(),
      await unlock({ token: editor2Token }),
      await unlock({ token: editor2Token, via: 'cookie', origin: app.baseURL }),
      await unlock({ token: lockedEditorToken }),
    ]
    for (const refusal of refusals) expectClientError(refusal)
    // Malformed unlock bodies are 4xx too.
    for (const body of [{}, { email: 42 }, { email: ['x'] }, { email: 'nobody@example.org' }]) {
      const answer = await call(app.baseURL, 'POST', '/api/users/unlock', { token: adminToken, body })
      expect(answer.status).toBeLessThan(500)
    }
    recordFigure(section, 'unlock refused (anonymous, other editor by JWT, by cookie, paused editor)', refusals.map((a) => a.status).join(', '))
  })
})

describe('sessions', () => {
  it('accepts a token by header and cookie until logout, and refuses it (and its refresh) after', async () => {
    const first = await tokenOf(app.baseURL, emails.editor2)
    const second = await tokenOf(app.baseURL, emails.editor2)
    for (const via of ['JWT', 'Bearer'] as const) expect(await whoAmI(app.baseURL, { token: first, via })).toBe(emails.editor2)
    expect(await whoAmI(app.baseURL, { token: first, via: 'cookie', origin: app.baseURL })).toBe(emails.editor2)

    expect((await call(app.baseURL, 'POST', '/api/users/logout', { token: first })).status).toBe(200)
    for (const via of ['JWT', 'Bearer'] as const) expect(await whoAmI(app.baseURL, { token: first, via })).toBeNull()
    expect(await whoAmI(app.baseURL, { token: first, via: 'cookie', origin: app.baseURL })).toBeNull()
    expectClientError(await call(app.baseURL, 'POST', '/api/users/refresh-token', { token: first }))
    expectClientError(await call(app.baseURL, 'GET', '/api/review-events', { token: first }))

    // Logout ends that sign-in only; the other one ends with its own logout (here by cookie).
    expect(await whoAmI(app.baseURL, { token: second })).toBe(emails.editor2)
    const refreshed = await call(app.baseURL, 'POST', '/api/users/refresh-token', { token: second })
    expect(refreshed.status).toBe(200)
    const out = await call(app.baseURL, 'POST', '/api/users/logout', { token: second, via: 'cookie', origin: app.baseURL })
    expect(out.status).toBe(200)
    // The answer also tells the browser to drop the cookie.
    expect(out.headers.get('set-cookie') ?? '').toMatch(/payload-token=;|Expires=Thu, 01 Jan 1970|Max-Age=0/i)
    expect(await whoAmI(app.baseURL, { token: second })).toBeNull()
    expect(await whoAmI(app.baseURL, { token: json(refreshed).refreshedToken as string })).toBeNull()

    // Logging out without a (valid) session is a 4xx.
    expectClientError(await call(app.baseURL, 'POST', '/api/users/logout', { token: first }))
    expectClientError(await call(app.baseURL, 'POST', '/api/users/logout'))
  })

  it('sets the session cookie HttpOnly and SameSite=Lax (not Secure on plain http)', async () => {
    const answer = await login(app.baseURL, emails.editor2)
    const cookie = answer.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=[^;]+;/)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    expect(cookie).not.toMatch(/;\s*Secure/i)
    recordFigure(section, 'session cookie attributes', cookie.replace(/^payload-token=[^;]+/, 'payload-token=…'))
  })

  it('treats expired, forged and garbage tokens as anonymous, never a 5xx', async () => {
    const live = await tokenOf(app.baseURL, emails.admin)
    const { header, claims } = decode(live)
    const now = Math.floor(Date.now() / 1000)
    const editorId = (json(await call(app.baseURL, 'GET', '/api/users/me', { token: await tokenOf(app.baseURL, emails.editor2) })).user as { id: number }).id
    const [liveHead, liveBody, liveSig] = live.split('.')

    // The harness signs like Payload: a fresh token over the live session is accepted.
    const control = sign(header, { ...claims, iat: now, exp: now + 600 }, signingKey)
    expect(await whoAmI(app.baseURL, { token: control })).toBe(emails.admin)

    const forged: Record<string, string> = {
      'alg none': `${b64url(JSON.stringify({ ...header, alg: 'none' }))}.${liveBody}.`,
      'alg none, signature kept': `${b64url(JSON.stringify({ ...header, alg: 'none' }))}.${liveBody}.${liveSig}`,
      'claims changed (other user), signature kept': `${liveHead}.${b64url(JSON.stringify({ ...claims, id: editorId }))}.${liveSig}`,
      'claims changed (later expiry), signature kept': `${liveHead}.${b64url(JSON.stringify({ ...claims, exp: now + 999_999 }))}.${liveSig}`,
      'wrong key': sign(header, claims, 'not-the-server-secret-0000000000'),
      'expired, right key': sign(header, { ...claims, iat: now - 7200, exp: now - 60 }, signingKey),
      'no session id, right key': sign(header, { ...claims, sid: undefined, iat: now, exp: now + 600 }, signingKey),
      'unknown session id, right key': sign(header, { ...claims, sid: crypto.randomUUID(), iat: now, exp: now + 600 }, signingKey),
      'no authVersion, right key': sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now, exp: now + 600 }, signingKey),
      'other collection, right key': sign(header, { ...claims, collection: 'partners', iat: now, exp: now + 600 }, signingKey),
      'id of wrong type, right key': sign(header, { ...claims, id: { $ne: null }, iat: now, exp: now + 600 }, signingKey),
      truncated: live.slice(0, -10),
      'two parts': `${liveHead}.${liveBody}`,
      'four parts': `${live}.x`,
      garbage: 'garbage',
      empty: '',
      dots: '...',
      'long garbage': 'a'.repeat(scale(4_000, 16_000)),
      'not base64': '!!!.@@@.###',
      'JSON header that is not an object': `${b64url('"x"')}.${b64url('[]')}.`,
    }

    const answers: Answer[] = []
    const accepted: string[] = []
    for (const [name, token] of Object.entries(forged)) {
      for (const via of ['JWT', 'cookie'] as const) {
        const options: CallOptions = { token, via, origin: via === 'cookie' ? app.baseURL : undefined }
        const me = await call(app.baseURL, 'GET', '/api/users/me', options)
        const list = await call(app.baseURL, 'GET', '/api/users?depth=0', options)
        const graph = await call(app.baseURL, 'POST', '/api/graphql', { ...options, body: { query: '{ meUser { user { email } } }' } })
        answers.push(me, list, graph)
        if (me.status === 200 && json(me).user) accepted.push(`${name} via ${via}: /me`)
        if (list.status < 300) accepted.push(`${name} via ${via}: /api/users ${list.status}`)
        if (graph.text.includes('@example.org')) accepted.push(`${name} via ${via}: graphql`)
      }
    }
    expect(accepted).toEqual([])
    expectNoServerErrors(answers)
    recordFigure(section, 'forged/expired/garbage tokens refused (x JWT header, cookie)', Object.keys(forged).length)
  })
})

describe('CORS', () => {
  const preflight = (base: string, path: string, origin: string, method = 'GET') =>
    call(base, 'OPTIONS', path, {
      origin,
      headers: { 'access-control-request-method': method, 'access-control-request-headers': 'authorization, content-type' },
    })

  it("gives foreign origins no Access-Control-Allow-Origin on Payload's API; the partner API answers *", async () => {
    const payloadDoors = [
      await preflight(app.baseURL, '/api/users/me', foreignOrigin),
      await call(app.baseURL, 'GET', '/api/users/me', { origin: foreignOrigin }),
      await preflight(app.baseURL, '/api/graphql', foreignOrigin, 'POST'),
      await call(app.baseURL, 'POST', '/api/graphql', { origin: foreignOrigin, body: { query: '{ meUser { user { email } } }' } }),
      await preflight(app.baseURL, '/api/users/login', foreignOrigin, 'POST'),
      await call(app.baseURL, 'GET', '/api/topics?limit=1', { origin: foreignOrigin }),
    ]
    expectNoServerErrors(payloadDoors)
    expect(payloadDoors.map((a) => [a.label, a.headers.get('access-control-allow-origin')])).toEqual(payloadDoors.map((a) => [a.label, null]))
    expect(payloadDoors.filter((a) => a.headers.get('access-control-allow-credentials'))).toEqual([])

    const key = `auth-battery-${crypto.randomUUID()}`
    expect((await call(app.baseURL, 'POST', '/api/partners', { token: adminToken, body: { name: 'Auth battery', enableAPIKey: true, apiKey: key } })).status).toBe(201)
    const partnerDoors = [
      await preflight(app.baseURL, '/api/v1/topics', foreignOrigin),
      await call(app.baseURL, 'GET', '/api/v1/topics?locale=en', { origin: foreignOrigin, headers: { authorization: `Bearer ${key}` } }),
      await call(app.baseURL, 'GET', '/api/v1/topics?locale=en', { origin: foreignOrigin }),
      await call(app.baseURL, 'GET', '/api/v1/openapi.json', { origin: foreignOrigin }),
    ]
    expect(partnerDoors.map((a) => [a.label, a.status < 500, a.headers.get('access-control-allow-origin')])).toEqual(
      partnerDoors.map((a) => [a.label, true, '*']),
    )
    recordFigure(section, 'CORS: Payload doors with ACAO for a foreign origin', `0 of ${payloadDoors.length}`)
    recordFigure(section, 'CORS: partner doors answering *', `${partnerDoors.length} of ${partnerDoors.length} (${partnerDoors.map((a) => a.status).join(', ')})`)
  })

  it('gives an origin listed in CORS_ORIGINS credentialed access, and no other', async () => {
    const listed = [await preflight(listedApp.baseURL, '/api/users/me', listedOrigin), await call(listedApp.baseURL, 'GET', '/api/users/me', { origin: listedOrigin })]
    for (const answer of listed) {
      expect(answer.headers.get('access-control-allow-origin')).toBe(listedOrigin)
      expect(answer.headers.get('access-control-allow-credentials')).toBe('true')
    }
    const other = await preflight(listedApp.baseURL, '/api/users/me', foreignOrigin)
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('CSRF', () => {
  it('treats a cookie with a foreign Origin (or no browser headers) as anonymous; with our own, as the person', async () => {
    const token = await tokenOf(app.baseURL, emails.admin)
    const cookie = (origin?: string, headers: Record<string, string> = {}) => ({ token, via: 'cookie' as const, origin, headers })
    const seen = {
      ownOrigin: await whoAmI(app.baseURL, cookie(app.baseURL)),
      sameOriginFetch: await whoAmI(app.baseURL, cookie(undefined, { 'sec-fetch-site': 'same-origin' })),
      foreignOrigin: await whoAmI(app.baseURL, cookie(foreignOrigin)),
      listedElsewhere: await whoAmI(app.baseURL, cookie(listedOrigin)),
      crossSiteFetch: await whoAmI(app.baseURL, cookie(undefined, { 'sec-fetch-site': 'cross-site' })),
      noBrowserHeaders: await whoAmI(app.baseURL, cookie()),
      nullOrigin: await whoAmI(app.baseURL, cookie('null')),
    }
    expect(seen).toEqual({
      ownOrigin: emails.admin,
      sameOriginFetch: emails.admin,
      foreignOrigin: null,
      listedElsewhere: null,
      crossSiteFetch: null,
      noBrowserHeaders: null,
      nullOrigin: null,
    })

    // A forged write changes nothing: create a user, and a GraphQL mutation.
    const count = async () => json(await call(app.baseURL, 'GET', '/api/users?limit=1', { token: adminToken })).totalDocs
    const before = await count()
    const forgedWrites = [
      await call(app.baseURL, 'POST', '/api/users', {
        ...cookie(foreignOrigin),
        body: { email: 'csrf-made@example.org', password, name: 'CSRF', roles: ['admin'] },
      }),
      await call(app.baseURL, 'POST', '/api/graphql', {
        ...cookie(foreignOrigin),
        body: { query: `mutation { createUser(data: { email: "csrf-gql@example.org", password: "${password}", name: "CSRF", roles: admin }) { id } }` },
      }),
    ]
    expectClientError(forgedWrites[0])
    expect(forgedWrites[1].status).toBeLessThan(500)
    expect(forgedWrites[1].text).not.toMatch(/"createUser":\{"id"/)
    expect(await count()).toBe(before)

    // On the server with CORS_ORIGINS, the listed origin's cookie is honoured.
    const listedToken = await tokenOf(listedApp.baseURL, emails.admin)
    expect(await whoAmI(listedApp.baseURL, { token: listedToken, via: 'cookie', origin: listedOrigin })).toBe(emails.admin)
    expect(await whoAmI(listedApp.baseURL, { token: listedToken, via: 'cookie', origin: foreignOrigin })).toBeNull()
    recordFigure(section, 'CSRF: cookie honoured / ignored (origin cases)', `${Object.values(seen).filter(Boolean).length} / ${Object.values(seen).filter((v) => !v).length}`)
  })
})

describe('brute force and malformed sign-ins', () => {
  it('answers many wrong sign-ins over many emails with 4xx, never 5xx, and pauses this address for the targeted account', async () => {
    const attempts = scale(40, 400)
    const malformed: Array<CallOptions> = [
      { body: {} },
      { body: { email: emails.victim } },
      { body: { password } },
      { body: { email: 42, password } },
      { body: { email: [emails.victim], password } },
      { body: { email: { equals: emails.victim }, password } },
      { body: { email: emails.victim, password: { $ne: '' } } },
      { body: { email: emails.victim, password: 12345 } },
      { body: { email: 'x'.repeat(10_000), password } },
      { body: { email: emails.victim, password: 'p'.repeat(100_000) } },
      { body: null },
      { body: [] },
      { raw: '{"email":' },
      { raw: 'email=a&password=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    ]
    const tasks: Array<() => Promise<Answer>> = []
    for (let i = 0; i < attempts; i++) {
      const email = i % 4 === 0 ? emails.victim : `nobody-${i}-${crypto.randomUUID().slice(0, 8)}@example.org`
      tasks.push(() => login(app.baseURL, email, `guess-${i}`))
    }
    for (const options of malformed) tasks.push(() => call(app.baseURL, 'POST', '/api/users/login', options))
    const answers = await inBatches(tasks)
    expectNoServerErrors(answers)
    const tokensGiven = answers.filter((a) => a.text.includes('"token"'))
    expect(tokensGiven).toEqual([])
    for (const answer of answers) expectClientError(answer)

    // This address is paused for the targeted account (the account itself is not locked).
    const locked = await login(app.baseURL, emails.victim)
    expect(locked.status).toBe(429)
    const byStatus = new Map<number, number>()
    for (const a of answers) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1)
    recordFigure(section, 'brute-force sign-ins (incl. malformed)', `${answers.length}: ${[...byStatus].map(([s, n]) => `${s}×${n}`).join(', ')}`)
  })
})

describe('forgot password', () => {
  it('answers known and unknown emails alike, never 5xx', async () => {
    const forgot = (body: unknown) => call(app.baseURL, 'POST', '/api/users/forgot-password', { body })
    const known = await forgot({ email: emails.editor2 })
    const unknown = await forgot({ email: 'nobody-at-all@example.org' })
    const knownAgain = await forgot({ email: emails.editor2.toUpperCase() })
    expect(known.status).toBe(200)
    expect([unknown.status, unknown.text]).toEqual([known.status, known.text])
    expect([knownAgain.status, knownAgain.text]).toEqual([known.status, known.text])
    expect(known.text).not.toMatch(/token/i)

    const malformed = await Promise.all(
      [{}, { email: '' }, { email: 42 }, { email: ['a@b.c'] }, { email: { equals: emails.editor2 } }, null, 'x'.repeat(5_000)].map((body) => forgot(body)),
    )
    expectNoServerErrors(malformed)
    for (const answer of malformed) expect(answer.status).toBeLessThan(500)
    recordFigure(section, 'forgot-password known / unknown / malformed', `${known.status} / ${unknown.status} / ${malformed.map((a) => a.status).join(',')}`)
  })
})
