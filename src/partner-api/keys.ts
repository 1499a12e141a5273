/**
 * API keys. A request carries its key as `Authorization: Bearer KEY`, `X-API-Key: KEY` or
 * Payload's own `Authorization: partners API-Key KEY` (the same key then works on Payload's
 * REST and GraphQL). Keys are never stored or logged in clear: Payload keeps an HMAC index,
 * and the in-memory registry the fast path trusts is keyed by a SHA-256 of the key.
 * The registry lives on globalThis so the server's fast path (outside Next) and the route
 * handler (inside Next's bundle) share it.
 */
import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { defaultRateLimitPerMinute } from './constants'
import { partnersSlug } from '@/collections/slugs'

export interface PartnerIdentity {
  id: number | string
  name: string
  rateLimitPerMinute: number
}

interface RegistryEntry {
  partner: PartnerIdentity | null
  checkedAt: number
}

interface Registry {
  keys: Map<string, RegistryEntry>
  /** Last-use stamps waiting to be written (partner id -> time). */
  pendingUse: Map<string, { id: number | string; at: number }>
  lastWritten: Map<string, number>
}

/** Another instance may revoke a key: a positive answer is trusted this long without re-checking. */
const trustMs = 60_000
/** Unknown keys are remembered briefly so a flood of bad keys does not reach the database. */
const negativeMs = 10_000
const maxEntries = 10_000
/** Last use is written at most this often per partner. */
const lastUseResolutionMs = 60_000

const symbol = Symbol.for('mediglot.partnerKeys')
function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>
  g[symbol] ??= { keys: new Map(), pendingUse: new Map(), lastWritten: new Map() }
  return g[symbol]
}

export function keyFromHeaders(get: (name: string) => string | null | undefined): string | null {
  const authorization = get('authorization')?.trim()
  if (authorization) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)
    if (bearer) return bearer[1]
    const payloadStyle = new RegExp(`^${partnersSlug} API-Key\\s+(\\S+)$`).exec(authorization)
    if (payloadStyle) return payloadStyle[1]
  }
  const header = get('x-api-key')?.trim()
  return header || null
}

export const hashKey = (key: string) => crypto.createHash('sha256').update(key).digest('base64url')

/**
 * What the registry knows of a key without asking the database: a partner, `null` (known bad),
 * or `undefined` (unknown or too old: ask the database).
 */
export function knownKey(keyHash: string, now = Date.now()): PartnerIdentity | null | undefined {
  const entry = registry().keys.get(keyHash)
  if (!entry) return undefined
  const ttl = entry.partner ? trustMs : negativeMs
  if (now - entry.checkedAt > ttl) return undefined
  return entry.partner
}

function remember(keyHash: string, partner: PartnerIdentity | null): void {
  const { keys } = registry()
  if (keys.size >= maxEntries) keys.clear()
  keys.set(keyHash, { partner, checkedAt: Date.now() })
}

export function forgetAllPartnerKeys(): void {
  registry().keys.clear()
}

/**
 * Checks a key against the partners collection: found, its API key enabled, not revoked.
 * Finding the partner by key is the authentication itself, so it reads with full rights (the
 * same query Payload's API-key strategy makes); nothing read here is returned to the caller.
 */
export async function verifyKey(payload: Payload, key: string): Promise<PartnerIdentity | null> {
  const keyHash = hashKey(key)
  const known = knownKey(keyHash)
  if (known !== undefined) return known
  const index = crypto.createHmac('sha256', payload.secret).update(key).digest('hex')
  const found = await payload.find({
    collection: partnersSlug,
    where: { apiKeyIndex: { equals: index } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { name: true, revoked: true, enableAPIKey: true, rateLimitPerMinute: true },
  })
  const doc = found.docs[0] as
    | { id: number | string; name: string; revoked?: boolean | null; enableAPIKey?: boolean | null; rateLimitPerMinute?: number | null }
    | undefined
  const partner =
    doc && !doc.revoked && doc.enableAPIKey
      ? { id: doc.id, name: doc.name, rateLimitPerMinute: doc.rateLimitPerMinute || defaultRateLimitPerMinute }
      : null
  remember(keyHash, partner)
  return partner
}

/** Notes a use in memory (cheap enough for the fast path); `flushLastUse` writes it later. */
export function noteUse(partner: PartnerIdentity, now = Date.now()): void {
  const { pendingUse, lastWritten } = registry()
  const id = String(partner.id)
  if (now - (lastWritten.get(id) ?? 0) < lastUseResolutionMs && !pendingUse.has(id)) return
  pendingUse.set(id, { id: partner.id, at: now })
}

/** Marks the server's last-use write in `req.context`, so the partners' change hook keeps the registry. */
export const lastUseContextKey = 'partnerLastUse'

/** Writes pending last-use stamps (a system write: the partner does not edit itself). */
export async function flushLastUse(payload: Payload): Promise<void> {
  const { pendingUse, lastWritten } = registry()
  const now = Date.now()
  for (const [id, use] of [...pendingUse]) {
    if (now - (lastWritten.get(id) ?? 0) < lastUseResolutionMs && lastWritten.has(id)) continue
    pendingUse.delete(id)
    lastWritten.set(id, now)
    try {
      await payload.update({
        collection: partnersSlug,
        id: use.id,
        data: { lastUsedAt: new Date(use.at).toISOString() },
        depth: 0,
        overrideAccess: true, // bookkeeping by the server, not an edit by anyone
        context: { [lastUseContextKey]: true },
      })
    } catch (error) {
      payload.logger.warn({ err: error, partner: id }, 'could not record partner last use')
    }
  }
}

/** A new API key: 32 random bytes, URL-safe, with a prefix so a leaked key is recognisable. */
export function generatePartnerKey(): string {
  return `mgk_${crypto.randomBytes(32).toString('base64url')}`
}

interface PendingKey {
  key: string
  at: number
}

/** A key issued on creation waits this long for the admin's edit view to pick it up, once. */
const pendingKeyMs = 10 * 60_000
const pendingSymbol = Symbol.for('mediglot.pendingPartnerKeys')
function pendingKeys(): Map<string, PendingKey> {
  const g = globalThis as unknown as Record<symbol, Map<string, PendingKey> | undefined>
  g[pendingSymbol] ??= new Map()
  return g[pendingSymbol]
}

/**
 * Keeps a key issued when a partner was created until the admin's edit view collects it. The
 * key is shown once: collecting removes it, and nothing else ever returns it in clear.
 */
export function holdIssuedKey(partnerId: number | string, key: string, now = Date.now()): void {
  const pending = pendingKeys()
  for (const [id, entry] of pending) if (now - entry.at > pendingKeyMs) pending.delete(id)
  pending.set(String(partnerId), { key, at: now })
}

/** The key held for a partner, once; null when none is waiting (or it waited too long). */
export function collectIssuedKey(partnerId: number | string, now = Date.now()): string | null {
  const pending = pendingKeys()
  const entry = pending.get(String(partnerId))
  pending.delete(String(partnerId))
  if (!entry || now - entry.at > pendingKeyMs) return null
  return entry.key
}
