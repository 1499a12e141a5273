/**
 * Lexical rich-text JSON for tests, shaped as Payload's editor stores it: text, paragraphs,
 * headings, lists and links (custom URL or internal document).
 */
export type LexicalNode = Record<string, unknown>

export function element(type: string, children: LexicalNode[], extra: LexicalNode = {}): LexicalNode {
  return { type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra }
}

/** A text node; `format` is Lexical's bit mask (1 bold, 2 italic, 16 code, ...). */
export function text(value: string, format = 0): LexicalNode {
  return { type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

export const paragraph = (...children: LexicalNode[]) =>
  element('paragraph', children, { textFormat: 0, textStyle: '' })

export const heading = (tag: 'h2' | 'h3', ...children: LexicalNode[]) => element('heading', children, { tag })

export const bulletList = (...items: LexicalNode[][]) =>
  element(
    'list',
    items.map((children, i) => element('listitem', children, { value: i + 1 })),
    { listType: 'bullet', start: 1, tag: 'ul' },
  )

let linkCounter = 0
/** A link to a free URL, as the editor's link drawer stores it. */
export function customLink(url: string, children: LexicalNode[], newTab = false): LexicalNode {
  linkCounter += 1
  return {
    ...element('link', children),
    version: 3,
    id: `test-link-${linkCounter}`,
    fields: { linkType: 'custom', url, newTab },
  }
}

export const root = (...children: LexicalNode[]) => ({ root: element('root', children) })

/** An image placed in a body, as the editor's upload feature stores it (the media document's id). */
export function upload(mediaId: number | string): LexicalNode {
  return { type: 'upload', relationTo: 'media', value: mediaId, fields: null, format: '', version: 3, id: `test-upload-${mediaId}` }
}
