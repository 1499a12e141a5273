/**
 * Writes the benchmark's scale data set into its own SQLite file through Payload's Local API,
 * the way the demo seed does (approved, published documents written with `context.seeding`, so
 * the review gate steps aside), and reports the import throughput.
 *
 *   tsx --conditions=production bench/generate.ts --db bench/.data/bench.db --docs 10000 \
 *       --measure-seconds 240 --out bench/.data/generate.json
 *
 * Documents are written one Local API call at a time (create in English, update in Chinese)
 * until `--measure-seconds` have passed: that is the import throughput the bench reports. The
 * rest of the data set is copied from those documents at the SQL level (new ids and slugs),
 * because the Local API is far too slow on SQLite to write 10,000 documents in a bench run.
 * Text is sampled from the demo seed (src/seed/data), both languages, with links rewritten to
 * point at documents of this data set. Then partners with API keys are created and the partner
 * API's change recorder is primed (and timed), as a serving process would on start.
 *
 * Run with DATABASE_URI=file:<db> in the environment (bench/run.ts does that), never against
 * the demo database: the file is deleted first.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

const args = parseArgs(process.argv.slice(2))
const dbFile = path.resolve(String(args.db ?? 'bench/.data/bench.db'))
const targetDocs = Number(args.docs ?? 10_000)
const measureSeconds = Number(args['measure-seconds'] ?? 240)
const outFile = path.resolve(String(args.out ?? 'bench/.data/generate.json'))
const partnerKeys = Number(args.partners ?? 16)

if (process.env.DATABASE_URI !== `file:${dbFile}`) {
  console.error(`generate.ts: set DATABASE_URI=file:${dbFile} (refusing to touch another database)`)
  process.exit(2)
}
for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true })
fs.mkdirSync(path.dirname(dbFile), { recursive: true })

// Imported after the environment check: the config reads DATABASE_URI when it loads.
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { blocksToLexical } = await import('@/seed/lexical')
const seedData = await import('@/seed/data')
const { contentFingerprint } = await import('@/editorial/fingerprint')

/** What the data set depends on: run.ts reuses a file whose recipe matches instead of rebuilding it. */
export function recipe(docs: number): string {
  const hash = crypto.createHash('sha256').update(String(docs))
  hash.update(fs.readFileSync(new URL(import.meta.url)))
  const migrations = path.resolve('migrations/sqlite')
  for (const name of fs.readdirSync(migrations).sort()) hash.update(name)
  return hash.digest('hex').slice(0, 16)
}

type Locale = 'en' | 'zh'
type Coll = 'topics' | 'causes' | 'treatments' | 'faqs'
type Block = { type: 'h2' | 'h3' | 'p'; text: string } | { type: 'ul' | 'ol'; items: string[] }
type Data = Record<string, unknown>

function parseArgs(argv: string[]): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {}
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (!a.startsWith('--')) continue
    const next = argv[i + 1]
    if (next !== undefined && !next.startsWith('--')) {
      out[a.slice(2)] = next
      i++
    } else out[a.slice(2)] = true
  }
  return out
}

/** mulberry32: a small seeded generator, so every run builds the same data set. */
function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = rng(20261125)
const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
function sample<T>(list: readonly T[], n: number): T[] {
  const out = new Set<T>()
  const want = Math.min(n, list.length)
  while (out.size < want) out.add(pick(list))
  return [...out]
}

// Pools of real (demo) text per language, sampled to build bodies of 5-10 KB.
const pools: Record<Locale, Block[]> = { en: [], zh: [] }
const titles: Record<Locale, string[]> = { en: [], zh: [] }
const summaries: Record<Locale, string[]> = { en: [], zh: [] }
const questions: Record<Locale, string[]> = { en: [], zh: [] }
for (const item of [...seedData.topics, ...seedData.causes, ...seedData.treatments]) {
  for (const locale of ['en', 'zh'] as const) {
    pools[locale].push(...(item.body[locale] as Block[]))
    titles[locale].push(item.title[locale])
    summaries[locale].push(item.summary[locale])
  }
}
for (const faq of seedData.faqs) {
  for (const locale of ['en', 'zh'] as const) {
    pools[locale].push(...(faq.answer[locale] as Block[]))
    questions[locale].push(faq.question[locale])
    summaries[locale].push(faq.summary[locale])
  }
}

