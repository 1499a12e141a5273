import { NotFoundDocument } from '@/components/NotFoundDocument'

import './(site)/[locale]/site.css'

/**
 * Paths no route matches. The language is unknown here, so the page says it in English and in
 * Chinese. (src/server.ts answers every site 404 with the localized NotFoundDocument; this is
 * what `next dev` and `next start` show.)
 */
export default function GlobalNotFound() {
  return <NotFoundDocument locale={null} />
}
