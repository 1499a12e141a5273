import type { Access, SanitizedConfig } from 'payload'

import { isStaff } from '@/editorial/roles'

import { staffOnly } from './staffOnly'

const nobody: Access = () => false

/**
 * Payload adds collections of its own after every plugin has run (document locks, admin
 * preferences, migrations, the jobs queue, the key-value store), and gives some of them its
 * default access: "anyone signed in". A partner's API key is signed in, so a partner could
 * lock an editor out of a document (and an admin out of revoking that partner), or read and
 * delete every lock. Each of them gets an explicit rule here:
 *
 * - locks and preferences belong to the admin panel, so to staff only (preferences stay limited
 *   to their owner, Payload's own rule);
 * - migrations, jobs and the key-value store are used by the server itself with full rights and
 *   by nobody through the API.
 *
 * A collection Payload adds that has no rule here stops start-up, so a Payload upgrade cannot
 * open a new door unnoticed.
 */
export const payloadCollectionAccess: Record<string, (existing: SanitizedConfig['collections'][number]['access']) => Record<string, Access>> = {
  'payload-locked-documents': () => ({ create: staffOnly, read: staffOnly, update: staffOnly, delete: staffOnly }),
  'payload-preferences': (existing) => ({
    create: staffOnly,
    read: staffAnd(existing.read),
    update: staffAnd(existing.update),
    delete: staffAnd(existing.delete),
  }),
  'payload-migrations': () => ({ create: nobody, read: nobody, update: nobody, delete: nobody }),
  'payload-jobs': () => ({ create: nobody, read: nobody, update: nobody, delete: nobody }),
  'payload-kv': () => ({ create: nobody, read: nobody, update: nobody, delete: nobody }),
}

/** Staff, and then whatever Payload's own rule says (e.g. only one's own preferences). */
function staffAnd(rule: Access | undefined): Access {
  return (args) => (isStaff(args.req.user) ? (rule ? rule(args) : true) : false)
}

/**
 * Applies the rules above to the built config. `ownSlugs` are the collections this project
 * defines (each with its own access in src/collections); anything else must be listed above.
 */
export function restrictPayloadCollections(config: SanitizedConfig, ownSlugs: readonly string[]): SanitizedConfig {
  const own = new Set(ownSlugs)
  for (const collection of config.collections) {
    if (own.has(collection.slug)) continue
    const rule = payloadCollectionAccess[collection.slug]
    if (!rule) {
      throw new Error(
        `Payload added the collection "${collection.slug}", which has no access rule: add one to src/access/payloadCollections.ts.`,
      )
    }
    collection.access = { ...collection.access, ...rule(collection.access) }
    // Payload's preference endpoints (GET/POST/DELETE /api/payload-preferences/{key}) write
    // straight to the database without asking access: staff only there too.
    if (collection.slug === 'payload-preferences' && Array.isArray(collection.endpoints)) {
      collection.endpoints = collection.endpoints.map((endpoint) => ({
        ...endpoint,
        handler: (req) =>
          isStaff(req.user)
            ? endpoint.handler(req)
            : Response.json({ errors: [{ message: 'You are not allowed to perform this action.' }] }, { status: 403 }),
      }))
    }
  }
  return config
}
