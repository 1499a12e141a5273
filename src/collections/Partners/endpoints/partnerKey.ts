import type { Endpoint, PayloadRequest } from 'payload'

import { isAdmin } from '@/editorial/roles'
import { collectIssuedKey, generatePartnerKey } from '@/partner-api/keys'

import { partnersSlug } from '../../slugs'

const actions = ['issue', 'revoke', 'collect'] as const
type KeyAction = (typeof actions)[number]

function problem(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { 'cache-control': 'no-store' } })
}

async function actionOf(req: PayloadRequest): Promise<KeyAction | null> {
  try {
    const body = (await req.json?.()) as { action?: unknown } | undefined
    return actions.includes(body?.action as KeyAction) ? (body?.action as KeyAction) : null
  } catch {
    return null
  }
}

/**
 * POST /api/partners/{id}/key with { action }: `issue` makes a new key (the old one stops at
 * once) and answers it, the only time it is ever shown; `revoke` stops the key; `collect` answers
 * the key issued when the partner was created, once. Admins only.
 */
export const partnerKeyEndpoint: Endpoint = {
  path: '/:id/key',
  method: 'post',
  handler: async (req) => {
    if (!isAdmin(req.user)) return problem(403, 'forbidden', req.t('mediglot:partnerKeyAdminOnly' as never))
    const action = await actionOf(req)
    if (!action) return problem(400, 'bad_request', `Send { "action": ${actions.map((a) => `"${a}"`).join(' | ')} }.`)
    const id = String(req.routeParams?.id ?? '')
    const existing = await req.payload
      .findByID({ collection: partnersSlug, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
      .catch(() => null)
    if (!existing) return problem(404, 'not_found', req.t('mediglot:partnerNotFound' as never))
    if (action === 'collect') {
      return Response.json({ key: collectIssuedKey(existing.id) }, { headers: { 'cache-control': 'no-store' } })
    }
    if (action === 'revoke') {
      await req.payload.update({ collection: partnersSlug, id: existing.id, data: { revoked: true }, depth: 0, overrideAccess: false, user: req.user, req })
      return Response.json({ revoked: true }, { headers: { 'cache-control': 'no-store' } })
    }
    const key = generatePartnerKey()
    await req.payload.update({
      collection: partnersSlug,
      id: existing.id,
      data: { revoked: false, enableAPIKey: true, apiKey: key },
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    collectIssuedKey(existing.id) // a key still waiting from creation is void now
    return Response.json({ key }, { headers: { 'cache-control': 'no-store' } })
  },
}
