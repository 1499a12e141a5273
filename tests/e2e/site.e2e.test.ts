/**
 * The public site as readers, crawlers and assistive technology meet it, on the production build
 * (src/server.ts) in headless Chromium: every page of the sitemap in both languages, checked for
 * broken internal links, reciprocal hreflang alternates, WCAG 2.2 AA (axe-core), the language
 * switch and structured data; pages that read without JavaScript, print, fit a phone and work
 * from the keyboard; localized 404 pages rendered on the server; Chinese search; and publishing
 * from another process (the Local API in a script) reaching the pages within seconds.
 * Read-only checks come first; the tests that change content run last.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'

import { startAppServer, type AppServer } from '../helpers/appServer'
import { launchBrowser } from '../helpers/browser'

let app: AppServer
let browser: Browser

const writer = 'tests/e2e/site-content-writer.ts'
const axeSource = fs.readFileSync(
  path.join(process.cwd(), 'node_modules/axe-core/axe.min.js'),
  'utf8',
)
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const contentPath = /^\/(en|zh)\/(topics|causes|treatments)\/[a-z0-9-]+$/

interface SitemapEntry {
  path: string
  /** hreflang -> path */
  alternates: Record<string, string>
}

interface CrawledPage {
  path: string
  status: number
  lang: string | null
  title: string
  alternates: Record<string, string>
  canonical: string | null
  switchLinks: Record<string, string>
  links: string[]
  jsonLd: string[]
  violations: Array<{ id: string; impact: string | null; nodes: string[] }>
}

const pathOf = (url: string) => {
  const parsed = new URL(url, 'http://site.invalid')
  return parsed.pathname + parsed.search + parsed.hash
}

const sortedJson = (value: Record<string, string>) => JSON.stringify(Object.entries(value).sort())

let sitemap: SitemapEntry[] = []
const crawled = new Map<string, CrawledPage>()

async function fetchSitemap(): Promise<SitemapEntry[]> {
  const xml = await (await fetch(`${app.baseURL}/sitemap.xml`)).text()
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, block]) => ({
    path: pathOf(/<loc>([^<]+)<\/loc>/.exec(block)?.[1] ?? ''),
    alternates: Object.fromEntries(
      [...block.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
        ([, lang, href]) => [lang, pathOf(href)],
      ),
    ),
  }))
}

/** Loads a page in a JavaScript-enabled tab and reads what the checks need, axe included. */
async function crawl(page: Page, pagePath: string): Promise<CrawledPage> {
  const response = await page.goto(`${app.baseURL}${pagePath}`, { waitUntil: 'load' })
  const facts = await page.evaluate(() => {
    const attr = (el: Element, name: string) => el.getAttribute(name) ?? ''
    return {
      lang: document.documentElement.getAttribute('lang'),
      title: document.title,
      alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        attr(l, 'hreflang'),
        attr(l, 'href'),
      ]),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      switchLinks: [...document.querySelectorAll('a[data-switch-locale]')].map((a) => [
        attr(a, 'data-switch-locale'),
        attr(a, 'href'),
      ]),
      links: [...document.querySelectorAll('a[href]')].map((a) => attr(a, 'href')),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (s) => s.textContent ?? '',
      ),
    }
  })
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async (tags) => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: unknown,
          ) => Promise<{
            violations: Array<{
              id: string
              impact: string | null
              nodes: Array<{ target: unknown[] }>
            }>
          }>
        }
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }))
  }, wcagTags)
  return {
    path: pagePath,
    status: response?.status() ?? 0,
    lang: facts.lang,
    title: facts.title,
    alternates: Object.fromEntries(facts.alternates.map(([lang, href]) => [lang, pathOf(href)])),
    canonical: facts.canonical ? pathOf(facts.canonical) : null,
    switchLinks: Object.fromEntries(
      facts.switchLinks.map(([locale, href]) => [locale, pathOf(href)]),
    ),
    links: facts.links,
    jsonLd: facts.jsonLd,
    violations,
  }
}

