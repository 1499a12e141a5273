import { APIError, ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { passwordMatches } from '@/security/passwords'

const normalize = (value: unknown) => (typeof value === 'string' ? value.toLowerCase().trim() : '')

/**
 * Changing one's own email or password needs the current password (`currentPassword`, a field
 * that is never stored), through REST, GraphQL and the admin's account page alike: a session
 * left open or a stolen token cannot take the account over. Admins changing someone else's
 * account are not asked. Bulk updates cannot change an email or password at all.
 */
export const requireCurrentPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'updateByID') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || !req.user || req.user.collection !== args.collection.config.slug) return args
  const { currentPassword, ...rest } = data
  const changesPassword = typeof data.password === 'string' && data.password !== ''
  if (!changesPassword && data.email === undefined) return { ...args, data: rest }
  // Payload names both a PATCH by id and a bulk update 'update'; only the first has an id.
  const id = (args as { id?: number | string }).id
  if (id === undefined) {
    throw new APIError('Change an email or password one account at a time (PATCH /api/users/{id}).', 400, undefined, true)
  }
  if (String(id) !== String(req.user.id)) return { ...args, data: rest }

  const stored = await req.payload.db.findOne<{ id: number | string; email?: string; hash?: string; salt?: string }>({
    collection: args.collection.config.slug,
    where: { id: { equals: id } },
    req,
  })
  // The admin's account form sends the email with every save: only a different one counts.
  const changesEmail = data.email !== undefined && normalize(data.email) !== normalize(stored?.email)
  if (!changesPassword && !changesEmail) return { ...args, data: rest }
  if (!(await passwordMatches(stored, currentPassword))) {
    throw new ValidationError(
      {
        collection: args.collection.config.slug,
        errors: [{ path: 'currentPassword', message: 'Enter your current password to change your email or password.' }],
        req,
      },
      req.t,
    )
  }
  return { ...args, data: rest }
}
