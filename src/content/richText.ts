/**
 * Lexical JSON to HTML and to plain text, for the site and the partner API alike. Everything is
 * escaped and only a fixed set of tags and attributes is produced; internal links follow the
 * link rule (resolved beforehand), other links must be http(s) or mailto, or they are dropped
 * and only their text remains.
 */
import { internalLinksIn, type InternalLinkRef } from '@/collections/shared/richTextLinks'
import { mediaSlug } from '@/collections/slugs'
import type { Locale } from '@/i18n/locales'
import { escapeHtml } from '@/lib/escapeHtml'

import { linkKey, type ResolvedLink } from './links'
import { safeLinkUrl } from '@/lib/safeUrl'

import { mediaKey, type PublicImage } from './media'

type Node = {
  type?: string
  children?: Node[]
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  fields?: { linkType?: string; url?: string; newTab?: boolean; doc?: { relationTo?: string; value?: unknown } }
  value?: unknown
  relationTo?: string
  root?: Node
}

export interface RichTextRenderOptions {
  locale: Locale
  links: Map<string, ResolvedLink | null>
  /** Shown after a link that opens an English page from another language, e.g. "(English)". */
  englishMarker: string
  /** Public images placed in the body (resolved beforehand, keyed by mediaKey); any other upload is left out. */
  images?: Map<string, PublicImage>
}


const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 }

function renderText(node: Node): string {
  let html = escapeHtml(node.text ?? '')
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & FORMAT.code) html = `<code>${html}</code>`
  if (format & FORMAT.bold) html = `<strong>${html}</strong>`
  if (format & FORMAT.italic) html = `<em>${html}</em>`
  if (format & FORMAT.strikethrough) html = `<s>${html}</s>`
  if (format & FORMAT.underline) html = `<u>${html}</u>`
  if (format & FORMAT.subscript) html = `<sub>${html}</sub>`
  if (format & FORMAT.superscript) html = `<sup>${html}</sup>`
  return html
}

function internalRef(node: Node): InternalLinkRef | null {
  const refs = internalLinksIn({ root: { children: [node] } })
  return refs[0] ?? null
}

function renderNode(node: Node, options: RichTextRenderOptions): string {
  const children = () => (node.children ?? []).map((child) => renderNode(child, options)).join('')
  switch (node.type) {
    case 'root':
      return children()
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'paragraph':
      return `<p>${children()}</p>`
    case 'heading': {
      // The page title is the h1: body headings start at h2.
      const level = Math.min(6, Math.max(2, Number.parseInt(String(node.tag ?? 'h2').slice(1), 10) || 2))
      return `<h${level}>${children()}</h${level}>`
    }
    case 'quote':
      return `<blockquote>${children()}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${children()}</${tag}>`
    }
    case 'listitem': {
      const nestedOnly = (node.children ?? []).every((c) => c.type === 'list')
      return nestedOnly ? children() : `<li>${children()}</li>`
    }
    case 'horizontalrule':
      return '<hr>'
    case 'link':
    case 'autolink': {
      if (node.fields?.linkType === 'internal') {
        const ref = internalRef(node)
        const link = ref ? options.links.get(linkKey(ref)) : null
        if (!link) return children()
        const marker = link.fallbackToEnglish
          ? ` <span class="link-language" lang="en">${escapeHtml(options.englishMarker)}</span>`
          : ''
        const langAttrs = link.fallbackToEnglish ? ' hreflang="en"' : ''
        return `<a href="${escapeHtml(link.href)}"${langAttrs}>${children()}</a>${marker}`
      }
      const url = safeLinkUrl(node.fields?.url)
      if (!url) return children()
      const target = node.fields?.newTab ? ' target="_blank"' : ''
      return `<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow"${target}>${children()}</a>`
    }
    case 'upload': {
      const raw = node.value
      const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : raw
      const image = (typeof id === 'number' || typeof id === 'string') && node.relationTo === mediaSlug ? options.images?.get(mediaKey(id)) : undefined
      if (!image) return ''
      const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : ''
      return `<figure><img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}"${size} loading="lazy" decoding="async"></figure>`
    }
    default:
      // Unknown nodes (blocks): keep their text, never their markup.
      return node.children ? children() : ''
  }
}

export function lexicalToHtml(state: unknown, options: RichTextRenderOptions): string {
  const root = (state as { root?: Node } | null)?.root
  return root ? renderNode(root, options) : ''
}

export function lexicalToPlainText(state: unknown): string {
  const blocks: string[] = []
  const textOf = (node: Node): string =>
    node.type === 'text' ? (node.text ?? '') : node.type === 'linebreak' ? '\n' : (node.children ?? []).map(textOf).join('')
  const walk = (node: Node) => {
    if (['paragraph', 'heading', 'quote', 'listitem'].includes(node.type ?? '')) {
      if ((node.children ?? []).every((c) => c.type === 'list')) node.children?.forEach(walk)
      else blocks.push(textOf(node).trim())
      return
    }
    node.children?.forEach(walk)
  }
  const root = (state as { root?: Node } | null)?.root
  if (root) walk(root)
  return blocks.filter(Boolean).join('\n\n')
}