beforeAll(async () => {
  app = await startAppServer()
  browser = await launchBrowser()
  sitemap = await fetchSitemap()
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  for (const entry of sitemap) crawled.set(entry.path, await crawl(page, entry.path))
  await context.close()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const pages = () => [...crawled.values()]
const contentPages = () => pages().filter((p) => contentPath.test(p.path))

describe('every page of the sitemap, in both languages', () => {
  it('lists the home, FAQ, policy and every topic, cause and treatment page in English and Chinese', () => {
    const paths = sitemap.map((e) => e.path)
    for (const locale of ['en', 'zh']) {
      for (const p of [
        '',
        '/faqs',
        '/editorial-policy',
        '/topics/recurrent-miscarriage',
        '/causes/endocrine',
        '/treatments/hormone-treatment',
      ]) {
        expect(paths).toContain(`/${locale}${p}`)
      }
    }
    expect(contentPages().length).toBeGreaterThanOrEqual(30)
  })

  it('answers every page with 200, in the language of its path', () => {
    for (const page of pages()) {
      expect({ path: page.path, status: page.status }).toEqual({ path: page.path, status: 200 })
      expect({ path: page.path, lang: page.lang }).toEqual({
        path: page.path,
        lang: page.path.startsWith('/zh') ? 'zh-Hans' : 'en',
      })
      expect(page.title.length).toBeGreaterThan(0)
    }
  })

  it('links only to internal pages that answer 200, and to fragments that exist', async () => {
    const targets = new Set<string>()
    for (const page of pages()) {
      for (const href of page.links) {
        const url = new URL(href, `${app.baseURL}${page.path}`)
        if (url.origin !== app.baseURL) continue
        targets.add(url.pathname + url.search + url.hash)
      }
    }
    expect(targets.size).toBeGreaterThan(50)
    const bodies = new Map<string, string>()
    const broken: string[] = []
    for (const target of targets) {
      const [pathAndQuery, fragment] = target.split('#')
      if (!bodies.has(pathAndQuery)) {
        const res = await fetch(`${app.baseURL}${pathAndQuery}`)
        if (res.status !== 200) broken.push(`${pathAndQuery} answered ${res.status}`)
        bodies.set(pathAndQuery, await res.text())
      }
      if (
        fragment &&
        fragment !== 'main' &&
        fragment !== 'language-unavailable' &&
        !bodies.get(pathAndQuery)?.includes(`id="${fragment}"`)
      ) {
        broken.push(`${target}: no element with id "${fragment}"`)
      }
    }
    expect(broken).toEqual([])
  })

  it('declares hreflang alternates that are reciprocal and match the sitemap', () => {
    const problems: string[] = []
    for (const entry of sitemap) {
      const page = crawled.get(entry.path)!
      if (page.canonical !== page.path) problems.push(`${page.path}: canonical ${page.canonical}`)
      if (sortedJson(page.alternates) !== sortedJson(entry.alternates)) {
        problems.push(
          `${page.path}: page alternates ${JSON.stringify(page.alternates)} differ from the sitemap's ${JSON.stringify(entry.alternates)}`,
        )
      }
      const own = page.lang === 'zh-Hans' ? 'zh-Hans' : 'en'
      if (page.alternates[own] !== page.path)
        problems.push(`${page.path}: does not list itself as ${own}`)
      for (const [lang, target] of Object.entries(page.alternates)) {
        if (lang === 'x-default') continue
        const other = crawled.get(target)
        if (!other) problems.push(`${page.path}: alternate ${lang} ${target} is not in the sitemap`)
        else if (other.alternates[own] !== page.path)
          problems.push(
            `${page.path}: ${target} does not point back (${own} -> ${other.alternates[own]})`,
          )
      }
    }
    expect(problems).toEqual([])
  })

  it('has no WCAG 2.2 AA violations that axe-core can find', () => {
    const violations = pages().flatMap((page) =>
      page.violations.map((v) => `${page.path}: ${v.id} (${v.impact}) at ${v.nodes.join(', ')}`),
    )
    expect(violations).toEqual([])
  })

  it('switches language on every content page to the same page in the other language', () => {
    const problems: string[] = []
    for (const page of contentPages()) {
      const locale = page.path.split('/')[1]
      const other = locale === 'en' ? 'zh' : 'en'
      const counterpart = page.alternates[other === 'zh' ? 'zh-Hans' : 'en']
      const href = page.switchLinks[other]
      if (!counterpart) {
        if (href !== `/${other}#language-unavailable`)
          problems.push(`${page.path}: no counterpart, but the switch goes to ${href}`)
        continue
      }
      if (href !== counterpart)
        problems.push(`${page.path}: the switch goes to ${href}, the counterpart is ${counterpart}`)
      const landing = crawled.get(counterpart)
      if (!landing || landing.switchLinks[locale] !== page.path)
        problems.push(`${page.path}: ${counterpart} does not switch back`)
      if (page.switchLinks[locale] !== page.path)
        problems.push(`${page.path}: its own language links elsewhere`)
    }
    expect(problems).toEqual([])
  })

  it('switches language by a click, landing on the counterpart', async () => {
    const page = await browser.newPage()
    await page.goto(`${app.baseURL}/en/causes/endocrine`)
    await Promise.all([
      page.waitForURL('**/zh/causes/endocrine'),
      page.click('a[data-switch-locale="zh"]'),
    ])
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans')
    await Promise.all([
      page.waitForURL('**/en/causes/endocrine'),
      page.click('a[data-switch-locale="en"]'),
    ])
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await page.close()
  })

  it('carries structured data that parses and names the reviewer and the review date', () => {
    const problems: string[] = []
    const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value))
    for (const page of pages()) {
      const blocks: Array<Record<string, unknown>> = []
      for (const text of page.jsonLd) {
        try {
          blocks.push(JSON.parse(text) as Record<string, unknown>)
        } catch {
          problems.push(`${page.path}: JSON-LD does not parse`)
        }
      }
      const expected = contentPath.test(page.path)
        ? 'MedicalWebPage'
        : /^\/(en|zh)\/faqs$/.test(page.path)
          ? 'FAQPage'
          : null
      if (!expected) continue
      const block = blocks.find((b) => b['@type'] === expected)
      if (!block) {
        problems.push(`${page.path}: no ${expected}`)
        continue
      }
      const reviewers = ([] as unknown[]).concat(block.reviewedBy ?? [])
      if (
        reviewers.length === 0 ||
        !reviewers.every(
          (r) =>
            typeof (r as { name?: unknown }).name === 'string' &&
            (r as { name: string }).name.length > 0,
        )
      ) {
        problems.push(`${page.path}: ${expected} does not name its reviewer`)
      }
      if (!isDate(block.lastReviewed))
        problems.push(`${page.path}: ${expected} has no lastReviewed date`)
      if (!isDate(block.dateModified))
        problems.push(`${page.path}: ${expected} has no dateModified`)
      if (
        expected === 'FAQPage' &&
        !(Array.isArray(block.mainEntity) && block.mainEntity.length > 5)
      )
        problems.push(`${page.path}: FAQPage lists no questions`)
    }
    expect(problems).toEqual([])
  })
})

