/**
 * The request guard (requestGuard.ts) inside Payload's REST route, so that it holds under plain
 * `next start` as it does behind src/server.ts, and for every way a query arrives: a query
 * string, or a form body under `X-Payload-HTTP-Method-Override: GET`, which Payload reads as the
 * query string of a GET (the admin's relationship fields send their searches that way). Without
 * this, `limit=1000` and `pagination=false` passed in such a body, and `where[title][equals][x]=1`,
 * `near` and `page=Infinity` were 500s (issue 10, finding 5).
 */
import type { IncomingMessage } from 'node:http'

import { defaultLocale } from '../i18n/locales'

import { checkRequest, type Refusal } from './requestGuard'

/** The largest form body read as a query (the admin's searches are a few hundred bytes). */
const maxOverrideBody = 64 * 1024

const overrideHeaders = ['x-payload-http-method-override', 'x-http-method-override']

function plainHeaders(headers: Headers): IncomingMessage['headers'] {
  const plain: IncomingMessage['headers'] = {}
  headers.forEach((value, name) => {
    plain[name] = value
  })
  return plain
}

/** Why a Web request to Payload's REST routes must be refused, or null. */
export async function checkWebRequest(request: Request): Promise<Refusal | null> {
  const url = new URL(request.url)
  const headers = plainHeaders(request.headers)
  const refusal = checkRequest(request.method, `${url.pathname}${url.search}`, headers)
  if (refusal) return refusal
  const override = overrideHeaders
    .map((name) => request.headers.get(name))
    .find((value) => value !== null)
  if (request.method !== 'POST' || override === undefined) return null
  if (override !== 'GET') return { status: 400, message: 'A method override may only name GET.' }
  const contentType = (request.headers.get('content-type') ?? '')
    .split(';', 1)[0]
    .trim()
    .toLowerCase()
  if (contentType !== 'application/x-www-form-urlencoded')
    return {
      status: 415,
      message:
        'A read sent as POST with a method override takes its query as a form body (Content-Type: application/x-www-form-urlencoded).',
    }
  let body: string
  try {
    body = await request.clone().text()
  } catch {
    return { status: 400, message: 'The request body could not be read.' }
  }
  if (body.length > maxOverrideBody)
    return { status: 400, message: `A query may be at most ${maxOverrideBody} bytes.` }
  // Exactly as Payload rebuilds the request: the body appended to the URL after a "?".
  const readHeaders = Object.fromEntries(
    Object.entries(headers).filter(
      ([name]) =>
        !overrideHeaders.includes(name) && name !== 'content-type' && name !== 'content-length',
    ),
  )
  return checkRequest('GET', `${url.pathname}${url.search}?${body}`, readHeaders)
}

export function refusalResponse(refusal: Refusal): Response {
  return Response.json(
    { errors: [{ message: refusal.message }] },
    {
      status: refusal.status,
      headers: {
        'cache-control': 'no-store',
        ...(refusal.allow ? { allow: refusal.allow.join(', ') } : {}),
      },
    },
  )
}

/**
 * A request that names no locale is a request in the default locale, as Payload documents it.
 * Our localization has no fallback, so Payload left `req.locale` null and failed on it with a 500
 * (an anonymous `POST /api/causes/access/{id}`, GraphQL's `docAccessCause`, an editor's create
 * without `draft`, a staff where clause); src/server.ts did this for GETs only.
 */
export async function withDefaultLocale(request: Request): Promise<Request> {
  const url = new URL(request.url)
  if (url.searchParams.has('locale')) return request
  if (
    request.method === 'POST' &&
    overrideHeaders.some((name) => request.headers.get(name) === 'GET')
  ) {
    // Payload appends this body to the URL after a "?": the locale goes into the body.
    const form = await request.text()
    if (new URLSearchParams(form).has('locale'))
      return new Request(url, {
        method: 'POST',
        headers: request.headers,
        body: form,
        signal: request.signal,
      })
    return new Request(url, {
      method: 'POST',
      headers: request.headers,
      body: `${form}${form ? '&' : ''}locale=${defaultLocale}`,
      signal: request.signal,
    })
  }
  url.searchParams.set('locale', defaultLocale)
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? request.body : undefined,
    signal: request.signal,
    // A streamed body must say so (undici).
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}

/** Wraps one of Payload's REST route handlers with the guard. */
export function guardedRoute<Args extends unknown[]>(
  handler: (request: Request, ...rest: Args) => Promise<Response>,
) {
  return async (request: Request, ...rest: Args): Promise<Response> => {
    const refusal = await checkWebRequest(request)
    if (refusal) return refusalResponse(refusal)
    return handler(await withDefaultLocale(request), ...rest)
  }
}