// Collection sizes (10,000 in all at the default) and the order that lets links point backwards.
const shares: Array<[Coll, number]> = [
  ['treatments', 0.25],
  ['causes', 0.25],
  ['topics', 0.1],
  ['faqs', 0.4],
]
const wanted = Object.fromEntries(shares.map(([c, share]) => [c, Math.round(targetDocs * share)])) as Record<Coll, number>
/** Interleaved, so that the documents written through the Local API cover every collection. */
const plan: Array<{ collection: Coll; index: number }> = []
const pattern: Coll[] = ['treatments', 'causes', 'treatments', 'causes', 'topics', 'faqs', 'faqs', 'treatments', 'causes', 'faqs', 'faqs', 'treatments', 'causes', 'topics', 'faqs', 'faqs', 'treatments', 'causes', 'faqs', 'faqs']
{
  const next: Record<Coll, number> = { topics: 0, causes: 0, treatments: 0, faqs: 0 }
  while (plan.length < targetDocs) {
    let added = false
    for (const c of pattern) {
      if (next[c] < wanted[c] && plan.length < targetDocs) {
        plan.push({ collection: c, index: next[c]++ })
        added = true
      }
    }
    if (!added) break
  }
}

const ids = new Map<string, number | string>()
/** Documents committed so far: links point only at these (validation reads outside a batch's transaction). */
const created: Record<Coll, string[]> = { topics: [], causes: [], treatments: [], faqs: [] }
let pending: Array<[Coll, string]> = []
const publicZh: Record<Coll, string[]> = { topics: [], causes: [], treatments: [], faqs: [] }
const publicEn: Record<Coll, string[]> = { topics: [], causes: [], treatments: [], faqs: [] }
let sourceIds: Array<number | string> = []

const linkPattern = /\[([^\]]+)\]\(([a-z]+)\/([a-z0-9-]+)\)/g

/** Demo text whose links now point at documents of this data set created so far. */
function relink(text: string): string {
  return text.replace(linkPattern, (_m, label: string, collection: string) => {
    const c = (['topics', 'causes', 'treatments', 'faqs'] as const).includes(collection as Coll) ? (collection as Coll) : 'topics'
    const pool = created[c].length ? created[c] : created.treatments
    if (!pool.length) return label
    return `[${label}](${c}/${pick(pool)})`
  })
}

function relinkBlock(block: Block): Block {
  return 'items' in block ? { ...block, items: block.items.map(relink) } : { ...block, text: relink(block.text) }
}

function body(locale: Locale): Data {
  const target = between(5 * 1024, 10 * 1024)
  const blocks: Block[] = [{ type: 'h2', text: pick(titles[locale]) }]
  for (;;) {
    blocks.push(relinkBlock(pick(pools[locale])))
    const { state } = blocksToLexical(blocks as never, (collection, slug) => ids.get(`${collection}/${slug}`))
    if (Buffer.byteLength(JSON.stringify(state)) >= target) return state as unknown as Data
  }
}

const clip = (text: string, max: number) => ([...text].length > max ? [...text].slice(0, max - 1).join('') + '…' : text)

const reviewDates = { lastReviewed: '2026-10-15T00:00:00.000Z', nextReviewDue: '2027-10-15T00:00:00.000Z' }

function approval(state: 'approved' | 'inReview' | 'draft', fingerprint: string, locale: Locale, englishFingerprint: string): Data {
  return {
    state,
    approvedFingerprint: state === 'approved' ? fingerprint : null,
    changedBy: null,
    changedAt: null,
    submittedBy: null,
    submittedAt: state === 'inReview' ? new Date().toISOString() : null,
    approvedBy: null,
    approvedAt: state === 'approved' ? reviewDates.lastReviewed : null,
    reviewerName: state === 'approved' ? 'Dr Morgan Reed (bench)' : null,
    reviewerCredentials: state === 'approved' ? (locale === 'en' ? 'MD (fictional bench reviewer)' : '医学博士（虚构的基准测试审核人）') : null,
    lastReviewed: state === 'approved' ? reviewDates.lastReviewed : null,
    nextReviewDue: state === 'approved' ? reviewDates.nextReviewDue : null,
    approvedAgainst: locale === 'en' || state !== 'approved' ? null : englishFingerprint,
    approvedAgainstVersion: null,
  }
}

const idsOf = (c: Coll, slugs: string[]) => slugs.map((s) => ids.get(`${c}/${s}`)).filter((v) => v !== undefined)

