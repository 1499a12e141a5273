/**
 * Finding 2 of issue 10: an editor's `PATCH /api/sources/{id}` with a new URL and
 * `_status: published` went live at once on reviewed pages and in /api/v1/sources, with no
 * review and no audit row. Sources are now under the review workflow: the change stays a draft
 * until a second person approves it and a reviewer publishes it, and each step is audited.
 */
import { json, openDoors, type Doors } from './outsideAttacker'
import { recordFigure, scale } from './report'

const section = 'Sources under review (issue 10, finding 2)'
const phish = 'https://evil.example/phish'
let doors: Doors

beforeAll(async () => {
  doors = await openDoors()
}, 240_000)
afterAll(async () => {
  await doors?.stop()
})

/** A published source that a published cause cites, and that cause's slug. */
async function citedSource(): Promise<{ id: number; slug: string; cause: string }> {
  const causes = json((await doors.rest.call('GET', '/api/causes?limit=20&depth=0&locale=en')).text).docs as Array<{ slug: string; sources?: number[] }>
  const cause = causes.find((c) => (c.sources ?? []).length > 0)!
  const source = json((await doors.rest.call('GET', `/api/sources/${cause.sources![0]}?depth=0`)).text) as { id: number; slug: string }
  return { id: source.id, slug: source.slug, cause: cause.slug }
}

async function readersSee(source: { slug: string; cause: string }): Promise<string[]> {
  const seen: string[] = []
  for (const locale of ['en', 'zh'] as const) {
    const page = await doors.rest.call('GET', `/${locale}/causes/${source.cause}`)
    if (page.text.includes('evil.example')) seen.push(`/${locale}/causes/${source.cause}`)
    const api = await doors.rest.call('GET', `/api/v1/sources/${source.slug}?locale=${locale}`, { headers: { authorization: `Bearer ${doors.partner.key}` } })
    if (api.text.includes('evil.example')) seen.push(`/api/v1/sources/${source.slug}?locale=${locale}`)
    const rest = await doors.rest.call('GET', `/api/sources?locale=${locale}&draft=true&where[slug][equals]=${source.slug}`)
    if (rest.text.includes('evil.example')) seen.push(`/api/sources (anonymous, ${locale})`)
  }
  return seen
}

describe('a change to a cited source', () => {
  it("is refused when an editor publishes it directly, and stays invisible to readers as a draft", async () => {
    const source = await citedSource()
    const direct = await doors.rest.call('PATCH', `/api/sources/${source.id}`, { token: doors.tokens.editor, body: { url: phish, _status: 'published' } })
    expect(direct.status).toBe(403)
    // Payload's other spellings of a publish: no `_status`, or `?draft=false`.
    const plain = await doors.rest.call('PATCH', `/api/sources/${source.id}?locale=zh`, { token: doors.tokens.editor, body: { url: phish } })
    expect(plain.status).toBeGreaterThanOrEqual(400)
    expect(plain.status).toBeLessThan(500)
    const draft = await doors.rest.call('PATCH', `/api/sources/${source.id}?draft=true`, { token: doors.tokens.editor, body: { url: phish } })
    expect(draft.status).toBe(200)
    expect(await readersSee(source)).toEqual([])

    // A reviewer cannot publish it without an approval, nor approve before it is submitted.
    const unreviewed = await doors.rest.call('PATCH', `/api/sources/${source.id}`, { token: doors.tokens.reviewer, body: { url: phish, _status: 'published' } })
    expect(unreviewed.status).toBe(400)
    expect(await readersSee(source)).toEqual([])
    recordFigure(section, "editor's direct publish / reviewer's unapproved publish", `${direct.status} / ${unreviewed.status}`)
  })

  it('goes live only after submit, an approval by someone else and a publish, each in the audit trail', async () => {
    const source = await citedSource()
    const workflow = (token: string, body: Record<string, unknown>) =>
      doors.rest.call('POST', `/api/sources/${source.id}/workflow`, { token, body })
    await doors.rest.ok('PATCH', `/api/sources/${source.id}?draft=true`, doors.tokens.editor, { url: phish })
    expect((await workflow(doors.tokens.editor, { action: 'submit', locale: 'en' })).status).toBe(200)
    expect((await workflow(doors.tokens.editor, { action: 'approve', locale: 'en' })).status).toBe(403)
    expect((await workflow(doors.tokens.reviewer, { action: 'approve', locale: 'zh' })).status).toBe(400)
    expect((await workflow(doors.tokens.reviewer, { action: 'approve', locale: 'en' })).status).toBe(200)
    expect(await readersSee(source)).toEqual([])
    expect((await workflow(doors.tokens.reviewer, { action: 'publish', locale: 'en' })).status).toBe(200)
    const seen = await readersSee(source)
    expect(seen).toEqual(
      expect.arrayContaining([`/en/causes/${source.cause}`, `/zh/causes/${source.cause}`, `/api/v1/sources/${source.slug}?locale=en`, `/api/v1/sources/${source.slug}?locale=zh`]),
    )
    const events = json(
      (await doors.rest.call('GET', `/api/review-events?limit=50&where[documentKey][equals]=sources/${source.id}`, { token: doors.tokens.admin })).text,
    ).docs as Array<{ action: string }>
    expect(events.map((e) => e.action).sort()).toEqual(['approve', 'publish', 'submit'])
    // A reviewer's own change needs another reviewer.
    await doors.rest.ok('PATCH', `/api/sources/${source.id}?draft=true`, doors.tokens.reviewer, { year: 2020 })
    expect((await workflow(doors.tokens.reviewer, { action: 'submit', locale: 'en' })).status).toBe(200)
    expect((await workflow(doors.tokens.reviewer, { action: 'approve', locale: 'en' })).status).toBe(403)
    expect((await workflow(doors.tokens.reviewer2, { action: 'approve', locale: 'en' })).status).toBe(200)
    recordFigure(section, 'audit rows for one reviewed source change', events.length)
  })

  it('cannot be published by anonymous callers, partners or translators, however sent', async () => {
    const source = await citedSource()
    const callers: Array<[string, Record<string, string>]> = [
      ['anonymous', {}],
      ['partner', { authorization: doors.partner.header }],
      ['translator', { authorization: `JWT ${doors.tokens.translator}` }],
    ]
    const rounds = scale(1, 5)
    let refused = 0
    for (let round = 0; round < rounds; round++) {
      for (const [, headers] of callers) {
        for (const url of [`/api/sources/${source.id}`, `/api/sources/${source.id}?locale=zh`, `/api/sources?where[id][equals]=${source.id}`]) {
          const answer = await doors.rest.call('PATCH', url, { headers, body: { url: `${phish}-${round}`, _status: 'published' } })
          expect(answer.status).toBeGreaterThanOrEqual(400)
          expect(answer.status).toBeLessThan(500)
          refused += 1
        }
      }
    }
    expect((await readersSee(source)).filter((s) => s.includes(`${phish}-`))).toEqual([])
    recordFigure(section, 'direct publishes refused (anonymous, partner, translator)', refused)
  })
})
