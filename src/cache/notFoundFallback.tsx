/**
 * The 404 side of src/server.ts. At request time Next 16 renders the not-found UI of a page that
 * calls notFound() only in the browser: the HTML it sends is an empty `<html id="__next_error__">`
 * shell whose content arrives with the JavaScript payload (vercel/next.js#62228; only paths that
 * match no route get a server-rendered not-found page). Without JavaScript, or before it has
 * run, a reader sees a blank page. So when Next answers a site page with a 404 HTML document,
 * the server sends its own instead: the site's header, the not-found message and the footer,
 * rendered here from the same components, in the language of the path, with no script at all.
 */
import fs from 'node:fs'
import http, {
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http'
import path from 'node:path'

import { renderToStaticMarkup } from 'react-dom/server'

import { NotFoundDocument } from '@/components/NotFoundDocument'
import { isLocale, type Locale } from '@/i18n/locales'

/** Admin, REST, the partner API and Next's assets answer 404s their own way. */
const notSitePages = /^\/(api|admin|_next)(\/|$)/
/** A client-side navigation asks for Next's RSC payload, not HTML; the browser handles that one. */
const routerHeaders = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
]

const notFoundCacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate'

export function localeOfPath(url: string): Locale | null {
  const first = url.split(/[/?#]/)[1]
  return isLocale(first) ? first : null
}

let siteCss: string | null = null

/** The site stylesheet, inlined: this document is made outside Next's CSS pipeline. */
function readSiteCss(): string {
  if (siteCss === null) {
    try {
      siteCss = fs.readFileSync(
        path.join(process.cwd(), 'src/app/(site)/[locale]/site.css'),
        'utf8',
      )
    } catch {
      siteCss = ''
    }
  }
  return siteCss
}

const documents = new Map<string, Buffer>()

/** The 404 document for a language (null: English and Chinese). It holds no content, so it is made once. */
export function notFoundDocument(locale: Locale | null): Buffer {
  const key = locale ?? '*'
  let document = documents.get(key)
  if (!document) {
    document = Buffer.from(
      `<!DOCTYPE html>${renderToStaticMarkup(<NotFoundDocument locale={locale} inlineCss={readSiteCss()} />)}`,
    )
    documents.set(key, document)
  }
  return document
}

function contentTypeIn(headers: unknown): string {
  if (!headers || typeof headers !== 'object') return ''
  for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) {
    if (name.toLowerCase() === 'content-type') return String(value)
  }
  return ''
}

/**
 * Watches Next's answer to a site page request: a 404 HTML answer is swallowed and, once Next
 * has finished it, replaced by the localized 404 document; any other answer passes untouched.
 */
export function answerNotFoundPages(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return
  const url = req.url ?? '/'
  if (notSitePages.test(url)) return
  if (routerHeaders.some((h) => req.headers[h] !== undefined)) return

  // Whatever wraps the response already (the page cache's capture) stays in the chain.
  const passThrough = {
    writeHead: res.writeHead,
    flushHeaders: res.flushHeaders,
    setHeader: res.setHeader,
    write: res.write,
    end: res.end,
  }
  let replacing: boolean | null = null
  let sent = false

  const decide = (status?: number, headers?: unknown): boolean => {
    if (replacing !== null) return replacing
    const contentType = String(res.getHeader('content-type') ?? '') || contentTypeIn(headers)
    replacing = (status ?? res.statusCode) === 404 && contentType.startsWith('text/html')
    // The wrappers stay even when passing: Next's compression wraps them in turn.
    return replacing
  }

  const send = () => {
    if (sent) return
    sent = true
    const body = notFoundDocument(localeOfPath(url))
    for (const name of res.getHeaderNames()) res.removeHeader(name)
    // Set on the prototype: the page cache's setHeader would mark the answer publicly cacheable.
    const setHeader = http.ServerResponse.prototype.setHeader
    setHeader.call(res, 'content-type', 'text/html; charset=utf-8')
    setHeader.call(res, 'content-length', String(body.length))
    setHeader.call(res, 'cache-control', notFoundCacheControl)
    ;(passThrough.writeHead as (status: number) => ServerResponse).call(res, 404)
    ;(passThrough.end as (chunk?: Buffer) => ServerResponse).call(
      res,
      req.method === 'HEAD' ? undefined : body,
    )
  }

  const callbackIn = (args: unknown[]) => args.find((a): a is () => void => typeof a === 'function')

  res.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    if (!decide(status, rest[rest.length - 1]))
      return (passThrough.writeHead as (...a: unknown[]) => ServerResponse).call(
        res,
        status,
        ...rest,
      )
    return res
  } as typeof res.writeHead
  res.flushHeaders = function flushHeaders() {
    if (!decide()) passThrough.flushHeaders.call(res)
  }
  res.setHeader = function setHeader(name: string, value: number | string | readonly string[]) {
    if (replacing) return res
    return passThrough.setHeader.call(res, name, value)
  }
  res.write = function write(chunk: unknown, ...rest: unknown[]) {
    if (!decide())
      return (passThrough.write as (...a: unknown[]) => boolean).call(res, chunk, ...rest)
    const callback = callbackIn(rest)
    if (callback) process.nextTick(callback)
    return true
  } as typeof res.write
  res.end = function end(...args: unknown[]) {
    if (!decide()) return (passThrough.end as (...a: unknown[]) => ServerResponse).apply(res, args)
    send()
    const callback = callbackIn(args)
    if (callback) process.nextTick(callback)
    return res
  } as typeof res.end
}
