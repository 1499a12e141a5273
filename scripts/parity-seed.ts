/**
 * Runs the parity checks over the demo content as written in src/seed/data (no database):
 * `npx tsx scripts/parity-seed.ts [--glossary] [--list]`. Prints the number of mismatches per
 * kind (open: not acknowledged in src/seed/data/parityAcknowledgements.ts), and with --list every
 * open mismatch with both sides' sentences and every acknowledged one with its reason.
 */
import type { GlossaryTerm } from '../src/editorial/parity'
import { seedParityReports } from '../src/seed/parity'

const args = new Set(process.argv.slice(2))

async function glossary(): Promise<GlossaryTerm[]> {
  if (!args.has('--glossary')) return []
  const { glossaryTerms } = await import('../src/seed/data/glossary')
  return glossaryTerms
}

async function main() {
  const reports = seedParityReports(await glossary())
  const byKind: Record<string, number> = {}
  let total = 0
  let documents = 0
  let acknowledged = 0
  for (const report of reports) {
    if (report.open.length > 0) documents += 1
    acknowledged += report.acknowledged.length
    for (const m of report.open) {
      byKind[m.kind] = (byKind[m.kind] ?? 0) + 1
      total += 1
      if (args.has('--list'))
        console.log(
          `${report.document} [${m.field}] ${m.kind}: ${m.message}\n  EN: ${m.en}\n  ZH: ${m.zh}`,
        )
    }
    if (args.has('--list'))
      for (const m of report.acknowledged)
        console.log(
          `${report.document} [${m.field}] ${m.kind} (acknowledged by ${m.acknowledgement.acknowledgedBy}, ${m.acknowledgement.date}: ${m.acknowledgement.reason}): ${m.message}`,
        )
  }
  console.log(
    JSON.stringify({
      documents: reports.length,
      withMismatches: documents,
      total,
      byKind,
      acknowledged,
    }),
  )
}

void main()
