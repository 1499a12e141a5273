/**
 * Per-key rate limit: a token bucket of `limit` requests refilled evenly over a minute, in
 * memory, keyed by the key's hash. Shared (globalThis) by the fast path and the route handler,
 * so a request counts once whichever answers it. Per process: N instances allow N times the
 * limit, which the README states.
 */
interface Bucket {
  tokens: number
  updatedAt: number
}

const symbol = Symbol.for('mediglot.partnerRateLimit')
function buckets(): Map<string, Bucket> {
  const g = globalThis as unknown as Record<symbol, Map<string, Bucket> | undefined>
  g[symbol] ??= new Map()
  return g[symbol]
}

export interface RateDecision {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until a request would be allowed again (only when refused). */
  retryAfter: number
}

export function takeToken(keyHash: string, limitPerMinute: number, now = Date.now()): RateDecision {
  const map = buckets()
  const perMs = limitPerMinute / 60_000
  let bucket = map.get(keyHash)
  if (!bucket) {
    if (map.size > 50_000) map.clear()
    bucket = { tokens: limitPerMinute, updatedAt: now }
    map.set(keyHash, bucket)
  }
  bucket.tokens = Math.min(limitPerMinute, bucket.tokens + (now - bucket.updatedAt) * perMs)
  bucket.updatedAt = now
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1
    return { allowed: true, limit: limitPerMinute, remaining: Math.floor(bucket.tokens), retryAfter: 0 }
  }
  return { allowed: false, limit: limitPerMinute, remaining: 0, retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) }
}

export function resetRateLimits(): void {
  buckets().clear()
}

export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  const headers: Record<string, string> = {
    'x-ratelimit-limit': String(decision.limit),
    'x-ratelimit-remaining': String(decision.remaining),
  }
  if (!decision.allowed) headers['retry-after'] = String(decision.retryAfter)
  return headers
}