describe('reading without JavaScript', () => {
  let context: BrowserContext

  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false })
  })
  afterAll(async () => {
    await context.close()
  })

  it('shows the title, heading and body text of every page', async () => {
    const page = await context.newPage()
    const problems: string[] = []
    for (const entry of sitemap) {
      await page.goto(`${app.baseURL}${entry.path}`)
      const facts = await page.evaluate(() => ({
        title: document.title,
        h1: document.querySelector('main h1')?.textContent?.trim() ?? '',
        main: document.querySelector('main')?.textContent?.trim().length ?? 0,
        shell: document.documentElement.id === '__next_error__',
      }))
      if (!facts.title || !facts.h1 || facts.main < 200 || facts.shell)
        problems.push(`${entry.path}: ${JSON.stringify(facts)}`)
    }
    await page.close()
    expect(problems).toEqual([])
  })

  it.each([
    ['/zh/causes/does-not-exist', 'zh-Hans', '页面未找到'],
    ['/en/treatments/does-not-exist', 'en', 'Page not found'],
    ['/zh/anything', 'zh-Hans', '页面未找到'],
    ['/en/some/deep/path', 'en', 'Page not found'],
    ['/fr', 'en', 'Page not found'],
  ])(
    'answers %s with a 404 page rendered on the server, in %s',
    async (pagePath, lang, heading) => {
      const page = await context.newPage()
      const response = await page.goto(`${app.baseURL}${pagePath}`)
      expect(response?.status()).toBe(404)
      expect(await page.getAttribute('html', 'lang')).toBe(lang)
      expect(await page.getAttribute('html', 'id')).not.toBe('__next_error__')
      expect((await page.textContent('main h1'))?.trim()).toBe(heading)
      expect(await page.getAttribute('meta[name="robots"]', 'content')).toContain('noindex')
      const home = pagePath.startsWith('/zh') ? '/zh' : '/en'
      expect(await page.locator(`main a[href="${home}"]`).count()).toBe(1)
      await page.close()
    },
  )

  it('says “not found” in both languages where the path names no language', async () => {
    const page = await context.newPage()
    await page.goto(`${app.baseURL}/fr/xyz`)
    expect(await page.locator('main [lang="zh-Hans"] h2').textContent()).toBe('页面未找到')
    await page.close()
  })

  it('searches in Chinese without spaces and finds the endocrine cause', async () => {
    const page = await context.newPage()
    await page.goto(`${app.baseURL}/zh`)
    await page.fill('#home-search-q', '黄体')
    await Promise.all([page.waitForURL(/\/zh\/search\?q=/), page.click('.search-form button')])
    const hits = await page
      .locator('.search-results h3 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hits).toContain('/zh/causes/endocrine')
    expect(await page.locator('.search-results mark').first().textContent()).toBe('黄体')
    await page.close()
  })
})

