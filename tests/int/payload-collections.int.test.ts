/**
 * Payload's own collections (locks, preferences, migrations, jobs, key-value store) answer a
 * partner, or anyone without an editorial role, with nothing, through the Local API with access
 * control on (issue 10, finding 3; the battery checks the same over HTTP).
 */
import type { Payload } from 'payload'

import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
}, 60_000)
afterAll(async () => {
  await t?.destroy()
})

it("gives every collection Payload adds an explicit rule that refuses a partner", async () => {
  const partner = { id: 1, collection: 'partners' } as never
  const editor = { id: 1, collection: 'users', roles: ['editor'] } as never
  const added = payload.config.collections.map((c) => c.slug).filter((slug) => slug.startsWith('payload-'))
  expect(added).toEqual(expect.arrayContaining(['payload-locked-documents', 'payload-preferences', 'payload-migrations']))
  for (const slug of added) {
    const access = payload.collections[slug as 'payload-locked-documents'].config.access
    for (const operation of ['create', 'read', 'update', 'delete'] as const) {
      expect([slug, operation, await access[operation]!({ req: { user: partner } } as never)]).toEqual([slug, operation, false])
    }
  }
  const locks = payload.collections['payload-locked-documents'].config.access
  expect(await locks.create!({ req: { user: editor } } as never)).toBe(true)
})
