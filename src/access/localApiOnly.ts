import type { PayloadRequest } from 'payload'

/**
 * Only our own code, through the Local API (the server's background runner): nobody over HTTP.
 * Payload's `GET /api/payload-jobs/run` is a GET that changes state, so a page on another port of
 * the same site could make a signed-in admin's browser run the queue (issue 10, finding 8).
 */
export const localApiOnly = ({ req }: { req: PayloadRequest }): boolean =>
  req.payloadAPI === 'local'
