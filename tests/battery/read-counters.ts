/**
 * For the backup battery: prints, as JSON, the counter each given cause's newest English draft
 * summary holds ("backup counter N"; -1 when none) in the database DATABASE_URI names.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'

const payload = await getPayload({ config, disableOnInit: true })
const counters: Record<string, number> = {}
for (const id of process.argv.slice(2)) {
  const doc = await payload.findByID({ collection: 'causes', id, locale: 'en', draft: true, depth: 0, overrideAccess: true })
  const match = /backup counter (\d+)/.exec(String(doc.summary ?? ''))
  counters[id] = match ? Number(match[1]) : -1
}
console.log(JSON.stringify(counters))
await payload.destroy()
process.exit(0)
