/**
 * What a translator sees beside each Chinese field: the English as published and, when the
 * Chinese is behind, the English the current Chinese was approved against (found in the
 * document's versions by the fingerprint the approval recorded), so the admin can show what
 * changed since.
 */
import type { PayloadRequest } from 'payload'

import type { ContentCollectionSlug } from '@/collections/slugs'

import { fingerprintOfLocale } from './fingerprint'
import { parityFields } from './parity'
import type { LocaleReview } from './reviewStates'

type Doc = Record<string, unknown>

export interface EnglishBeside {
  /** True when the English readers see moved on since the Chinese was approved. */
  behind: boolean
  /** Field name -> the English as published (else the latest English draft). */
  published: Record<string, unknown>
  /** Field name -> the English the Chinese was approved against; null when not known. */
  approved: Record<string, unknown> | null
}

export async function englishBesideOf(
  req: PayloadRequest,
  collection: ContentCollectionSlug,
  id: string,
): Promise<EnglishBeside | null> {
  const options = { collection, id, depth: 0, overrideAccess: false, user: req.user, req } as const
  let published: Doc
  try {
    published = (await req.payload.findByID({
      ...options,
      locale: 'all',
      draft: false,
    })) as unknown as Doc
  } catch {
    return null
  }
  const names = parityFields.filter((f) => f in published)
  const english = (doc: Doc) =>
    Object.fromEntries(
      names.map((f) => [f, ((doc[f] ?? {}) as Record<string, unknown>).en ?? null]),
    )
  const source = published.englishSource as { fingerprint?: string | null } | undefined
  const review = ((published.review as Record<string, LocaleReview> | undefined)?.zh ??
    {}) as LocaleReview
  const latest = (await req.payload.findByID({
    ...options,
    locale: 'all',
    draft: true,
  })) as unknown as Doc
  const latestReview = ((latest.review as Record<string, LocaleReview> | undefined)?.zh ??
    {}) as LocaleReview
  const approvedAgainst = latestReview.approvedAgainst ?? review.approvedAgainst ?? null
  const behind = Boolean(source?.fingerprint && approvedAgainst !== source.fingerprint)
  let approved: Record<string, unknown> | null = null
  if (behind && approvedAgainst) {
    const versions = await req.payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      locale: 'all',
      sort: '-updatedAt',
      limit: 200,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const match = versions.docs.find(
      (v) => fingerprintOfLocale(v.version as unknown as Doc, 'en') === approvedAgainst,
    )
    if (match) approved = english(match.version as unknown as Doc)
  }
  return { behind, published: english(published), approved }
}
