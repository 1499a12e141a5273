/**
 * The soak: readers, partners and editors at once against the production server for ten minutes
 * (`npm run test:battery`; half a minute in `npm test`). Readers walk every page of the sitemap
 * in both languages, the search and the FAQ pages; partners read lists, documents and the change
 * feed with a key; an editor changes a document every few seconds and a reviewer approves and
 * publishes it, so the response cache keeps being emptied and refilled. Nothing may answer
 * 5xx or fail to connect; the server's memory is sampled every two seconds and reported by quarter.
 */
import fs from 'node:fs'

import { recordFigure, scale, fullBattery } from './report'
import { startAppServer, type AppServer } from '../helpers/appServer'
import { registerFirstAdmin, restClient, type RestClient } from '../helpers/rest'

const section = 'Soak (readers, partners, editors)'
let app: AppServer
let rest: RestClient
const password = 'a-long-password-9'
const tokens = { admin: '', editor: '', reviewer: '' }
const partnerKey = `soak-partner-${Date.now()}`

const rssMB = () => {
  const status = fs.readFileSync(`/proc/${app.pid}/status`, 'utf8')
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024)
}

beforeAll(async () => {
  app = await startAppServer()
  rest = restClient(app.baseURL)
  tokens.admin = await registerFirstAdmin(rest, 'soak-admin@example.org', password)
  for (const [key, roles] of [['editor', ['editor']], ['reviewer', ['medicalReviewer']]] as const) {
    await rest.ok('POST', '/api/users', tokens.admin, { email: `soak-${key}@example.org`, password, name: `Soak ${key}`, roles })
    tokens[key] = await rest.login(`soak-${key}@example.org`, password)
  }
  await rest.ok('POST', '/api/partners', tokens.admin, { name: 'Soak clinic', enableAPIKey: true, apiKey: partnerKey, rateLimitPerMinute: 100_000 })
}, 180_000)

afterAll(async () => {
  await app?.stop()
})