/** Shared fields (slug, cross-links, sources) and the text of each language. */
function documentData(collection: Coll, index: number) {
  const base = collection === 'faqs' ? 'question' : collection.replace(/s$/, '')
  const slug = `${base}-${String(index).padStart(5, '0')}-${crypto.createHash('sha1').update(`${collection}${index}`).digest('hex').slice(0, 6)}`
  const shared: Data = { slug, sources: sample(sourceIds, between(1, 3)) }
  if (collection === 'causes') shared.treatments = idsOf('treatments', sample(created.treatments, between(1, 3)))
  if (collection === 'topics') {
    shared.order = index + 1
    shared.relatedTopics = idsOf('topics', sample(created.topics, between(0, 3)))
    shared.causes = idsOf('causes', sample(created.causes, between(1, 4)))
    shared.treatments = idsOf('treatments', sample(created.treatments, between(1, 3)))
  }
  if (collection === 'faqs') {
    shared.subject = pick(['understanding', 'causes', 'tests', 'treatment', 'next-pregnancy', 'support'])
    shared.topics = idsOf('topics', sample(created.topics, between(1, 2)))
    shared.causes = idsOf('causes', sample(created.causes, between(0, 2)))
    shared.treatments = idsOf('treatments', sample(created.treatments, between(0, 2)))
  }
  const perLocale = {} as Record<Locale, Data>
  for (const locale of ['en', 'zh'] as const) {
    const n = ` (${index})`
    perLocale[locale] =
      collection === 'faqs'
        ? { question: clip(pick(questions[locale]), 150) + n, summary: clip(pick(summaries[locale]), 290), answer: body(locale) }
        : { title: clip(pick(titles[locale]), 110) + n, summary: clip(pick(summaries[locale]), 290), body: body(locale) }
  }
  return { slug, shared, perLocale }
}

type Fate = 'published' | 'englishDraft' | 'chineseInReview' | 'englishOnly'
function fateOf(): Fate {
  const r = random()
  if (r < 0.04) return 'englishDraft'
  if (r < 0.14) return 'chineseInReview'
  if (r < 0.17) return 'englishOnly'
  return 'published'
}

const fates: Record<Fate, number> = { published: 0, englishDraft: 0, chineseInReview: 0, englishOnly: 0 }
const templateFates: Record<Coll, Record<Fate, number>> = {
  topics: { published: 0, englishDraft: 0, chineseInReview: 0, englishOnly: 0 },
  causes: { published: 0, englishDraft: 0, chineseInReview: 0, englishOnly: 0 },
  treatments: { published: 0, englishDraft: 0, chineseInReview: 0, englishOnly: 0 },
  faqs: { published: 0, englishDraft: 0, chineseInReview: 0, englishOnly: 0 },
}

async function writeDocument(payload: Payload, collection: Coll, index: number, req?: PayloadRequest): Promise<void> {
  const { slug, shared, perLocale } = documentData(collection, index)
  const fate = fateOf()
  fates[fate]++
  templateFates[collection][fate]++
  const fp = { en: contentFingerprint(perLocale.en, shared), zh: contentFingerprint(perLocale.zh, shared) }
  const common = { overrideAccess: true, context: { seeding: true }, depth: 0, ...(req ? { req } : {}) } as const
  const enPublished = fate !== 'englishDraft'
  const en = {
    ...shared,
    ...perLocale.en,
    review: approval(enPublished ? 'approved' : 'draft', fp.en, 'en', fp.en),
    englishSource: { fingerprint: enPublished ? fp.en : null, updatedAt: reviewDates.lastReviewed, versionId: null },
    _status: enPublished ? 'published' : 'draft',
  }
  const doc = await payload.create({
    collection: collection as CollectionSlug,
    data: en as never,
    locale: 'en',
    draft: !enPublished,
    ...common,
  })
  ids.set(`${collection}/${slug}`, doc.id)
  if (req) pending.push([collection, slug])
  else created[collection].push(slug)
  if (enPublished) publicEn[collection].push(slug)
  if (fate === 'englishOnly') return
  const zhPublished = fate === 'published'
  await payload.update({
    collection: collection as CollectionSlug,
    id: doc.id,
    data: { ...perLocale.zh, review: approval(zhPublished ? 'approved' : fate === 'chineseInReview' ? 'inReview' : 'draft', fp.zh, 'zh', fp.en), _status: zhPublished ? 'published' : 'draft' } as never,
    locale: 'zh',
    draft: !zhPublished,
    ...common,
  })
  if (zhPublished) publicZh[collection].push(slug)
}

const log = (line: string) => console.log(`[generate] ${line}`)

