import type { IncomingMessage } from 'node:http'

/**
 * Who is calling, for per-client limits (sign-in lockout). src/server.ts writes the socket's
 * address into X-Forwarded-For before Next sees the request, replacing whatever the client sent,
 * unless TRUST_PROXY=1 says a proxy in front (Varnish, nginx) sets that header itself; then its
 * last entry, the address the proxy saw, is the client. Under plain `next start` Next fills the
 * header only when the client sent none, so run production behind src/server.ts or a proxy that
 * overwrites it.
 */
export function stampClientAddress(req: IncomingMessage, trustProxy = process.env.TRUST_PROXY === '1'): void {
  if (trustProxy && req.headers['x-forwarded-for']) return
  req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? 'unknown'
}

/** The client's address from a request's headers, as stamped above. */
export function clientAddressOf(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').at(-1)?.trim()
  return last || 'unknown'
}
