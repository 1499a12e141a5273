/**
 * Security headers on every answer, whichever part of the server writes it: src/server.ts sets
 * them before its fast paths and Next (prepared pages, the partner API, refusals), and
 * next.config.ts sets the same ones, so they hold under plain `next start` too.
 *
 * Scripts: the site's pages are prepared bytes served to every reader (src/cache), so a
 * per-response nonce cannot be used; Next's inline bootstrap scripts need 'unsafe-inline'
 * (the admin's too). What the policy does close: framing by any other page (frame-ancestors,
 * X-Frame-Options: a page on another port of the same host framed the signed-in admin),
 * plugins, <base> hijacking, forms posting elsewhere, and scripts, styles, frames and
 * connections from other origins. Images may come from https anywhere (staff avatars, sources).
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http'

/** The policy; `publicOrigin` (the site's one public origin, where body images point) may load images too. */
export const contentSecurityPolicy = (publicOrigin?: string) =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self'${publicOrigin ? ` ${publicOrigin}` : ''} data: blob: https:`,
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')

/** One year, as browsers' preload lists expect; sent only over https. */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains'

export const baseSecurityHeaders = (publicOrigin?: string): Record<string, string> => ({
  'content-security-policy': contentSecurityPolicy(publicOrigin),
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
})

/** TRUST_PROXY=1: the proxy in front sets X-Forwarded-For and X-Forwarded-Proto, so they may be believed. */
export const trustProxy = () =>
  process.env.TRUST_PROXY === '1' || process.env.TRUST_PROXY === 'true'

/** The public origin is https (NEXT_PUBLIC_SERVER_URL): every answer reaches readers over https. */
export const publicOriginIsHttps = () =>
  (process.env.NEXT_PUBLIC_SERVER_URL ?? '').toLowerCase().startsWith('https://')

/** Whether this request came over https: TLS here, the configured public origin, or a trusted proxy saying so. */
export function cameOverHttps(req: IncomingMessage): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true
  if (publicOriginIsHttps()) return true
  if (!trustProxy()) return false
  const proto = req.headers['x-forwarded-proto']
  return (
    String(Array.isArray(proto) ? proto[0] : (proto ?? ''))
      .split(',')[0]
      .trim()
      .toLowerCase() === 'https'
  )
}

export function securityHeaders(https: boolean, publicOrigin?: string): Record<string, string> {
  const headers = baseSecurityHeaders(publicOrigin)
  return https ? { ...headers, 'strict-transport-security': strictTransportSecurity } : headers
}

/**
 * Sets the headers on a Node response, again just before its head is written, so that this
 * process's values (HSTS for this request, the runtime public origin) win over the ones
 * next.config.ts fixed at build time.
 */
export function applySecurityHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  publicOrigin?: string,
): void {
  const headers = Object.entries(securityHeaders(cameOverHttps(req), publicOrigin))
  for (const [name, value] of headers) res.setHeader(name, value)
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  // Through the prototype: later wrappers of setHeader (the page cache, the 404 page) must not filter these.
  const setHeader = http.ServerResponse.prototype.setHeader
  res.writeHead = ((...args: unknown[]) => {
    if (!res.headersSent) for (const [name, value] of headers) setHeader.call(res, name, value)
    return writeHead(...args)
  }) as typeof res.writeHead
}