const payload = await getPayload({ config })
const t0 = Date.now()
await payload.db.migrate()
log(`database migrated in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${dbFile}`)

// Sources: the demo's guidelines plus generated ones (one status for both languages).
const sourceDocs: Data[] = [...seedData.sources.map((s) => ({ ...s }))]
for (let i = 0; i < 40; i++) {
  sourceDocs.push({ slug: `bench-source-${i}`, title: `Guideline on recurrent pregnancy loss, part ${i + 1}`, organisation: 'Bench Society of Obstetrics', year: 2000 + (i % 25), url: `https://example.org/guidelines/${i}` })
}
for (const s of sourceDocs) {
  const doc = await payload.create({ collection: 'sources' as CollectionSlug, data: { ...s, _status: 'published' } as never, overrideAccess: true, context: { seeding: true }, depth: 0 })
  sourceIds.push(doc.id)
}

let written = 0
const progressEvery = Math.max(50, Math.round(targetDocs / 40))
const measureStart = Date.now()
let measured = { docs: 0, seconds: 0 }
let i = 0
// Phase 1: one document at a time, as the seeder and any importer would write through Payload.
for (; i < plan.length; i++) {
  const elapsed = (Date.now() - measureStart) / 1000
  if (elapsed >= measureSeconds) break
  await writeDocument(payload, plan[i].collection, plan[i].index)
  written++
  if (written % progressEvery === 0) log(`${written}/${plan.length} documents, ${(written / ((Date.now() - measureStart) / 1000)).toFixed(1)} docs/s (one call at a time)`)
}
measured = { docs: written, seconds: (Date.now() - measureStart) / 1000 }
log(`import: ${measured.docs} documents in ${measured.seconds.toFixed(1)} s = ${(measured.docs / measured.seconds).toFixed(1)} docs/s`)

