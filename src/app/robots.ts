import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/content/seo'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: ['/en', '/zh'], disallow: ['/admin', '/api/', '/en/search', '/zh/search'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
