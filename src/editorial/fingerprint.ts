import crypto from 'node:crypto'

/**
 * Fields whose text a reviewer signs off, per collection. Shared fields (slug, cross-links,
 * sources) count for every language: a changed link changes every page that shows it.
 */
export const reviewedLocalizedFields = ['title', 'question', 'summary', 'body', 'answer'] as const
export const reviewedSharedFields = [
  'slug',
  'subject',
  'relatedTopics',
  'causes',
  'treatments',
  'topics',
  'sources',
] as const

/** A source's citation, all of it shared by both languages: any change is a change readers see. */
export const reviewedSourceFields = ['slug', 'title', 'organisation', 'year', 'publication', 'url', 'doi', 'pmid'] as const

export interface ReviewedFields {
  localized: readonly string[]
  shared: readonly string[]
}
const contentFields: ReviewedFields = { localized: reviewedLocalizedFields, shared: reviewedSharedFields }
const sourceFields: ReviewedFields = { localized: [], shared: reviewedSourceFields }

/** What a reviewer signs off in a document of this collection. */
export const reviewedFieldsOf = (collection: string): ReviewedFields => (collection === 'sources' ? sourceFields : contentFields)

function idsOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(idsOnly)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    // Lexical node ids and join results are not content.
    return Object.fromEntries(
      Object.entries(record)
        .filter(([key, v]) => v !== undefined && key !== '$' && key !== 'docs')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, v]) => [key, idsOnly(v)]),
    )
  }
  return value ?? null
}

/**
 * A short hash of what a reader of one language sees of a document: its text in that language
 * plus the shared fields. Approval stores it; publishing compares it.
 */
export function contentFingerprint(
  localized: Record<string, unknown>,
  shared: Record<string, unknown>,
  fields: ReviewedFields = contentFields,
): string {
  const picked = {
    localized: Object.fromEntries(fields.localized.map((f) => [f, idsOnly(localized[f])])),
    shared: Object.fromEntries(fields.shared.map((f) => [f, idsOnly(shared[f])])),
  }
  return crypto.createHash('sha256').update(JSON.stringify(picked)).digest('hex').slice(0, 32)
}

/** Same, for a document read with `locale: 'all'` (localized fields keyed by locale). */
export function fingerprintOfLocale(
  docWithLocales: Record<string, unknown>,
  locale: string,
  fields: ReviewedFields = contentFields,
): string {
  const localized: Record<string, unknown> = {}
  for (const field of fields.localized) {
    const byLocale = docWithLocales[field] as Record<string, unknown> | null | undefined
    localized[field] = byLocale?.[locale] ?? null
  }
  return contentFingerprint(localized, docWithLocales, fields)
}
