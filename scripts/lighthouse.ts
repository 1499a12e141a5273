/**
 * Lighthouse on a Chinese cause page in mobile emulation (Lighthouse's default: a mid-range
 * phone on a throttled 4G connection), against the production build on a throw-away database
 * seeded with the demo content. Prints the four category scores; it asserts nothing.
 *
 *   npx tsx --conditions=production scripts/lighthouse.ts [path] [--base=http://host:port]
 *
 * path defaults to /zh/causes/endocrine; --base uses a running server instead of starting one.
 * The browser is Debian's Chromium (CHROMIUM_PATH to change it).
 */
import * as chromeLauncher from 'chrome-launcher' // Lighthouse's own launcher (a dependency of lighthouse)
import lighthouse from 'lighthouse'

import { startAppServer, type AppServer } from './lib/appServer'

import { buildIfNeeded } from './build-if-needed'

const args = process.argv.slice(2)
const pagePath = args.find((a) => a.startsWith('/')) ?? '/zh/causes/endocrine'
const base = args.find((a) => a.startsWith('--base='))?.slice('--base='.length)
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const

let app: AppServer | null = null
if (!base) {
  buildIfNeeded()
  app = await startAppServer()
}
const url = `${base ?? app?.baseURL}${pagePath}`
// Warm the server (first renders, the response cache) so the run measures a served page.
await fetch(url)
await fetch(url)

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
try {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
  })
  if (!result) throw new Error('Lighthouse returned no result')
  const { lhr } = result
  console.log(
    `Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor} emulation, ${url}`,
  )
  for (const id of categories) {
    const category = lhr.categories[id]
    console.log(`  ${category.title.padEnd(16)} ${Math.round((category.score ?? 0) * 100)}`)
  }
  for (const id of categories) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id]
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        console.log(
          `  - ${id}: ${audit.id} ${Math.round(audit.score * 100)} ${audit.displayValue ?? ''}`.trimEnd(),
        )
      }
    }
  }
  for (const metric of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    console.log(`  ${metric}: ${lhr.audits[metric]?.displayValue ?? '?'}`)
  }
} finally {
  chrome.kill()
  await app?.stop()
}
