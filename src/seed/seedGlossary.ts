/**
 * Writes the demo glossary: a term that is missing is created; one that exists is left as it
 * is, since editors keep the glossary (a second run writes nothing).
 */
import type { Payload } from 'payload'

import { glossarySlug } from '@/collections/slugs'

import { glossaryTerms } from './data/glossary'

export async function seedGlossary(payload: Payload): Promise<number> {
  const existing = await payload.find({
    collection: glossarySlug,
    limit: 0,
    pagination: false,
    depth: 0,
    // The seed is a script acting with full rights (see seedDemoContent).
    overrideAccess: true,
  })
  const known = new Set(existing.docs.map((doc) => doc.english.toLowerCase()))
  let created = 0
  for (const term of glossaryTerms) {
    if (known.has(term.english.toLowerCase())) continue
    await payload.create({
      collection: glossarySlug,
      data: {
        english: term.english,
        chinese: term.chinese,
        discouraged: term.discouraged,
        accepted: term.accepted ?? [],
        note: term.note ?? null,
        source: term.source,
      },
      depth: 0,
      overrideAccess: true,
    })
    created += 1
  }
  return created
}
