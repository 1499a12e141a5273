'use client'

import { usePathname } from 'next/navigation'

import { isLocale } from '@/i18n/locales'

import { NotFoundContent } from './NotFoundContent'

/**
 * The not-found boundary of the site's pages, as Next renders it in the browser (a notFound()
 * from a page; src/server.ts answers the HTML request itself with NotFoundDocument). Next gives a
 * not-found boundary no route params, so the language comes from the path.
 */
export function LocalizedNotFound() {
  const first = usePathname()?.split('/')[1]
  return <NotFoundContent locale={isLocale(first) ? first : null} />
}