describe('layout, print and keyboard', () => {
  it.each([
    '/en',
    '/zh',
    '/zh/causes/endocrine',
    '/en/faqs',
    '/zh/search?q=%E7%94%B2%E7%8A%B6%E8%85%BA',
  ])('fits a 390 px phone screen without sideways scrolling: %s', async (pagePath) => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    await page.goto(`${app.baseURL}${pagePath}`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await page.getAttribute('meta[name="viewport"]', 'content')).toContain(
      'width=device-width',
    )
    await page.close()
  })

  it('sets Chinese in CJK type with a looser line and no italic emphasis, English in Latin type', async () => {
    const page = await browser.newPage()
    const typography = async (pagePath: string) => {
      await page.goto(`${app.baseURL}${pagePath}`)
      return page.evaluate(() => {
        const paragraph = document.querySelector('.body p') as HTMLElement
        const em = paragraph.appendChild(document.createElement('em'))
        em.textContent = '强调'
        const style = getComputedStyle(paragraph)
        return {
          font: style.fontFamily,
          lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
          emphasis: getComputedStyle(em).fontStyle,
        }
      })
    }
    const zh = await typography('/zh/causes/endocrine')
    expect(zh.font.split(',')[0]).toMatch(/PingFang SC/)
    expect(zh.font).toContain('Noto Sans CJK SC')
    expect(zh.lineHeight).toBeGreaterThanOrEqual(1.75)
    expect(zh.emphasis).toBe('normal')
    const en = await typography('/en/causes/endocrine')
    expect(en.font).not.toMatch(/^"?PingFang/)
    expect(en.lineHeight).toBeGreaterThanOrEqual(1.5)
    expect(en.emphasis).toBe('italic')
    await page.close()
  })

  it('prints the article without navigation, language switch or search form', async () => {
    const page = await browser.newPage()
    await page.goto(`${app.baseURL}/zh/causes/endocrine`)
    await page.emulateMedia({ media: 'print' })
    const shown = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display !== 'none')
    expect(await shown('.main-nav')).toBe(false)
    expect(await shown('.language-nav')).toBe(false)
    expect(await shown('.skip-link')).toBe(false)
    expect(await shown('article h1')).toBe(true)
    expect(await shown('.sources')).toBe(true)
    expect(await shown('.review')).toBe(true)
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.length).toBeGreaterThan(10_000)
    await page.close()
  })

  it('offers a skip link as the first stop of the keyboard, which jumps to the main content', async () => {
    const page = await browser.newPage()
    await page.goto(`${app.baseURL}/en/causes/endocrine`)
    await page.keyboard.press('Tab')
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const box = el.getBoundingClientRect()
      return {
        className: el.className,
        href: el.getAttribute('href'),
        visible: box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0,
      }
    })
    expect(skip).toEqual({ className: 'skip-link', href: '#main', visible: true })
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    const next = await page.evaluate(() => Boolean(document.activeElement?.closest('main')))
    expect(next).toBe(true)
    await page.close()
  })

  it('shows a visible focus indicator on every control the keyboard reaches', async () => {
    const page = await browser.newPage()
    await page.goto(`${app.baseURL}/zh`)
    const seen: string[] = []
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab')
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement
        const style = getComputedStyle(el)
        return {
          tag: el.tagName,
          text: (el.textContent || el.getAttribute('placeholder') || '').trim().slice(0, 20),
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
        }
      })
      seen.push(focus.text)
      expect({ ...focus, ok: focus.outline !== 'none' && focus.width >= 2 }).toMatchObject({
        ok: true,
      })
    }
    // The tour passes the header, the search form and the topic cards.
    expect(seen).toEqual(expect.arrayContaining(['中文', '搜索', '复发性流产概述']))
  })
})

