/**
 * Concurrent updates through the REST API of the production server. Rounds of 2 to 8 clients
 * each append their own token to one document's summary at the same moment, as a careful API
 * client does: read the revision, send it back as If-Match, and on 409 read again and retry.
 * At the end of every round each acknowledged token must be in the stored text (no lost
 * update) and the revision must have gone up exactly once per acknowledged write. Plus: a
 * stale If-Match is refused with 409 and changes nothing, a malformed one is a 400, writes
 * without If-Match to different languages of one document all survive, and writes to
 * different documents at once never fail. The server runs with an injected pause inside every
 * update, so the test fails if the per-document write queue (src/server/writeQueue.ts) is gone.
 */
import { recordFigure, scale } from './report'
import { startAppServer, type AppServer } from '../helpers/appServer'
import { registerFirstAdmin, restClient, type RestClient } from '../helpers/rest'

let app: AppServer
let rest: RestClient
let editor = ''
let reviewer = ''
const section = 'Concurrent updates'

interface Answer {
  status: number
  body: Record<string, unknown>
}

/** The shared REST client's answer, its JSON parsed (an error page kept as `{ text }`). */
async function call(method: string, url: string, token: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const answer = await rest.call(method, url, { token, body, headers })
  let parsed: Record<string, unknown>
  try {
    parsed = JSON.parse(answer.text) as Record<string, unknown>
  } catch {
    parsed = { text: answer.text }
  }
  return { status: answer.status, body: parsed }
}

const ok = (method: string, url: string, token: string, body?: unknown) => rest.ok(method, url, token, body)

interface Draft {
  summary: string
  revision: number
}

const read = async (id: number, locale = 'en'): Promise<Draft> => {
  const doc = await ok('GET', `/api/topics/${id}?draft=true&locale=${locale}&depth=0`, editor)
  return { summary: String(doc.summary ?? ''), revision: Number(doc.revision) }
}

const patch = (id: number, data: Record<string, unknown>, ifMatch?: number | string, locale = 'en') =>
  call('PATCH', `/api/topics/${id}?draft=true&locale=${locale}`, editor, data, ifMatch === undefined ? {} : { 'if-match': typeof ifMatch === 'number' ? `"${ifMatch}"` : ifMatch })

async function createTopic(slug: string): Promise<number> {
  const created = await ok('POST', '/api/topics?locale=en&draft=true', editor, { slug, title: `Concurrency ${slug}`, summary: 'start' })
  return (created.doc as { id: number }).id
}

const serverErrors: string[] = []
const noteServerError = (what: string, answer: Answer) => {
  if (answer.status >= 500) serverErrors.push(`${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`)
}

beforeAll(async () => {
  // A 20 ms pause between each update's read and write, as a networked database has: without
  // it SQLite's synchronous driver would hide a missing write queue (see src/editorial/revision.ts).
  app = await startAppServer({ seed: false, env: { MEDIGLOT_FAULT_WRITE_DELAY_MS: '20' } })
  rest = restClient(app.baseURL)
  const password = 'a-long-password-9'
  const admin = await registerFirstAdmin(rest, 'conc-admin@example.org', password)
  for (const [key, roles] of [['editor', ['editor']], ['reviewer', ['medicalReviewer']]] as const) {
    await ok('POST', '/api/users', admin, { email: `conc-${key}@example.org`, password, name: `Concurrency ${key}`, roles })
  }
  editor = await rest.login('conc-editor@example.org', password)
  reviewer = await rest.login('conc-reviewer@example.org', password)
}, 120_000)

afterAll(async () => {
  await app?.stop()
})

test('a stale If-Match is refused with 409 and changes nothing; a malformed one is a 400', async () => {
  const id = await createTopic('stale-check')
  const first = await read(id)
  expect(first.revision).toBeGreaterThanOrEqual(1)

  const accepted = await patch(id, { summary: 'first writer' }, first.revision)
  expect(accepted.status).toBe(200)

  const stale = await patch(id, { summary: 'second writer, stale' }, first.revision)
  expect(stale.status).toBe(409)
  expect(JSON.stringify(stale.body)).toMatch(/changed by someone else/)
  const after = await read(id)
  expect(after).toEqual({ summary: 'first writer', revision: first.revision + 1 })

  for (const nonsense of ['yesterday', '"1.5"', '"-3"', 'W/"abc"']) {
    const answer = await patch(id, { summary: 'nonsense precondition' }, nonsense)
    expect(answer.status).toBe(400)
  }
  expect(await read(id)).toEqual(after)

  // `*` and no header at all mean "whatever is there": last writer wins, as in the admin.
  expect((await patch(id, { summary: 'any revision' }, '*')).status).toBe(200)
  expect((await patch(id, { summary: 'no precondition' })).status).toBe(200)
  expect(await read(id)).toEqual({ summary: 'no precondition', revision: first.revision + 3 })

  // The workflow endpoint honours If-Match too: submitting what you did not see is refused.
  const staleSubmit = await call('POST', `/api/topics/${id}/workflow`, editor, { action: 'submit', locale: 'en' }, { 'if-match': `"${first.revision}"` })
  expect(staleSubmit.status).toBe(409)
  recordFigure(section, 'stale If-Match / malformed If-Match', '409 / 400, nothing stored')
})

