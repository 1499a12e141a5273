/**
 * Runs the parity checks over the demo content as written in src/seed/data (no database):
 * `npx tsx scripts/parity-seed.ts [--glossary] [--list]`. Prints the number of mismatches per
 * kind, and with --list every mismatch with both sides' sentences.
 */
import { checkParity, type GlossaryTerm, type ParityField } from '../src/editorial/parity'
import { causes, faqs, topics, treatments } from '../src/seed/data'
import { blocksToLexical } from '../src/seed/lexical'

const args = new Set(process.argv.slice(2))
// Links are compared by collection/slug here: every seed link resolves to its own slug.
const resolve = (collection: string, slug: string) => `${collection}:${slug}`

async function glossary(): Promise<GlossaryTerm[]> {
  if (!args.has('--glossary')) return []
  const { glossaryTerms } = await import('../src/seed/data/glossary')
  return glossaryTerms
}

async function main() {
  const terms = await glossary()
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
  const byKind: Record<string, number> = {}
  let total = 0
  let documents = 0
  for (const doc of docs) {
    const fields: ParityField[] = [
      { name: 'title', en: doc.title.en, zh: doc.title.zh },
      { name: 'summary', en: doc.summary.en, zh: doc.summary.zh },
      {
        name: 'body',
        en: blocksToLexical(doc.body.en, resolve).state,
        zh: blocksToLexical(doc.body.zh, resolve).state,
      },
    ]
    const report = checkParity(fields, terms)
    if (report.mismatches.length > 0) documents += 1
    for (const m of report.mismatches) {
      byKind[m.kind] = (byKind[m.kind] ?? 0) + 1
      total += 1
      if (args.has('--list'))
        console.log(`${doc.key} [${m.field}] ${m.kind}: ${m.message}\n  EN: ${m.en}\n  ZH: ${m.zh}`)
    }
  }
  console.log(JSON.stringify({ documents: docs.length, withMismatches: documents, total, byKind }))
}

void main()
