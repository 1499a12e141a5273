import type { Endpoint } from 'payload'

import { usersSlug } from '@/collections/slugs'

import { isStaff } from '../roles'

const maxIds = 100

/**
 * GET /api/staff-names?ids=1,2: the names (and nothing else) of the people named in review
 * fields and the audit trail, for staff. Staff may not read other users' accounts (emails,
 * roles), but "Last changed by" must say who: a name is what the audit trail shows anyway.
 */
export const staffNamesEndpoint: Endpoint = {
  path: '/staff-names',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user)) {
      return Response.json({ error: { code: 'forbidden', message: 'Staff only.' } }, { status: 403 })
    }
    const raw = new URL(req.url ?? 'http://localhost/').searchParams.get('ids') ?? ''
    const ids = [...new Set(raw.split(',').map((id) => id.trim()).filter((id) => /^[0-9a-f]{1,24}$/i.test(id)))].slice(0, maxIds)
    if (ids.length === 0) return Response.json({ names: {} }, { headers: { 'cache-control': 'no-store' } })
    const found = await req.payload.find({
      collection: usersSlug,
      where: { id: { in: ids } },
      limit: maxIds,
      depth: 0,
      select: { name: true },
      // Only the name leaves this handler; staff may not read other accounts in full.
      overrideAccess: true,
      req,
    })
    const names = Object.fromEntries(found.docs.map((doc) => [String(doc.id), doc.name ?? '']))
    return Response.json({ names }, { headers: { 'cache-control': 'no-store' } })
  },
}
