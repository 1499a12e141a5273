/**
 * Errors of Payload's own parsing of a request that are the caller's fault, answered as 4xx.
 *
 * - REST: Payload's multipart parser (busboy) rejects a body that names a boundary but is not
 *   valid multipart, and Payload rethrows that as a 500 APIError. A config-level afterError hook
 *   turns exactly those parser messages, on a multipart request, into a 400.
 * - GraphQL: Payload's POST handler parses the JSON body outside its try/catch, so its own
 *   "Invalid JSON" APIError (status 400) reaches Next as an unhandled error, a 500. The route is
 *   wrapped to answer any such error that carries a 4xx status with that status.
 */
import type { Config } from 'payload'

/** busboy's messages for a body that is not what its Content-Type says (node_modules/busboy/lib). */
const multipartParserMessages = new Set([
  'Malformed content type',
  'Malformed part header',
  'Malformed urlencoded form',
  'Missing Content-Type',
  'Multipart: Boundary not found',
  'Unexpected end of file',
  'Unexpected end of form',
])

type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]

export const malformedMultipartIsClientError: AfterErrorHook = ({ error, req }) => {
  const contentType = req.headers?.get('content-type') ?? ''
  if (!/^multipart\//i.test(contentType) || !multipartParserMessages.has(error.message)) return
  return { status: 400, response: { errors: [{ message: `The multipart body is malformed: ${error.message}.` }] } }
}

/**
 * A write whose JSON body is not an object (`""`, `42`, `[]`, `null`) reaches Payload's create
 * and update as their data and fails inside them with a 500. The guard cannot see bodies, so
 * the failure is answered here: a 400 that says what the body must be.
 */
export const nonObjectBodyIsClientError: AfterErrorHook = ({ req }) => {
  if (!req || !('data' in req) || req.data === undefined) return
  const data: unknown = req.data
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) return
  return { status: 400, response: { errors: [{ message: 'The request body must be a JSON object of field values.' }] } }
}

/** The status an error thrown by Payload's request parsing asks for, when it is a client error. */
function clientStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null
}

/** Wraps a route handler so that a thrown 4xx error is answered as JSON with its status. */
export function answerClientErrors<Args extends unknown[]>(handler: (request: Request, ...rest: Args) => Promise<Response>) {
  return async (request: Request, ...rest: Args): Promise<Response> => {
    try {
      return await handler(request, ...rest)
    } catch (error) {
      const status = clientStatus(error)
      if (status === null) throw error
      return Response.json({ errors: [{ message: (error as Error).message }] }, { status, headers: { 'cache-control': 'no-store' } })
    }
  }
}

/** An upload's file that is not on disk (a name that never existed, a deleted file): a 404, not a 500. */
export const missingFileIsNotFound: AfterErrorHook = ({ error, req }) => {
  if ((error as { code?: unknown }).code !== 'ENOENT') return
  const path = req?.pathname ?? (req?.url ? new URL(req.url).pathname : '')
  if (!/^\/api\/[^/]+\/file\//.test(path)) return
  return { status: 404, response: { errors: [{ message: 'No such file.' }] } }
}
