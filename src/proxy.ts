import { NextResponse, type NextRequest } from 'next/server'

import { negotiateLocale } from '@/i18n/negotiate'

/**
 * Negotiates the language for the bare root only; every other path already names its locale
 * (or belongs to the admin and the API, which this proxy never sees).
 */
export function proxy(request: NextRequest) {
  const locale = negotiateLocale(request.headers.get('accept-language'))
  return NextResponse.redirect(new URL(`/${locale}`, request.url), 307)
}

export const config = {
  matcher: ['/'],
}
