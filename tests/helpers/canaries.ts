/**
 * Staff-only canary markers on a running app, planted through REST as a person would (the same
 * way tests/e2e/canary.e2e.test.ts does it): a never-published draft, an unapproved Chinese
 * draft of a published document, and a change-request comment. A test then reads doors as an
 * anonymous caller or partner and fails if any marker comes back.
 */
import { paragraph, root, text } from './lexical'
import { registerFirstAdmin, type RestClient } from './rest'

export { restClient, type RestClient } from './rest'

export type StaffKey = 'admin' | 'editor' | 'translator' | 'reviewer'
export type StaffTokens = Record<StaffKey, string>

/** The first admin (first-register) and one account per editorial role, signed in. */
export async function createStaff(client: RestClient, prefix: string): Promise<StaffTokens> {
  const password = 'a-long-password-9'
  const tokens: StaffTokens = { admin: await registerFirstAdmin(client, `${prefix}-admin@example.org`, password), editor: '', translator: '', reviewer: '' }
  const roles = { editor: 'editor', translator: 'translator', reviewer: 'medicalReviewer' } as const
  for (const [key, role] of Object.entries(roles) as Array<[Exclude<StaffKey, 'admin'>, string]>) {
    const email = `${prefix}-${key}@example.org`
    await client.ok('POST', '/api/users', tokens.admin, { email, password, name: `${prefix} ${key}`, roles: [role] })
    tokens[key] = await client.login(email, password)
  }
  return tokens
}

export interface Canaries {
  markers: { neverPublished: string; chineseDraft: string; comment: string }
  all: string[]
  /** Finds the markers a text contains. */
  hits: (text: string) => string[]
}

/**
 * Plants the three markers on topics: a new, never-published English draft submitted for review;
 * an unapproved Chinese draft of `publishedTopicId` (a topic live in Chinese), submitted; and a
 * reviewer's change request on it whose comment carries the third marker.
 */
export async function plantCanaries(client: RestClient, tokens: StaffTokens, publishedTopicId: number | string): Promise<Canaries> {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
  const markers = {
    neverPublished: `CANARY-${stamp}-DRAFT`,
    chineseDraft: `CANARY-${stamp}-ZHDRAFT`,
    comment: `CANARY-${stamp}-COMMENT`,
  }
  const marked = (marker: string) => ({ title: `Title ${marker}`, summary: `Summary ${marker}`, body: root(paragraph(text(`Body ${marker}`))) })
  const workflow = (token: string, id: number | string, body: Record<string, unknown>) =>
    client.ok('POST', `/api/topics/${id}/workflow`, token, body)

  const created = await client.ok('POST', '/api/topics?locale=en&draft=true', tokens.editor, {
    slug: `canary-draft-${stamp}`.toLowerCase(),
    ...marked(markers.neverPublished),
  })
  await workflow(tokens.editor, (created.doc as { id: number }).id, { action: 'submit', locale: 'en' })

  await client.ok('PATCH', `/api/topics/${publishedTopicId}?locale=zh&draft=true`, tokens.translator, marked(markers.chineseDraft))
  await workflow(tokens.translator, publishedTopicId, { action: 'submit', locale: 'zh' })
  await workflow(tokens.reviewer, publishedTopicId, { action: 'requestChanges', locale: 'zh', comment: `Please revise ${markers.comment}` })

  const all = Object.values(markers)
  return { markers, all, hits: (text) => all.filter((m) => text.includes(m)) }
}
