import crypto from 'node:crypto'

import { auditSummary } from '@/editorial/audit'
import { checkRequest } from '@/security/requestGuard'
import { hasStaffSession, isStaffToken, payloadSigningKey } from '@/security/staffSession'

const secret = 'unit-test-secret'

function sign(claims: Record<string, unknown>, key = payloadSigningKey(secret)): string {
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url')
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  const signature = crypto.createHmac('sha256', key).update(`${header}.${body}`).digest('base64url')
  return `${header}.${body}.${signature}`
}

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600

describe('staff sessions seen by the request guard', () => {
  it('recognises a users token signed with the server secret and not expired', () => {
    expect(isStaffToken(sign({ id: 1, collection: 'users', exp: inAnHour() }), payloadSigningKey(secret))).toBe(true)
  })

  it('refuses a token signed with another secret, an expired one and one that is not a user', () => {
    const key = payloadSigningKey(secret)
    expect(isStaffToken(sign({ id: 1, collection: 'users', exp: inAnHour() }, payloadSigningKey('other')), key)).toBe(false)
    expect(isStaffToken(sign({ id: 1, collection: 'users', exp: 1 }), key)).toBe(false)
    expect(isStaffToken(sign({ id: 1, collection: 'partners', exp: inAnHour() }), key)).toBe(false)
    expect(isStaffToken('not.a.token', key)).toBe(false)
  })

  it('reads the session from the payload-token cookie or a JWT authorization', () => {
    const token = sign({ id: 1, collection: 'users', exp: inAnHour() })
    expect(hasStaffSession({ cookie: `a=b; payload-token=${token}` }, secret)).toBe(true)
    expect(hasStaffSession({ authorization: `JWT ${token}` }, secret)).toBe(true)
    expect(hasStaffSession({ cookie: 'payload-token=forged.token.value' }, secret)).toBe(false)
    expect(hasStaffSession({}, secret)).toBe(false)
  })

  it('lets signed-in staff read pages of 250 (the admin relationship cells) and nobody more', () => {
    const url = '/api/users?depth=0&draft=true&limit=250&where[id][in][0]=1'
    expect(checkRequest('GET', url, {}, () => true)).toBeNull()
    expect(checkRequest('GET', url, {}, () => false)?.status).toBe(400)
    expect(checkRequest('GET', '/api/users?limit=251', {}, () => true)?.status).toBe(400)
    expect(checkRequest('GET', '/api/topics?limit=0', {}, () => true)?.status).toBe(400)
  })

  it('keeps anonymous callers and partner keys at pages of 100', () => {
    expect(checkRequest('GET', '/api/topics?limit=250', {})?.status).toBe(400)
    expect(checkRequest('GET', '/api/topics?limit=250', { authorization: 'Bearer mgk_partner' })?.status).toBe(400)
    expect(checkRequest('GET', '/api/topics?limit=100', {})).toBeNull()
  })
})

describe('audit trail titles', () => {
  it('reads as what happened to which document in which language, in the admin language', () => {
    const entry = { action: 'publish' as const, collection: 'faqs' as const, id: 14, title: 'Is it my fault?', locale: 'zh' }
    expect(auditSummary(entry, 'en')).toBe('Published — FAQ “Is it my fault?” — Chinese')
    expect(auditSummary(entry, 'zh')).toBe('发布 — 常见问题 “Is it my fault?” — 中文')
    expect(auditSummary({ ...entry, title: null, locale: 'en' }, 'en')).toBe('Published — FAQ #14 — English')
  })
})
