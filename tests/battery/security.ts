/**
 * Shared setup of the security battery files (security-*.battery.test.ts, issue 10): the built
 * server on seeded demo content, staff accounts, and a raw HTTP client that sends exactly what
 * an outside attacker would.
 */
import { startAppServer, type AppServer } from '../helpers/appServer'
import { createStaff, restClient, type RestClient, type StaffTokens } from '../helpers/canaries'

export interface SecurityServer {
  app: AppServer
  client: RestClient
  tokens: StaffTokens
  /** fetch against the server, no redirects followed. */
  send: (path: string, init?: RequestInit) => Promise<Response>
}

export async function startSecurityServer(
  prefix: string,
  env: Record<string, string> = {},
): Promise<SecurityServer> {
  const app = await startAppServer({ env })
  const client = restClient(app.baseURL)
  const tokens = await createStaff(client, prefix)
  const send = (path: string, init: RequestInit = {}) =>
    fetch(`${app.baseURL}${path}`, { redirect: 'manual', ...init })
  return { app, client, tokens, send }
}

export const graphQL = (query: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ query }),
})

/** A read sent as Payload's admin sends its searches: POST, a form body, and the method override. */
export const overriddenRead = (
  form: string,
  headers: Record<string, string> = {},
): RequestInit => ({
  method: 'POST',
  headers: {
    'content-type': 'application/x-www-form-urlencoded',
    'x-payload-http-method-override': 'GET',
    ...headers,
  },
  body: form,
})

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0
}
