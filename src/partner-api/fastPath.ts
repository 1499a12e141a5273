/**
 * The partner API's share of the server's fast path: a repeated request answered from the
 * response cache before Next, with the same key check and rate limit as the route handler, all
 * in memory. A key the registry does not know yet (or no longer trusts), and any response not
 * cached, go on to Next, whose route handler checks the key in the database and fills the cache.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { sendCached } from '@/cache/fastPath'
import { responseCache } from '@/cache/responseCache'

import { corsHeaders, errorBody, isOpenPath, isPartnerPath, partnerCacheKey, preflightHeaders, publicBase } from './http'
import { hashKey, keyFromHeaders, knownKey, noteUse } from './keys'
import { rateLimitHeaders, takeToken } from './rateLimit'

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name]
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null)
}

function sendError(res: ServerResponse, status: number, code: 'invalid_api_key' | 'rate_limited', message: string, headers: Record<string, string>) {
  const body = errorBody(code, message)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': String(Buffer.byteLength(body)),
    ...corsHeaders,
    ...headers,
  })
  res.end(body)
}

/** True when the request was answered here. */
export function tryServePartner(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? ''
  const pathname = url.split('?')[0]
  if (!isPartnerPath(pathname)) return false
  if (req.method === 'OPTIONS') {
    res.writeHead(204, preflightHeaders)
    res.end()
    return true
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const get = (name: string) => header(req, name)
  const entry = responseCache().get(partnerCacheKey(publicBase(), url))
  const open = isOpenPath(pathname.replace(/\/+$/, '') || '/')
  if (open) {
    if (!entry) return false
    sendCached(req, res, entry, corsHeaders)
    return true
  }
  const key = keyFromHeaders(get)
  if (!key) return false // Next answers the 401 with its explanation
  const keyHash = hashKey(key)
  const partner = knownKey(keyHash)
  if (partner === undefined) return false
  if (partner === null) {
    sendError(res, 401, 'invalid_api_key', 'This API key is not valid or has been revoked.', { 'www-authenticate': 'Bearer realm="mediglot-api"' })
    return true
  }
  if (!entry) return false
  const rate = takeToken(keyHash, partner.rateLimitPerMinute)
  if (!rate.allowed) {
    sendError(res, 429, 'rate_limited', `Too many requests: the limit for this key is ${rate.limit} a minute. Retry after ${rate.retryAfter} s.`, rateLimitHeaders(rate))
    return true
  }
  noteUse(partner)
  sendCached(req, res, entry, { ...corsHeaders, ...rateLimitHeaders(rate) })
  return true
}