describe('publishing from another process', () => {
  const runWriter = (args: string[]) => app.runScript(writer, args)

  async function waitFor(
    pagePath: string,
    test: (html: string) => boolean,
    timeoutMs: number,
  ): Promise<number> {
    const started = Date.now()
    for (;;) {
      const html = await (await fetch(`${app.baseURL}${pagePath}`)).text()
      if (test(html)) return Date.now() - started
      if (Date.now() - started > timeoutMs) return Number.POSITIVE_INFINITY
      await new Promise((r) => setTimeout(r, 200))
    }
  }

  it('shows a newly published Chinese title on the page, in search and on linking pages within 5 seconds', async () => {
    const title = `甲状腺治疗（更新${Date.now() % 100000}）`
    // Served from the response cache before the change.
    expect(
      await (await fetch(`${app.baseURL}/zh/treatments/hormone-treatment`)).text(),
    ).not.toContain(title)
    runWriter(['retitle', 'treatments', 'hormone-treatment', 'zh', title])
    const elapsed = await waitFor(
      '/zh/treatments/hormone-treatment',
      (html) => html.includes(`<h1>${title}</h1>`),
      8_000,
    )
    expect(elapsed).toBeLessThan(5_000)
    expect(await (await fetch(`${app.baseURL}/zh/causes/endocrine`)).text()).toContain(title)
    expect(
      await (await fetch(`${app.baseURL}/en/treatments/hormone-treatment`)).text(),
    ).not.toContain(title)
    const search = await (
      await fetch(`${app.baseURL}/zh/search?q=${encodeURIComponent('更新')}`)
    ).text()
    expect(search).toContain('/zh/treatments/hormone-treatment')
  }, 60_000)

  it('never shows unpublished text in search or on the pages', async () => {
    const marker = `quokka${Date.now()}`
    runWriter(['draft', 'causes', 'genetic', 'zh', `草稿 ${marker}`])
    runWriter(['create-draft', 'causes', `draft-${Date.now()}`, `Unpublished ${marker}`])
    // Wait until the change watcher has emptied the caches, then look everywhere.
    await new Promise((r) => setTimeout(r, 2_500))
    for (const pagePath of [
      `/zh/search?q=${marker}`,
      `/en/search?q=${marker}`,
      '/zh/causes/genetic',
      '/zh',
      '/en',
      '/sitemap.xml',
    ]) {
      const html = await (await fetch(`${app.baseURL}${pagePath}`)).text()
      // The search page repeats the query itself; the stored texts add a word around it.
      expect({
        pagePath,
        leaked: html.includes(`草稿 ${marker}`) || html.includes(`Unpublished ${marker}`),
      }).toEqual({ pagePath, leaked: false })
    }
    const results = await (await fetch(`${app.baseURL}/zh/search?q=${marker}`)).text()
    expect(results).not.toContain('<ol class="search-results"><li')
  }, 60_000)

  it('removes an unpublished cause’s links from every page that linked to it', async () => {
    const slug = 'immune'
    const linking = pages()
      .filter(
        (p) =>
          p.links.some((href) => href.endsWith(`/causes/${slug}`)) &&
          !p.path.endsWith(`/causes/${slug}`),
      )
      .map((p) => p.path)
    expect(linking.length).toBeGreaterThan(3)
    expect(linking.some((p) => p.startsWith('/zh'))).toBe(true)
    runWriter(['unpublish', 'causes', slug])
    const elapsed = await waitFor(
      `/en/causes/${slug}`,
      (html) => html.includes('Page not found'),
      8_000,
    )
    expect(elapsed).toBeLessThan(5_000)
    expect((await fetch(`${app.baseURL}/zh/causes/${slug}`)).status).toBe(404)
    const page = await browser.newPage()
    for (const pagePath of [...linking, '/en/faqs', '/zh/faqs']) {
      await page.goto(`${app.baseURL}${pagePath}`)
      expect({ pagePath, links: await page.locator(`a[href$="/causes/${slug}"]`).count() }).toEqual(
        { pagePath, links: 0 },
      )
    }
    await page.close()
    const sitemapAfter = await (await fetch(`${app.baseURL}/sitemap.xml`)).text()
    expect(sitemapAfter).not.toContain(`/causes/${slug}`)
  }, 90_000)
})