// Phase 2: the rest of the data set by copying the documents written so far at the SQL level
// (documents, localized rows, relationships and versions, with new ids and slugs): the Local API
// on this database writes about ten documents a second, too slow to write 10,000 in a bench run.
// Copies keep the templates' bodies, languages, review records, publish states and cross-links.
const fillStart = Date.now()
let copied = 0
if (i < plan.length) {
  const client = (payload.db as unknown as { client: { execute: (q: string) => Promise<{ rows: Array<Record<string, unknown>> }>; batch: (q: string[], mode: string) => Promise<unknown> } }).client
  const columns = async (table: string) => (await client.execute(`PRAGMA table_info("${table}")`)).rows.map((r) => String(r.name))
  const tableExists = async (table: string) => (await client.execute(`SELECT name FROM sqlite_master WHERE type='table' AND name='${table}'`)).rows.length > 0
  for (const [collection] of shares) {
    const have = (await client.execute(`SELECT COUNT(*) AS n, MAX(id) AS m FROM "${collection}"`)).rows[0]
    const templates = Number(have.n)
    const maxId = Number(have.m) + 1
    const maxVersion = Number((await client.execute(`SELECT MAX(id) AS m FROM "_${collection}_v"`)).rows[0].m) + 1
    let missing = wanted[collection] - templates
    for (let round = 1; missing > 0 && templates > 0; round++) {
      const take = Math.min(missing, templates)
      const ids = (await client.execute(`SELECT id FROM "${collection}" ORDER BY id LIMIT ${take}`)).rows.map((r) => Number(r.id))
      const inList = `(${ids.join(',')})`
      const off = round * maxId
      const statements: string[] = []
      const copy = async (table: string, map: Record<string, string>, where: string) => {
        if (!(await tableExists(table))) return
        const cols = await columns(table)
        const select = cols.map((c) => map[c] ?? `"${c}"`).join(', ')
        statements.push(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) SELECT ${select} FROM "${table}" WHERE ${where}`)
      }
      const suffix = `'-r${round}'`
      await copy(collection, { id: `id + ${off}`, slug: `slug || ${suffix}` }, `id IN ${inList}`)
      await copy(`${collection}_locales`, { id: 'NULL', _parent_id: `_parent_id + ${off}` }, `_parent_id IN ${inList}`)
      await copy(`${collection}_rels`, { id: 'NULL', parent_id: `parent_id + ${off}` }, `parent_id IN ${inList}`)
      const vOff = round * maxVersion
      const versionIds = `(SELECT id FROM "_${collection}_v" WHERE parent_id IN ${inList})`
      await copy(`_${collection}_v`, { id: `id + ${vOff}`, parent_id: `parent_id + ${off}`, version_slug: `version_slug || ${suffix}` }, `parent_id IN ${inList}`)
      await copy(`_${collection}_v_locales`, { id: 'NULL', _parent_id: `_parent_id + ${vOff}` }, `_parent_id IN ${versionIds}`)
      await copy(`_${collection}_v_rels`, { id: 'NULL', parent_id: `parent_id + ${vOff}` }, `parent_id IN ${versionIds}`)
      await client.batch(statements, 'write')
      missing -= take
      copied += take
      written += take
      for (const [fate, n] of Object.entries(templateFates[collection])) fates[fate as Fate] += Math.round((n * take) / Math.max(1, templates))
    }
    log(`${collection}: ${wanted[collection]} documents (${templates} written through the Local API, the rest copied)`)
  }
}
const fill = { docs: copied, seconds: (Date.now() - fillStart) / 1000 }
if (copied) log(`copied ${copied} documents at the SQL level in ${fill.seconds.toFixed(1)} s`)

// Partners with API keys for the partner API rows (16 keys: see README, rate limit per key).
const keys: string[] = []
for (let k = 0; k < partnerKeys; k++) {
  const key = crypto.randomBytes(24).toString('base64url')
  await payload.create({
    collection: 'partners' as CollectionSlug,
    data: { name: `Bench partner ${k + 1}`, enableAPIKey: true, apiKey: key, rateLimitPerMinute: 100_000 } as never,
    overrideAccess: true,
    depth: 0,
  })
  keys.push(key)
}

// Prime the partner API's change recorder the way a serving process does on start, and time it:
// the server would otherwise spend its first minutes (and the measurements) doing this.
let recorder: { firstSeconds: number; firstChanges: number; repeatSeconds: number } | null = null
try {
  const { recordChanges } = await import('@/partner-api/changes')
  const r0 = Date.now()
  const first = await recordChanges(payload)
  const r1 = Date.now()
  log(`change recorder, first sweep: ${first.length} feed rows in ${((r1 - r0) / 1000).toFixed(1)} s`)
  await recordChanges(payload)
  const r2 = Date.now()
  log(`change recorder, sweep with nothing changed: ${((r2 - r1) / 1000).toFixed(1)} s`)
  recorder = { firstSeconds: (r1 - r0) / 1000, firstChanges: first.length, repeatSeconds: (r2 - r1) / 1000 }
} catch (error) {
  log(`change recorder not primed: ${error instanceof Error ? error.message : String(error)}`)
}

// Documents a Chinese reader can open (published and approved in Chinese), for the measured URLs.
const zhPublic = await payload.find({
  collection: 'causes' as CollectionSlug,
  locale: 'zh',
  fallbackLocale: false,
  overrideAccess: false,
  user: null,
  draft: false,
  where: { title: { exists: true } },
  select: { slug: true },
  sort: 'id',
  limit: 260,
  depth: 0,
})
const zhSlugs = zhPublic.docs.map((d) => String((d as unknown as { slug: string }).slug))
const sizes = await Promise.all(
  (['topics', 'causes', 'treatments', 'faqs'] as const).map(async (c) => [c, (await payload.count({ collection: c as CollectionSlug, overrideAccess: true })).totalDocs] as const),
)
const result = {
  recipe: recipe(targetDocs),
  generatedAt: new Date().toISOString(),
  dbFile,
  documents: written,
  collections: Object.fromEntries(sizes),
  fates,
  import: { ...measured, docsPerSecond: measured.docs / measured.seconds, mode: 'one Local API create (en) + update (zh) per document, no batching' },
  bulk: null,
  copied: copied ? { ...fill, mode: 'SQL copies of the documents above (new ids and slugs), not the Local API' } : null,
  recorder,
  dbBytes: fs.statSync(dbFile).size,
  samples: {
    zhCause: zhSlugs[Math.floor(zhSlugs.length / 3)] ?? null,
    zhCauses: zhSlugs.slice(0, 200),
    enCause: publicEn.causes[0] ?? null,
    editable: zhSlugs.slice(200, 250),
  },
  partnerKeys: keys,
  totalSeconds: (Date.now() - t0) / 1000,
}
fs.mkdirSync(path.dirname(outFile), { recursive: true })
fs.writeFileSync(outFile, JSON.stringify(result, null, 2))
log(`done: ${written} documents (${JSON.stringify(result.collections)}), database ${(result.dbBytes / 1e6).toFixed(0)} MB, ${result.totalSeconds.toFixed(0)} s`)
await payload.destroy()
process.exit(0)
