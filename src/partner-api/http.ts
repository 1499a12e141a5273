/**
 * HTTP details of the partner API shared by the route handler and the fast path: errors,
 * CORS, caching headers, the public base URL and cache keys.
 */
import { siteOrigin } from '@/content/seo'

import { apiVersionPrefix } from './constants'

type HeaderGetter = (name: string) => string | null | undefined

/**
 * Responses are the same for every partner, but only a request with a valid key may have
 * one. `public, no-cache`: a shared cache (CDN) may store a response but must revalidate it with
 * us on every request, passing the caller's key along; we check the key and the rate limit and
 * answer 304 from memory. So a revoked key stops at once, a cache never hands our content to a
 * caller without a key, and one stored copy serves every partner (no `Vary: Authorization`).
 */
export const partnerCacheControl = 'public, no-cache'

export const corsHeaders: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Last-Modified, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, Link',
}

export const preflightHeaders: Record<string, string> = {
  ...corsHeaders,
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'Authorization, X-API-Key, If-None-Match, If-Modified-Since, Content-Type',
  'access-control-max-age': '86400',
}

export type ErrorCode =
  | 'missing_api_key'
  | 'invalid_api_key'
  | 'rate_limited'
  | 'bad_parameter'
  | 'not_found'
  | 'method_not_allowed'
  | 'internal_error'

export function errorBody(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ error: { code, message, ...extra } })
}

export function errorResponse(status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}): Response {
  return new Response(errorBody(code, message, extra), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...corsHeaders,
      ...(status === 401 ? { 'www-authenticate': 'Bearer realm="mediglot-api"' } : {}),
      ...headers,
    },
  })
}

/**
 * The site's public origin, the same one the pages' canonical and hreflang links and the sitemap
 * use (src/content/seo.ts): never the request's Host, which a caller chooses (the demo said
 * `localhost` in its pages and `127.0.0.1` in the API for the same server).
 */
export function publicBase(): string {
  return siteOrigin()
}

/** Cache key of a partner response: the base URL (it appears in the body) and the path as sent. */
export function partnerCacheKey(base: string, pathAndQuery: string): string {
  return `partner:${base}${pathAndQuery}`
}

export const isPartnerPath = (pathname: string) => pathname === apiVersionPrefix || pathname.startsWith(`${apiVersionPrefix}/`)

/** Paths anyone may read without a key: the contract and its reference page. */
export const isOpenPath = (pathname: string) =>
  pathname === `${apiVersionPrefix}/openapi.json` || pathname === `${apiVersionPrefix}/reference` || pathname === apiVersionPrefix

export function httpDate(value: string | number | Date): string {
  const date = new Date(value)
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toUTCString()
}

/** RFC 9110: If-None-Match wins over If-Modified-Since. */
export function isNotModified(get: HeaderGetter, etag: string, lastModified: string): boolean {
  const ifNoneMatch = get('if-none-match')
  if (ifNoneMatch) {
    return ifNoneMatch.split(',').some((tag) => {
      const t = tag.trim()
      return t === '*' || t.replace(/^W\//, '') === etag
    })
  }
  const ifModifiedSince = get('if-modified-since')
  if (ifModifiedSince) {
    const since = Date.parse(ifModifiedSince)
    return Number.isFinite(since) && Date.parse(lastModified) <= since
  }
  return false
}
