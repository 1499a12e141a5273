/**
 * Per-key rate limit: a token bucket of `limit` requests refilled evenly over a minute, keyed by
 * the key's hash, in the shared rate-limit store (src/security/rateLimitStore.ts), so a request
 * counts once whichever answers it (the fast path, the route handler, or Payload's REST and
 * GraphQL through src/server/rateLimit.ts). Per process: N instances allow N times the limit,
 * which the README states.
 */
import { rateLimitStore, type RateDecision } from '@/security/rateLimitStore'

export type { RateDecision }

/** The bucket of a partner key: the same one every door takes from (src/server/rateLimit.ts). */
export const partnerBucket = (keyHash: string) => `key:${keyHash}`

export function takeToken(keyHash: string, limitPerMinute: number, now = Date.now()): RateDecision {
  return rateLimitStore().take(partnerBucket(keyHash), limitPerMinute, now)
}

export function resetRateLimits(): void {
  rateLimitStore().clear()
}

export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  const headers: Record<string, string> = {
    'x-ratelimit-limit': String(decision.limit),
    'x-ratelimit-remaining': String(decision.remaining),
  }
  if (!decision.allowed) headers['retry-after'] = String(decision.retryAfter)
  return headers
}
