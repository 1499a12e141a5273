/**
 * Finding 3 of issue 10: with `Authorization: partners API-Key KEY` a partner created
 * `payload-locked-documents` rows on a cause and on its own partner record (201), so the
 * editor's save and the admin's revoke got 423; it could read and bulk-delete every lock.
 * A partner now reads public content and nothing else, on every collection of the running
 * config, Payload's own included.
 */
import { json, openDoors, type Doors } from './outsideAttacker'
import { recordFigure } from './report'

const section = 'Partner keys on Payload-added collections (issue 10, finding 3)'
let doors: Doors
let causeId: number

beforeAll(async () => {
  doors = await openDoors()
  const causes = json((await doors.rest.call('GET', '/api/causes?limit=1&depth=0')).text).docs as Array<{ id: number }>
  causeId = causes[0].id
}, 240_000)
afterAll(async () => {
  await doors?.stop()
})

const asPartner = () => ({ headers: { authorization: doors.partner.header } })

describe('a partner key', () => {
  it('cannot lock a cause or its own partner record, so the editor saves and the admin revokes', async () => {
    const onCause = await doors.rest.call('POST', '/api/payload-locked-documents', {
      ...asPartner(),
      body: { document: { relationTo: 'causes', value: causeId }, user: { relationTo: 'partners', value: doors.partner.id } },
    })
    const onSelf = await doors.rest.call('POST', '/api/payload-locked-documents', {
      ...asPartner(),
      body: { document: { relationTo: 'partners', value: doors.partner.id }, user: { relationTo: 'partners', value: doors.partner.id } },
    })
    expect([onCause.status, onSelf.status]).toEqual([403, 403])
    const save = await doors.rest.call('PATCH', `/api/causes/${causeId}?draft=true&locale=en`, { token: doors.tokens.editor, body: { summary: 'Saved while a partner tried to lock it.' } })
    expect(save.status).toBe(200)
    const revoke = await doors.rest.call('PATCH', `/api/partners/${doors.partner.id}`, { token: doors.tokens.admin, body: { rateLimitPerMinute: 119 } })
    expect(revoke.status).toBe(200)
    recordFigure(section, 'partner lock on a cause / on itself', `${onCause.status} / ${onSelf.status}`)
  })

  it("cannot read or delete an editor's lock; the editor's own lock works as before", async () => {
    const lock = await doors.rest.ok('POST', '/api/payload-locked-documents', doors.tokens.editor, {
      document: { relationTo: 'causes', value: causeId },
      user: { relationTo: 'users', value: doors.ids.editor },
    })
    const lockId = (lock.doc as { id: number }).id
    const list = await doors.rest.call('GET', '/api/payload-locked-documents', asPartner())
    const one = await doors.rest.call('GET', `/api/payload-locked-documents/${lockId}`, asPartner())
    const bulk = await doors.rest.call('DELETE', '/api/payload-locked-documents?where[id][exists]=true', asPartner())
    expect([list.status, one.status, bulk.status]).toEqual([403, 403, 403])
    const still = await doors.rest.call('GET', `/api/payload-locked-documents/${lockId}`, { token: doors.tokens.editor })
    expect(still.status).toBe(200)
    expect((await doors.rest.call('DELETE', `/api/payload-locked-documents/${lockId}`, { token: doors.tokens.editor })).status).toBe(200)
  })

  it('reaches nothing but public content on every collection of the running config', async () => {
    // The running config's collections: the REST answer for an unknown one is 404, a known one
    // is listed in the admin's access answer.
    const access = json((await doors.rest.call('GET', '/api/access', { token: doors.tokens.admin })).text) as { collections: Record<string, unknown> }
    const slugs = Object.keys(access.collections)
    expect(slugs).toEqual(expect.arrayContaining(['payload-locked-documents', 'payload-preferences']))
    const publicContent = new Set(['topics', 'causes', 'treatments', 'faqs', 'sources', 'media'])
    const opened: string[] = []
    for (const slug of [...slugs, 'payload-migrations', 'payload-jobs', 'payload-kv']) {
      const read = await doors.rest.call('GET', `/api/${slug}?limit=1`, asPartner())
      const create = await doors.rest.call('POST', `/api/${slug}`, { ...asPartner(), body: {} })
      const remove = await doors.rest.call('DELETE', `/api/${slug}?where[id][exists]=true`, asPartner())
      if (read.status === 200 && !publicContent.has(slug)) opened.push(`GET ${slug}: ${read.text.slice(0, 80)}`)
      for (const answer of [create, remove]) {
        // 501: Payload has no REST route for the collection at all (payload-migrations).
        if (answer.status < 400 || (answer.status >= 500 && answer.status !== 501)) opened.push(`${answer.label}: ${answer.status}`)
      }
    }
    for (const key of ['nav', 'locale']) {
      const write = await doors.rest.call('POST', `/api/payload-preferences/${key}`, { ...asPartner(), body: { value: { x: 1 } } })
      const read = await doors.rest.call('GET', `/api/payload-preferences/${key}`, asPartner())
      if (write.status !== 403 || read.status !== 403) opened.push(`preferences ${key}: ${write.status}/${read.status}`)
    }
    expect(opened).toEqual([])
    recordFigure(section, 'collections tried with a partner key (read, create, bulk delete)', slugs.length + 3)
  })
})
