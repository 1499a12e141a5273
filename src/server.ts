/**
 * Production entry point: Next's request handler inside a plain Node HTTP server, in one
 * process. Public pages are answered from the response cache before Next sees them; publish
 * hooks (running in this same process) empty that cache, so a change shows at once. Writes to
 * one document are answered one at a time (src/server/writeQueue.ts).
 */
import http from 'node:http'

import next from 'next'

import { capturePage, tryServePage } from './cache/fastPath'
import { siteOrigin } from './content/seo'
import { databaseSupport, resolveDatabaseTarget } from './db/adapter'
import { watchDatabase } from './db/availability'
import { answerNotFoundPages } from './cache/notFoundFallback'
import { runWithDependencies } from './lib/dependencies'
import { tryServePartner } from './partner-api/fastPath'
import { applySecurityHeaders } from './security/headers'
import { stampClientAddress } from './security/clientAddress'
import { rejectMalformedRequest } from './security/requestGuard'
import { refuseOverLimit } from './server/rateLimit'
import { queueDocumentWrite } from './server/writeQueue'

const port = Number.parseInt(process.env.PORT ?? '3000', 10)
const hostname = process.env.HOST ?? '0.0.0.0'

if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a number between 1 and 65535 (got "${process.env.PORT}").`)
  process.exit(1)
}

// The one public origin (src/content/seo.ts): body images are served from it.
const publicOrigin = siteOrigin()
// A malformed DATABASE_URI or an unreachable database server stops start-up here, with a message
// naming the host and never the password, instead of a stack at the first request.
let support: ReturnType<typeof databaseSupport>
try {
  support = databaseSupport(resolveDatabaseTarget(process.env.DATABASE_URI))
  await support.probe()
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
const database = watchDatabase(support, {
  onChange: (down, reason) => console.error(down ? `Database unavailable: ${reason}` : `Database available again (${reason}).`),
})

const app = next({ dev: false, hostname, port, dir: process.cwd() })
const handle = app.getRequestHandler()
await app.prepare()

const server = http.createServer((req, res) => {
  applySecurityHeaders(req, res, publicOrigin)
  if (refuseOverLimit(req, res)) return
  // Per-client limits (sign-in lockout) key on this, never on what the client claims.
  stampClientAddress(req)
  if (rejectMalformedRequest(req, res)) return
  if (tryServePartner(req, res)) return
  if (tryServePage(req, res)) return
  if (database.isDown()) {
    // Lost database: a clear, short answer instead of a hang or a 500 page (cached pages above still serve).
    res.writeHead(503, { 'Retry-After': '5', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end('The database is not answering; try again in a few seconds.\n')
    return
  }
  // A request already under way when the database went away: its error becomes a 503 too.
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status >= 500 && database.isDown()) {
      res.setHeader('Retry-After', '5')
      res.setHeader('Cache-Control', 'no-store')
      return writeHead(503, ...rest)
    }
    return writeHead(status, ...rest)
  }) as typeof res.writeHead
  const dependencies = capturePage(req, res)
  answerNotFoundPages(req, res)
  const serve = () => queueDocumentWrite(req, res, () => {
    handle(req, res).catch((error: unknown) => {
      console.error('Unhandled error while serving', req.method, req.url, error)
      if (!res.headersSent) {
        res.statusCode = 500
        res.end('Internal Server Error')
      } else {
        res.destroy()
      }
    })
  })
  // A cached page records what it reads, so a publish purges only the pages that used it.
  if (dependencies) runWithDependencies(dependencies, serve)
  else serve()
})

server.keepAliveTimeout = 65_000
server.listen(port, hostname, () => {
  console.log(`Mediglot is serving http://localhost:${port} (en: /en, zh: /zh, admin: /admin)`)
})

function shutdown(signal: string) {
  console.log(`${signal} received, closing the server`)
  server.close(() => process.exit(0))
  setTimeout(() => process.exit(0), 5_000).unref()
}
process.on('SIGTERM', () => shutdown('SIGTERM'))
process.on('SIGINT', () => shutdown('SIGINT'))
