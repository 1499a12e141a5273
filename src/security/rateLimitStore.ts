/**
 * Where rate-limit counts live. Today one process's memory (a token bucket per key, on
 * globalThis so src/server.ts and Next's bundles share it); the interface is what a shared store
 * (Redis, the database) implements to make the limit hold across instances.
 */
export interface RateDecision {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until a request would be allowed again (only when refused). */
  retryAfter: number
}

export interface RateLimitStore {
  /** Takes one request from `key`'s bucket of `limitPerMinute`, refilled evenly over a minute. */
  take(key: string, limitPerMinute: number, now?: number): RateDecision
  clear(): void
}

interface Bucket {
  tokens: number
  updatedAt: number
}

export function memoryRateLimitStore(maxKeys = 50_000): RateLimitStore {
  const buckets = new Map<string, Bucket>()
  return {
    take(key, limitPerMinute, now = Date.now()) {
      const perMs = limitPerMinute / 60_000
      let bucket = buckets.get(key)
      if (!bucket) {
        if (buckets.size >= maxKeys) buckets.clear()
        bucket = { tokens: limitPerMinute, updatedAt: now }
        buckets.set(key, bucket)
      }
      bucket.tokens = Math.min(
        limitPerMinute,
        bucket.tokens + Math.max(0, now - bucket.updatedAt) * perMs,
      )
      bucket.updatedAt = now
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1
        return {
          allowed: true,
          limit: limitPerMinute,
          remaining: Math.floor(bucket.tokens),
          retryAfter: 0,
        }
      }
      return {
        allowed: false,
        limit: limitPerMinute,
        remaining: 0,
        retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
      }
    },
    clear() {
      buckets.clear()
    },
  }
}

const symbol = Symbol.for('mediglot.rateLimitStore')
type Holder = Record<symbol, RateLimitStore | undefined>

export function rateLimitStore(): RateLimitStore {
  const g = globalThis as unknown as Holder
  g[symbol] ??= memoryRateLimitStore()
  return g[symbol]
}

/** Swaps the store (a cluster-wide one, or a test's). */
export function setRateLimitStore(store: RateLimitStore): void {
  ;(globalThis as unknown as Holder)[symbol] = store
}
