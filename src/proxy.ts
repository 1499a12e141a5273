import { NextResponse, type NextRequest } from 'next/server'

import { isLocale } from '@/i18n/locales'
import { negotiateLocale } from '@/i18n/negotiate'
import { localeCookie } from '@/i18n/preference'

/**
 * Picks the language for the bare root only: the reader's earlier choice on the language switch
 * (a cookie), else Accept-Language. Every other path already names its locale (or belongs to the
 * admin and the API, which this proxy never sees).
 */
export function proxy(request: NextRequest) {
  const chosen = request.cookies.get(localeCookie)?.value
  const locale = isLocale(chosen) ? chosen : negotiateLocale(request.headers.get('accept-language'))
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307)
  response.headers.set('vary', 'Accept-Language, Cookie')
  response.headers.set('cache-control', 'private, no-cache')
  return response
}

export const config = {
  matcher: ['/'],
}
