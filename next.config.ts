import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { publicOriginIsHttps, securityHeaders } from './src/security/headers'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `next dev` on 127.0.0.1 (tests, tools) only hydrates when the origin is allowed.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  images: { unoptimized: true },
  // One copy of Payload per process. Bundled, each route (a page, the REST handler) gets its own
  // copy of Payload's classes, and the instance cached by the first route fails the other's
  // `instanceof ValidationError`: REST then answers a bad input with a bare message instead of
  // the invalid fields. Loaded from node_modules, every route shares the one instance.
  serverExternalPackages: ['payload', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb', '@payloadcms/drizzle', '@payloadcms/graphql', 'graphql'],
  // `npm test` type-checks the whole project once (tsc --noEmit); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // The same security headers src/server.ts sets, for plain `next start` (src/security/headers.ts).
  async headers() {
    return [{ source: '/:path*', headers: Object.entries(securityHeaders(publicOriginIsHttps(), process.env.NEXT_PUBLIC_SERVER_URL?.replace(/\/+$/, '') || undefined)).map(([key, value]) => ({ key, value })) }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
