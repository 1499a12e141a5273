/**
 * Which browser origins may call Payload's own API (REST under /api/{collection}, GraphQL) with
 * a signed-in person's cookie. Payload uses two lists:
 *
 * - `cors`: origins that get `Access-Control-Allow-Origin` (with credentials) on Payload's
 *   answers. Same-origin calls need no CORS, so by default the list is empty.
 * - `csrf`: origins whose requests may authenticate with the `payload-token` cookie. A request
 *   whose `Origin` is not listed is treated as anonymous. Our own origin must be on it or the
 *   admin UI (which sends `Origin` on every save) would be signed out.
 *
 * Extra origins come from CORS_ORIGINS (comma-separated) and go on both lists. The partner API
 * (/api/v1) has its own keys and its own CORS (`*`, no cookies) and is not affected.
 */

export class InvalidOriginError extends Error {
  constructor(variable: string, entry: string, reason: string) {
    super(
      `${variable} has an invalid entry "${entry}": ${reason}. Expected a comma-separated list ` +
        `of origins such as "https://editor.example.org,http://localhost:4000".`,
    )
    this.name = 'InvalidOriginError'
  }
}

/**
 * One origin as browsers send it in `Origin`: scheme, host and port only, lower case, no
 * trailing slash. A path, query, user name or a wildcard is refused rather than silently
 * dropped, so a typo stops start-up instead of opening (or closing) a door unnoticed.
 */
export function parseOrigin(entry: string, variable: string): string {
  if (entry.includes('*')) throw new InvalidOriginError(variable, entry, 'wildcards are not allowed (cookies would go to any site)')
  let url: URL
  try {
    url = new URL(entry)
  } catch {
    throw new InvalidOriginError(variable, entry, 'not a URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InvalidOriginError(variable, entry, 'only http: and https: origins are allowed')
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
    throw new InvalidOriginError(variable, entry, 'an origin has no path, query, fragment or user name')
  return url.origin
}

/** CORS_ORIGINS: comma-separated origins; empty entries are ignored, duplicates dropped. */
export function parseOriginList(value: string | undefined, variable = 'CORS_ORIGINS'): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return [...new Set(entries.map((entry) => parseOrigin(entry, variable)))]
}

/**
 * The origins the site itself is served under. With a public server URL that is its origin.
 * Without one (the demo, the tests) the server is reached on this machine, so the loopback
 * names on PORT count as our own; any other address needs NEXT_PUBLIC_SERVER_URL or CORS_ORIGINS.
 */
export function ownOrigins(serverURL: string | undefined, port: string | undefined): string[] {
  if (serverURL) return [parseOrigin(serverURL, 'NEXT_PUBLIC_SERVER_URL')]
  const p = port || '3000'
  return [`http://localhost:${p}`, `http://127.0.0.1:${p}`, `http://[::1]:${p}`]
}

export interface OriginPolicy {
  /** Payload `cors`: foreign origins allowed to read Payload's answers (credentials included). */
  cors: string[]
  /** Payload `csrf`: origins whose cookie-authenticated requests are honoured. */
  csrf: string[]
}

export function originPolicy(env: {
  serverURL?: string
  port?: string
  corsOrigins?: string
}): OriginPolicy {
  const extra = parseOriginList(env.corsOrigins)
  return { cors: extra, csrf: [...new Set([...ownOrigins(env.serverURL, env.port), ...extra])] }
}

/**
 * The session cookie is `Secure` when a production server is public over https: a browser then
 * never sends it over plain http. The demo and the tests run on http://localhost, where a
 * Secure cookie would never come back and nobody could sign in.
 */
export function secureCookies(env: { nodeEnv?: string; serverURL?: string }): boolean {
  return env.nodeEnv === 'production' && Boolean(env.serverURL?.startsWith('https://'))
}
