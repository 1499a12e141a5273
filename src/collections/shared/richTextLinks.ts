import { linkableCollectionSlugs, type ContentCollectionSlug } from '../slugs'

export interface InternalLinkRef {
  relationTo: ContentCollectionSlug
  value: number | string
}

/** Every internal document link in a Lexical document, in reading order, without repeats. */
export function internalLinksIn(state: unknown): InternalLinkRef[] {
  const found: InternalLinkRef[] = []
  const seen = new Set<string>()
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    if (record.type === 'link' || record.type === 'autolink') {
      const fields = record.fields as { linkType?: string; doc?: { relationTo?: string; value?: unknown } } | undefined
      const doc = fields?.doc
      if (fields?.linkType === 'internal' && doc && (linkableCollectionSlugs as readonly string[]).includes(doc.relationTo ?? '')) {
        const raw = doc.value
        const value = raw && typeof raw === 'object' ? (raw as { id?: number | string }).id : raw
        if (typeof value === 'number' || typeof value === 'string') {
          const key = `${doc.relationTo}:${value}`
          if (!seen.has(key)) {
            seen.add(key)
            found.push({ relationTo: doc.relationTo as ContentCollectionSlug, value })
          }
        }
      }
    }
    const children = record.children ?? (record.root ? [record.root] : undefined)
    if (Array.isArray(children)) children.forEach(visit)
  }
  visit(state)
  return found
}
