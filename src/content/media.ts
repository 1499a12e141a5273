/**
 * Images placed in a body: the public ones among them, with their alt text in the reader's
 * language (English when the translation has none) and the URL their file is served at.
 */
import { mediaSlug } from '@/collections/slugs'
import { defaultLocale, type Locale } from '@/i18n/locales'

import { getContentPayload } from './payload'
import { readerQuery } from './readerQuery'
import { absoluteUrl } from './seo'

export interface PublicImage {
  src: string
  alt: string
  width: number | null
  height: number | null
}

export const mediaKey = (id: number | string) => `${mediaSlug}:${id}`

/** Every image a Lexical document places, in reading order, without repeats. */
export function uploadsIn(state: unknown): Array<number | string> {
  const found: Array<number | string> = []
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    if (record.type === 'upload' && record.relationTo === mediaSlug) {
      const raw = record.value
      const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : raw
      if ((typeof id === 'number' || typeof id === 'string') && !found.includes(id)) found.push(id)
    }
    const children = record.children ?? (record.root ? [record.root] : undefined)
    if (Array.isArray(children)) children.forEach(visit)
  }
  visit(state)
  return found
}

/** A file name as Payload stores it, made into the path its file route answers. */
export function mediaFilePath(filename: string): string {
  return `/api/${mediaSlug}/file/${encodeURIComponent(filename)}`
}

/** The images among `ids` an anonymous reader may see, keyed by mediaKey. */
export async function resolveImages(
  ids: Array<number | string>,
  locale: Locale,
): Promise<Map<string, PublicImage>> {
  const images = new Map<string, PublicImage>()
  if (ids.length === 0) return images
  const payload = await getContentPayload()
  const read = async (inLocale: Locale) =>
    (
      await payload.find({
        collection: mediaSlug,
        ...readerQuery(inLocale),
        where: { id: { in: ids } },
        depth: 0,
        limit: ids.length,
        pagination: false,
      })
    ).docs
  const docs = await read(locale)
  const english =
    locale !== defaultLocale && docs.some((d) => !d.alt?.trim()) ? await read(defaultLocale) : []
  for (const doc of docs) {
    if (!doc.filename) continue
    const alt = doc.alt?.trim() || english.find((e) => e.id === doc.id)?.alt?.trim() || ''
    images.set(mediaKey(doc.id), {
      src: absoluteUrl(mediaFilePath(doc.filename)),
      alt,
      width: typeof doc.width === 'number' ? doc.width : null,
      height: typeof doc.height === 'number' ? doc.height : null,
    })
  }
  return images
}
