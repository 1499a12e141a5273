/**
 * Regenerates the screenshots under docs/screenshots/: the home page, a cause page and the
 * questions-and-answers page, in English and Chinese, on a phone (390 px) and a desktop (1280 px).
 * Builds if the sources changed, then serves the production build on a throw-away database
 * seeded with the demo content, as the end-to-end tests do.
 *
 *   npx tsx --conditions=production scripts/screenshots.ts
 *
 * Chinese text needs a CJK font (Debian: fonts-noto-cjk), or it shows as boxes.
 */
import fs from 'node:fs'
import path from 'node:path'

import { startAppServer } from './lib/appServer'
import { launchBrowser } from './lib/browser'

import { buildIfNeeded } from './build-if-needed'

const outDir = path.join(process.cwd(), 'docs', 'screenshots')
const pages = [
  { name: 'home', path: '' },
  { name: 'cause', path: '/causes/endocrine' },
  { name: 'faq', path: '/faqs' },
]
const locales = ['en', 'zh'] as const
const viewports = [
  { name: 'mobile', width: 390, height: 844, isMobile: true },
  { name: 'desktop', width: 1280, height: 900, isMobile: false },
]
/** Long pages are cut here: the top of a page shows its design; the rest is more of the same. */
const maxHeight = { mobile: 4000, desktop: 3000 }

if (!fs.existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')) {
  console.warn('fonts-noto-cjk is not installed: Chinese text will show as boxes.')
}

buildIfNeeded()
fs.mkdirSync(outDir, { recursive: true })
const app = await startAppServer()
const browser = await launchBrowser()
try {
  for (const viewport of viewports) {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      isMobile: viewport.isMobile,
      hasTouch: viewport.isMobile,
      deviceScaleFactor: 1,
    })
    const page = await context.newPage()
    for (const locale of locales) {
      for (const target of pages) {
        const response = await page.goto(`${app.baseURL}/${locale}${target.path}`, {
          waitUntil: 'load',
        })
        if (response?.status() !== 200)
          throw new Error(`/${locale}${target.path} answered ${response?.status()}`)
        await page.evaluate(() => document.fonts.ready)
        const height = await page.evaluate(() => document.documentElement.scrollHeight)
        const file = path.join(outDir, `${target.name}-${locale}-${viewport.name}.png`)
        await page.screenshot({
          path: file,
          fullPage: true,
          clip: {
            x: 0,
            y: 0,
            width: viewport.width,
            height: Math.min(height, maxHeight[viewport.name as 'mobile' | 'desktop']),
          },
        })
        console.log(path.relative(process.cwd(), file))
      }
    }
    await context.close()
  }
} finally {
  await browser.close()
  await app.stop()
}
