/**
 * Parity of stored documents: reads the glossary and runs the pure checks of `parity.ts` over a
 * document read in every locale. Used by the workflow API (report and the approval rule), the
 * review panel and the translations-behind list.
 */
import type { PayloadRequest } from 'payload'

import { glossarySlug } from '@/collections/slugs'
import { defaultLocale, type Locale } from '@/i18n/locales'

import { checkParity, parityFieldsOf, type GlossaryTerm, type ParityReport } from './parity'

/** The glossary as the parity check needs it, read with the caller's rights (staff only). */
export async function glossaryForParity(req: PayloadRequest): Promise<GlossaryTerm[]> {
  const found = await req.payload.find({
    collection: glossarySlug,
    pagination: false,
    limit: 0,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return found.docs.map((term) => ({
    english: term.english,
    chinese: term.chinese,
    discouraged: term.discouraged ?? [],
    accepted: term.accepted ?? [],
    note: term.note ?? null,
  }))
}

/** The parity report of a document read with `locale: 'all'`, for one translated language. */
export function parityOfDocument(
  docWithLocales: Record<string, unknown>,
  glossary: GlossaryTerm[],
  locale: Locale,
): ParityReport {
  return checkParity(parityFieldsOf(docWithLocales, defaultLocale, locale), glossary)
}