test('rounds of 2 to 8 simultaneous read-modify-write clients lose no acknowledged write', async () => {
  const rounds = scale(12, 50)
  const id = await createTopic('append-race')
  let acknowledged = 0
  let conflicts = 0
  let lost = 0
  const started = Date.now()

  for (let round = 1; round <= rounds; round++) {
    const writers = 2 + ((round * 5) % 7) // 2..8, all sizes every seven rounds
    const reset = await patch(id, { summary: `round ${round}:` })
    noteServerError('reset', reset)
    expect(reset.status).toBe(200)
    const before = (await read(id)).revision

    const tokens = Array.from({ length: writers }, (_, i) => `r${round}w${i}`)
    const results = await Promise.all(
      tokens.map(async (token) => {
        for (let attempt = 1; attempt <= 50; attempt++) {
          const current = await read(id)
          const answer = await patch(id, { summary: `${current.summary} ${token}` }, current.revision)
          noteServerError(`round ${round} ${token}`, answer)
          if (answer.status === 200) return { token, attempts: attempt }
          if (answer.status !== 409) throw new Error(`round ${round} ${token}: ${answer.status} ${JSON.stringify(answer.body)}`)
          conflicts++
        }
        throw new Error(`round ${round} ${token}: no success after 50 attempts`)
      }),
    )
    acknowledged += results.length

    const after = await read(id)
    const missing = tokens.filter((token) => !after.summary.split(' ').includes(token))
    lost += missing.length
    expect({ round, missing }).toEqual({ round, missing: [] })
    expect(after.revision).toBe(before + writers)
  }

  expect(serverErrors).toEqual([])
  recordFigure(section, 'rounds (2-8 clients each)', rounds)
  recordFigure(section, 'acknowledged writes / lost', `${acknowledged} / ${lost}`)
  recordFigure(section, 'stale attempts refused with 409 (then retried)', conflicts)
  recordFigure(section, 'read-modify-write rounds took', `${((Date.now() - started) / 1000).toFixed(1)} s`)
}, 600_000)

test('of k simultaneous updates carrying the same revision exactly one wins, the others get 409', async () => {
  const rounds = scale(12, 50)
  const id = await createTopic('same-revision-race')
  let refused = 0
  for (let round = 1; round <= rounds; round++) {
    const writers = 2 + ((round * 3) % 7)
    const current = await read(id)
    const answers = await Promise.all(
      Array.from({ length: writers }, (_, i) => patch(id, { summary: `round ${round} writer ${i}` }, current.revision)),
    )
    answers.forEach((answer) => noteServerError(`same-revision round ${round}`, answer))
    const winners = answers.flatMap((answer, i) => (answer.status === 200 ? [i] : []))
    expect({ round, winners: winners.length, others: answers.filter((a) => a.status !== 200 && a.status !== 409).length }).toEqual({
      round,
      winners: 1,
      others: 0,
    })
    refused += writers - 1
    // The stored text is the winner's, and the revision went up once.
    expect(await read(id)).toEqual({ summary: `round ${round} writer ${winners[0]}`, revision: current.revision + 1 })
  }
  expect(serverErrors).toEqual([])
  recordFigure(section, 'same-revision races: winners / refused with 409', `${rounds} / ${refused}`)
}, 300_000)

test('simultaneous writes without If-Match to both languages of one document all survive', async () => {
  const rounds = scale(5, 20)
  const id = await createTopic('languages-race')
  for (let round = 1; round <= rounds; round++) {
    const [en, zh] = await Promise.all([
      patch(id, { summary: `english ${round}` }, undefined, 'en'),
      patch(id, { title: `并发 ${round}`, summary: `中文 ${round}` }, undefined, 'zh'),
    ])
    noteServerError('language race', en)
    noteServerError('language race', zh)
    expect([en.status, zh.status]).toEqual([200, 200])
    expect((await read(id, 'en')).summary).toBe(`english ${round}`)
    expect((await read(id, 'zh')).summary).toBe(`中文 ${round}`)
  }
  recordFigure(section, 'EN+ZH writes at once without If-Match', `${rounds} rounds, none lost`)
}, 300_000)

test('writes to different documents at the same moment all succeed (no SQLITE_BUSY)', async () => {
  const documents = await Promise.all(Array.from({ length: 8 }, (_, i) => createTopic(`parallel-${i}`)))
  const rounds = scale(5, 20)
  let writes = 0
  for (let round = 1; round <= rounds; round++) {
    const answers = await Promise.all(documents.map((id) => patch(id, { summary: `parallel round ${round}` })))
    answers.forEach((answer) => noteServerError('parallel', answer))
    expect(answers.map((a) => a.status)).toEqual(documents.map(() => 200))
    writes += answers.length
  }
  // A reviewer's workflow actions racing an editor's saves on the same document stay orderly.
  const id = documents[0]
  const [save, submit] = await Promise.all([
    patch(id, { summary: 'saved while submitting' }),
    call('POST', `/api/topics/${id}/workflow`, editor, { action: 'submit', locale: 'en' }),
  ])
  noteServerError('save vs submit', save)
  noteServerError('save vs submit', submit)
  expect(save.status).toBe(200)
  expect(submit.status).toBe(200)
  const reviewed = await call('POST', `/api/topics/${id}/workflow`, reviewer, { action: 'approve', locale: 'en' })
  expect([200, 409]).toContain(reviewed.status)
  expect(serverErrors).toEqual([])
  recordFigure(section, 'writes to 8 documents at once', `${writes}, 0 failed`)
}, 300_000)
