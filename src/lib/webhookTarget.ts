/**
 * Where a webhook may go: a public https address. The host is resolved and every address it
 * resolves to must be public (src/lib/publicAddress.ts), both when an admin saves the URL and
 * again at each delivery, which then connects to exactly the address it checked (a name that
 * resolves to a public address when checked and to 127.0.0.1 a moment later, DNS rebinding,
 * still reaches the checked one). Redirects are never followed. WEBHOOK_ALLOW_HOSTS names hosts
 * that may be reached although they are not public, over http too (tests' loopback receivers);
 * it is unset in production.
 */
import dns from 'node:dns/promises'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'

import { isPublicAddress } from './publicAddress'

export interface WebhookTarget {
  url: URL
  /** The address checked, and the one the delivery connects to. */
  address: string
  family: 4 | 6
}

export type Lookup = (host: string) => Promise<Array<{ address: string; family: number }>>

const systemLookup: Lookup = (host) => dns.lookup(host, { all: true, verbatim: true })

/** WEBHOOK_ALLOW_HOSTS: comma-separated host names or IP addresses, lower case. */
export function allowedWebhookHosts(value = process.env.WEBHOOK_ALLOW_HOSTS): Set<string> {
  return new Set(
    (value ?? '')
      .split(',')
      .map((entry) => entry.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1'))
      .filter(Boolean),
  )
}

/** The target of a webhook URL, or why it is refused (a sentence for an admin). */
export async function resolveWebhookTarget(
  raw: string,
  options: { allowHosts?: Set<string>; lookup?: Lookup } = {},
): Promise<WebhookTarget | { refused: string }> {
  const allowHosts = options.allowHosts ?? allowedWebhookHosts()
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { refused: 'not a web address' }
  }
  // The URL parser has already turned 0x7f000001, 2130706433 and 127.1 into 127.0.0.1.
  const host = url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1')
  const allowListed = allowHosts.has(host)
  if (url.protocol !== 'https:' && !(allowListed && url.protocol === 'http:')) return { refused: 'it must start with https://' }
  if (url.username || url.password) return { refused: 'it must not carry a user name or password' }
  let addresses: Array<{ address: string; family: number }>
  if (net.isIP(host)) addresses = [{ address: host, family: net.isIP(host) }]
  else {
    try {
      addresses = await (options.lookup ?? systemLookup)(host)
    } catch {
      return { refused: `the host ${host} could not be resolved` }
    }
  }
  if (addresses.length === 0) return { refused: `the host ${host} could not be resolved` }
  if (!allowListed) {
    const internal = addresses.find((a) => !isPublicAddress(a.address))
    if (internal) return { refused: `${host} is not a public address (${internal.address})` }
  }
  return { url, address: addresses[0].address, family: addresses[0].family === 6 ? 6 : 4 }
}

/**
 * One POST to a checked target, connecting to its checked address (TLS still verifies the
 * certificate for the URL's host name). The answer's status only; its body is discarded and a
 * redirect is an answer like any other (not followed).
 */
export function postToWebhook(
  target: WebhookTarget,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<number> {
  const client = target.url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = client.request(
      target.url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        timeout: timeoutMs,
        // Never ask DNS again: connect to the address that was checked.
        lookup: ((_host: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) => {
          if (opts?.all) callback(null, [{ address: target.address, family: target.family }])
          else callback(null, target.address, target.family)
        }) as unknown as net.LookupFunction,
        agent: false,
      },
      (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      },
    )
    const timer = setTimeout(() => request.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs)
    request.on('timeout', () => request.destroy(new Error(`timed out after ${timeoutMs} ms`)))
    request.on('error', reject)
    request.on('close', () => clearTimeout(timer))
    request.end(body)
  })
}
