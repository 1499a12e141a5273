/**
 * The partner API v1 (src/partner-api). A static `v1` segment, so Next routes /api/v1/* here
 * rather than to Payload's /api/[...slug]. In production most repeats never get here: the fast
 * path in src/server.ts answers them from the response cache.
 */
import { handlePartnerRequest } from '@/partner-api/handlers'

export const dynamic = 'force-dynamic'

export const GET = (request: Request) => handlePartnerRequest(request)
export const HEAD = (request: Request) => handlePartnerRequest(request)
export const OPTIONS = (request: Request) => handlePartnerRequest(request)
export const POST = (request: Request) => handlePartnerRequest(request)
export const PUT = (request: Request) => handlePartnerRequest(request)
export const PATCH = (request: Request) => handlePartnerRequest(request)
export const DELETE = (request: Request) => handlePartnerRequest(request)