test('mixed readers, partners and editors: zero 5xx, memory sampled throughout', async () => {
  const seconds = scale(30, 600)
  const sitemap = (await rest.call('GET', '/sitemap.xml')).text
  const pages = [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+([^<]*)<\/loc>/g)].map((m) => m[1])
  expect(pages.length).toBeGreaterThan(20)
  const readerPaths = [...pages, '/en/search?q=miscarriage', '/zh/search?q=流产', '/en/faqs', '/zh/faqs', '/en/no-such-page', '/sitemap.xml']
  const partnerPaths: string[] = []
  for (const type of ['topics', 'causes', 'treatments', 'faqs']) {
    for (const locale of ['en', 'zh']) {
      partnerPaths.push(`/api/v1/${type}?locale=${locale}&limit=20`)
      const list = JSON.parse((await rest.call('GET', `/api/v1/${type}?locale=${locale}&limit=5`, { headers: { authorization: `Bearer ${partnerKey}` } })).text) as { data: Array<{ slug: string }> }
      for (const doc of list.data) partnerPaths.push(`/api/v1/${type}/${doc.slug}?locale=${locale}`)
    }
  }
  partnerPaths.push('/api/v1/changes', '/api/v1/catalogue')

  // Documents the editor keeps changing: the seeded causes.
  const causes = (await rest.ok('GET', '/api/causes?locale=en&depth=0&limit=10', tokens.editor)).docs as Array<{ id: number; summary: string }>

  const statuses = new Map<string, number>()
  const failures: string[] = []
  const count = (status: number | string) => statuses.set(String(status), (statuses.get(String(status)) ?? 0) + 1)
  const note = (what: string, status: number, text = '') => {
    count(status)
    if (status >= 500 && failures.length < 20) failures.push(`${what}: ${status} ${text.slice(0, 200)}`)
  }
  const deadline = Date.now() + seconds * 1000
  let requests = 0
  let publishes = 0
  let editorErrors = 0

  const reader = async (offset: number) => {
    for (let i = offset; Date.now() < deadline; i += 7) {
      const path = readerPaths[i % readerPaths.length]
      try {
        const answer = await rest.call('GET', path, { headers: { 'accept-encoding': i % 2 ? 'br, gzip' : 'identity' } })
        note(path, answer.status, answer.text)
      } catch (error) {
        count('network error')
        if (failures.length < 20) failures.push(`${path}: ${String(error)}`)
      }
      requests++
    }
  }
  const partner = async (offset: number) => {
    for (let i = offset; Date.now() < deadline; i += 3) {
      const path = partnerPaths[i % partnerPaths.length]
      try {
        const answer = await rest.call('GET', path, { headers: { authorization: `Bearer ${partnerKey}` } })
        note(path, answer.status, answer.text)
      } catch (error) {
        count('network error')
        if (failures.length < 20) failures.push(`${path}: ${String(error)}`)
      }
      requests++
    }
  }
  const editor = async () => {
    for (let round = 0; Date.now() < deadline; round++) {
      const cause = causes[round % causes.length]
      const summary = `${cause.summary.replace(/ \(soak \d+\)$/, '')} (soak ${round})`.slice(0, 300)
      const steps: Array<[string, string, string, unknown]> = [
        ['PATCH', `/api/causes/${cause.id}?locale=en&draft=true`, tokens.editor, { summary }],
        ['POST', `/api/causes/${cause.id}/workflow`, tokens.editor, { action: 'submit', locale: 'en' }],
        ['POST', `/api/causes/${cause.id}/workflow`, tokens.reviewer, { action: 'approve', locale: 'en' }],
        ['POST', `/api/causes/${cause.id}/workflow`, tokens.reviewer, { action: 'publish', locale: 'en' }],
      ]
      for (const [method, url, token, body] of steps) {
        const answer = await rest.call(method, url, { token, body })
        note(`${method} ${url}`, answer.status, answer.text)
        if (answer.status >= 300) {
          editorErrors++
          break
        }
        requests++
      }
      if (steps.length) publishes++
      await new Promise((resolve) => setTimeout(resolve, 3_000))
    }
  }

  const samples: Array<{ t: number; rss: number }> = []
  const started = Date.now()
  const sampler = setInterval(() => samples.push({ t: Math.round((Date.now() - started) / 1000), rss: rssMB() }), 2_000)
  const progress = fullBattery ? setInterval(() => console.log(`soak ${Math.round((Date.now() - started) / 1000)}/${seconds} s: ${requests} requests, RSS ${rssMB()} MB`), 60_000) : null
  await Promise.all([...[0, 1, 2, 3, 4, 5].map(reader), ...[0, 1].map(partner), editor()])
  clearInterval(sampler)
  if (progress) clearInterval(progress)
  samples.push({ t: Math.round((Date.now() - started) / 1000), rss: rssMB() })

  // Still healthy afterwards.
  expect((await rest.call('GET', '/en')).status).toBe(200)

  // Memory: the median RSS of each quarter of the soak, and the change over the second half
  // (after warm-up: routes compiled, caches filled, the heap grown to its working size).
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
  const quarter = (q: number) => median(samples.filter((s) => s.t >= (seconds * q) / 4 && s.t <= (seconds * (q + 1)) / 4).map((s) => s.rss))
  const quarters = [0, 1, 2, 3].map(quarter)
  const growth = ((quarters[3] - quarters[1]) / quarters[1]) * 100
  const histogram = [...statuses.entries()].sort().map(([status, n]) => `${status}×${n}`).join(', ')

  recordFigure(section, 'duration', `${seconds} s`)
  recordFigure(section, 'requests (readers 6, partners 2, one editor)', `${requests} (${Math.round(requests / seconds)}/s)`)
  recordFigure(section, 'statuses', histogram)
  recordFigure(section, 'edit→approve→publish rounds (failed)', `${publishes} (${editorErrors})`)
  recordFigure(section, 'server RSS by quarter (median)', `${quarters.join(' → ')} MB, peak ${Math.max(...samples.map((s) => s.rss))} MB`)
  recordFigure(section, 'RSS change over the second half', `${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%`)

  expect(failures).toEqual([])
  expect(statuses.get('network error') ?? 0).toBe(0)
  expect(editorErrors).toBe(0)
}, 900_000)
