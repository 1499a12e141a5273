/**
 * Turns the seed's small block format into the Lexical JSON the body editor stores. Internal
 * links `[label](collection/slug)` become link nodes pointing at the document's id; a link whose
 * target does not exist yet is left as plain text and filled in on the next pass.
 */
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { linkableCollectionSlugs, type ContentCollectionSlug } from '@/collections/slugs'

import type { SeedBlock } from './data/types'

export type ResolveId = (collection: ContentCollectionSlug, slug: string) => number | string | undefined

type Node = Record<string, unknown>

const inlinePattern = /\[([^\]]+)\]\(([a-z]+)\/([a-z0-9-]+)\)|\*\*([^*]+)\*\*/g

function textNode(text: string, bold = false): Node {
  return { type: 'text', text, format: bold ? 1 : 0, detail: 0, mode: 'normal', style: '', version: 1 }
}

function element(type: string, children: Node[], extra: Node = {}): Node {
  return { type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra }
}

export interface InlineResult {
  nodes: Node[]
  unresolved: string[]
}

export function parseInline(text: string, resolve: ResolveId): InlineResult {
  const nodes: Node[] = []
  const unresolved: string[] = []
  let last = 0
  for (const match of text.matchAll(inlinePattern)) {
    const index = match.index ?? 0
    if (index > last) nodes.push(textNode(text.slice(last, index)))
    const [, label, collection, slug, bold] = match
    if (bold !== undefined) {
      nodes.push(textNode(bold, true))
    } else if ((linkableCollectionSlugs as readonly string[]).includes(collection)) {
      const id = resolve(collection as ContentCollectionSlug, slug)
      if (id === undefined) {
        unresolved.push(`${collection}/${slug}`)
        nodes.push(textNode(label))
      } else {
        nodes.push({
          ...element('link', [textNode(label)]),
          version: 3,
          // A stable id keeps the stored JSON identical between seed runs.
          id: `seed-${collection}-${slug}`,
          fields: { linkType: 'internal', newTab: false, doc: { relationTo: collection, value: id } },
        })
      }
    } else {
      throw new Error(`Unknown link target "${collection}/${slug}" in: ${text}`)
    }
    last = index + match[0].length
  }
  if (last < text.length) nodes.push(textNode(text.slice(last)))
  return { nodes, unresolved }
}

export interface LexicalResult {
  state: SerializedEditorState
  unresolved: string[]
}

export function blocksToLexical(blocks: SeedBlock[], resolve: ResolveId): LexicalResult {
  const unresolved: string[] = []
  const inline = (text: string): Node[] => {
    const result = parseInline(text, resolve)
    unresolved.push(...result.unresolved)
    return result.nodes
  }
  const children = blocks.map((block): Node => {
    switch (block.type) {
      case 'h2':
      case 'h3':
        return element('heading', inline(block.text), { tag: block.type })
      case 'p':
        return element('paragraph', inline(block.text), { textFormat: 0, textStyle: '' })
      case 'ul':
      case 'ol':
        return element(
          'list',
          block.items.map((item, i) => element('listitem', inline(item), { value: i + 1 })),
          { listType: block.type === 'ul' ? 'bullet' : 'number', start: 1, tag: block.type },
        )
    }
  })
  const state = { root: element('root', children) } as unknown as SerializedEditorState
  return { state, unresolved }
}
