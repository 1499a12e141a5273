/**
 * Search over what readers may see, in one language, on the server, with no external service.
 * Matching is by substring on normalised text, so a Chinese query needs no spaces (黄体 finds
 * 黄体功能不全) and an English one is case- and accent-insensitive. The index is built from the
 * published read model and dropped whenever published content changes.
 */
import { onContentChange } from '@/cache/invalidation'
import { contentCollectionSlugs, faqsSlug, type ContentCollectionSlug } from '@/collections/slugs'
import type { Locale } from '@/i18n/locales'

import { publicPath } from './paths'
import { getContentPayload } from './payload'
import { readerQuery } from './readerQuery'
import { lexicalToPlainText } from './richText'

interface Entry {
  collection: ContentCollectionSlug
  slug: string
  title: string
  summary: string
  text: string
  href: string
  haystack: { title: string; summary: string; text: string }
}

export interface SearchHit {
  collection: ContentCollectionSlug
  slug: string
  title: string
  href: string
  /** The snippet as segments; `match` segments are the query's occurrences. */
  snippet: Array<{ text: string; match: boolean }>
}

export const maxQueryLength = 100

export function normalise(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

const indexes = new Map<Locale, Promise<Entry[]>>()
onContentChange(() => indexes.clear())

async function buildIndex(locale: Locale): Promise<Entry[]> {
  const payload = await getContentPayload()
  const entries: Entry[] = []
  for (const collection of contentCollectionSlugs) {
    const result = await payload.find({ collection, ...readerQuery(locale), depth: 0, pagination: false })
    for (const doc of result.docs as unknown as Array<Record<string, unknown>>) {
      const title = (doc.title ?? doc.question) as string | null
      if (!title) continue
      const summary = (doc.summary as string | null) ?? ''
      const text = lexicalToPlainText(collection === faqsSlug ? doc.answer : doc.body)
      entries.push({
        collection,
        slug: String(doc.slug),
        title,
        summary,
        text,
        href: publicPath(collection, String(doc.slug), locale),
        haystack: { title: normalise(title), summary: normalise(summary), text: normalise(text) },
      })
    }
  }
  return entries
}

function index(locale: Locale): Promise<Entry[]> {
  let built = indexes.get(locale)
  if (!built) {
    built = buildIndex(locale).catch((error) => {
      indexes.delete(locale)
      throw error
    })
    indexes.set(locale, built)
  }
  return built
}

function snippetAround(text: string, normalisedText: string, query: string, radius: number): SearchHit['snippet'] {
  const at = normalisedText.indexOf(query)
  if (at < 0) return [{ text: text.slice(0, radius * 2) + (text.length > radius * 2 ? '…' : ''), match: false }]
  // NFKD can change lengths for accented letters; positions are close enough for a snippet and
  // exact for CJK and plain ASCII.
  const start = Math.max(0, at - radius)
  const end = Math.min(text.length, at + query.length + radius)
  return [
    { text: (start > 0 ? '…' : '') + text.slice(start, at), match: false },
    { text: text.slice(at, at + query.length), match: true },
    { text: text.slice(at + query.length, end) + (end < text.length ? '…' : ''), match: false },
  ].filter((s) => s.text.length > 0)
}

export async function searchPublished(rawQuery: string, locale: Locale, limit = 20): Promise<SearchHit[]> {
  const query = normalise(rawQuery.trim().slice(0, maxQueryLength)).replace(/\s+/g, ' ')
  if (!query) return []
  const entries = await index(locale)
  const radius = locale === 'zh' ? 40 : 80
  const scored: Array<{ entry: Entry; score: number; field: 'title' | 'summary' | 'text' }> = []
  for (const entry of entries) {
    const { title, summary, text } = entry.haystack
    if (title.includes(query)) scored.push({ entry, score: 3, field: summary.includes(query) ? 'summary' : 'title' })
    else if (summary.includes(query)) scored.push({ entry, score: 2, field: 'summary' })
    else if (text.includes(query)) scored.push({ entry, score: 1, field: 'text' })
  }
  scored.sort((a, b) => b.score - a.score || a.entry.title.localeCompare(b.entry.title))
  return scored.slice(0, limit).map(({ entry, field }) => ({
    collection: entry.collection,
    slug: entry.slug,
    title: entry.title,
    href: entry.href,
    snippet:
      field === 'title'
        ? snippetAround(entry.summary || entry.text, normalise(entry.summary || entry.text), query, radius)
        : snippetAround(entry[field], entry.haystack[field], query, radius),
  }))
}
