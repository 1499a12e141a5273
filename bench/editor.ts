/**
 * The soak's editor: every `--every` seconds publishes a change to one published document
 * through Payload's Local API from its own process (as a script or a second instance would),
 * alternating English and Chinese, so the server's change watcher, response cache purge and
 * partner change recorder all run during the soak. Written with `context.seeding` (the review
 * gate steps aside, as for the seed): the workflow's own cost is not what the soak measures.
 * Prints one JSON line per publish.
 *
 *   DATABASE_URI=file:... tsx --conditions=production bench/editor.ts --slugs a,b,c --every 5
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const argv = process.argv.slice(2)
const arg = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback
}
const slugs = arg('slugs', '').split(',').filter(Boolean)
const everyMs = Number(arg('every', '5')) * 1000
const collection = arg('collection', 'causes') as 'causes'

const payload = await getPayload({ config })
let n = 0
let stopping = false
process.on('SIGTERM', () => {
  stopping = true
})
console.log(JSON.stringify({ ready: true }))
while (!stopping) {
  const started = Date.now()
  const slug = slugs[n % slugs.length]
  const locale = n % 2 === 0 ? 'zh' : 'en'
  n++
  let attempts = 0
  // Another process (the server) may hold SQLite's write lock: retry like a patient script would.
  const retry = async <T,>(fn: () => Promise<T>): Promise<T> => {
    for (;;) {
      attempts++
      try {
        return await fn()
      } catch (error) {
        if (attempts >= 20 || !/SQLITE_BUSY|database is locked/.test(String((error as { cause?: unknown })?.cause ?? error) + String(error))) throw error
        await new Promise((r) => setTimeout(r, 100 * attempts))
      }
    }
  }
  try {
    const found = await retry(() => payload.find({ collection, where: { slug: { equals: slug } }, locale, limit: 1, depth: 0, overrideAccess: true }))
    const doc = found.docs[0] as unknown as { id: number; summary?: string } | undefined
    if (doc) {
      const base = String(doc.summary ?? '').replace(/ \[edit \d+\]$/, '').slice(0, 270)
      await retry(() => payload.update({
        collection,
        id: doc.id,
        locale,
        data: { summary: `${base} [edit ${n}]`, _status: 'published' } as never,
        overrideAccess: true, // a scripted editor standing in for a reviewed publish
        context: { seeding: true },
        depth: 0,
      }))
    }
    console.log(JSON.stringify({ publish: n, slug, locale, ms: Date.now() - started, attempts }))
  } catch (error) {
    console.log(JSON.stringify({ publish: n, slug, locale, attempts, error: error instanceof Error ? error.message.slice(0, 300) : String(error) }))
  }
  const wait = everyMs - (Date.now() - started)
  if (wait > 0) await new Promise((r) => setTimeout(r, wait))
}
await payload.destroy()
process.exit(0)
