/**
 * `npm run seed`: writes the EN+ZH demo content into the configured database. Never creates
 * user accounts (`npm run demo` does that) and never deletes anything.
 */
import { getPayload } from 'payload'

import config from '@payload-config'

import { seedDemoContent } from './seedContent'

const payload = await getPayload({ config })
const started = Date.now()
try {
  const report = await seedDemoContent(payload, { log: (line) => console.log(`  ${line}`) })
  const { created, updated, unchanged, kept } = report.counts
  console.log(
    `Seed done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${created} created, ${updated} updated, ` +
      `${unchanged} unchanged, ${kept} kept as edited by people.`,
  )
  if (report.unresolved.length > 0) {
    console.error(`Links that could not be resolved:\n  ${report.unresolved.join('\n  ')}`)
    process.exitCode = 1
  }
} finally {
  await payload.destroy()
}
process.exit(process.exitCode ?? 0)
