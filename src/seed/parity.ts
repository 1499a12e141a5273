/**
 * The parity checks over the demo content as written in src/seed/data (no database), with the
 * demo reviewer's acknowledgements applied: used by scripts/parity-seed.ts and the unit test that
 * keeps the seed free of open mismatches.
 */
import {
  checkParity,
  type GlossaryTerm,
  type ParityField,
  type ParityMismatch,
} from '@/editorial/parity'
import { causes, faqs, topics, treatments } from './data'
import {
  acknowledgedMismatches,
  parityAcknowledgements,
  type ParityAcknowledgement,
} from './data/parityAcknowledgements'
import { blocksToLexical } from './lexical'

// Links are compared by collection/slug here: every seed link resolves to its own slug.
const resolve = (collection: string, slug: string) => `${collection}:${slug}`

export interface SeedParityReport {
  document: string
  open: ParityMismatch[]
  acknowledged: Array<ParityMismatch & { acknowledgement: ParityAcknowledgement }>
}

export function seedParityReports(
  glossary: GlossaryTerm[],
  acknowledgements: readonly ParityAcknowledgement[] = parityAcknowledgements,
): SeedParityReport[] {
  const docs = [
    ...topics.map((d) => ({
      key: `topics/${d.slug}`,
      title: d.title,
      summary: d.summary,
      body: d.body,
    })),
    ...causes.map((d) => ({
      key: `causes/${d.slug}`,
      title: d.title,
      summary: d.summary,
      body: d.body,
    })),
    ...treatments.map((d) => ({
      key: `treatments/${d.slug}`,
      title: d.title,
      summary: d.summary,
      body: d.body,
    })),
    ...faqs.map((d) => ({
      key: `faqs/${d.slug}`,
      title: d.question,
      summary: d.summary,
      body: d.answer,
    })),
  ]
  return docs.map((doc) => {
    const fields: ParityField[] = [
      { name: 'title', en: doc.title.en, zh: doc.title.zh },
      { name: 'summary', en: doc.summary.en, zh: doc.summary.zh },
      {
        name: 'body',
        en: blocksToLexical(doc.body.en, resolve).state,
        zh: blocksToLexical(doc.body.zh, resolve).state,
      },
    ]
    const report = checkParity(fields, glossary)
    return {
      document: doc.key,
      ...acknowledgedMismatches(doc.key, report.mismatches, acknowledgements),
    }
  })
}
