/**
 * A small XML reader for XLIFF files from outside: elements, attributes, text, CDATA, comments,
 * the five predefined entities and character references. It refuses any DOCTYPE (and so every
 * entity declaration, internal or external) before reading further, so nothing is ever expanded
 * or fetched; an unknown entity reference is an error. Errors name the line.
 */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlNode[]
  line: number
}
export type XmlNode = XmlElement | { text: string; line: number }

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`Line ${line}: ${message}`)
  }
}

const predefined: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(raw: string, line: number): string {
  return raw.replace(/&([^;\s&<]*);?/g, (match, name: string) => {
    if (!match.endsWith(';'))
      throw new XmlError(`a "&" that starts no entity reference ("${match}")`, line)
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
    if (name in predefined) return predefined[name]
    throw new XmlError(
      `the entity "&${name};" is not allowed (only XML's predefined entities are)`,
      line,
    )
  })
}

export function parseXml(input: string): XmlElement {
  let pos = 0
  let line = 1
  const advance = (to: number) => {
    for (let i = pos; i < to; i += 1) if (input.charCodeAt(i) === 10) line += 1
    pos = to
  }
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  if (input.charCodeAt(0) === 0xfeff) pos = 1
  while (pos < input.length) {
    const lt = input.indexOf('<', pos)
    if (lt < 0) {
      const rest = input.slice(pos)
      if (stack.length > 0)
        throw new XmlError(`the file ends inside <${stack[stack.length - 1].name}>`, line)
      if (rest.trim()) throw new XmlError('text after the root element', line)
      break
    }
    if (lt > pos) {
      const text = input.slice(pos, lt)
      const top = stack[stack.length - 1]
      if (!top) {
        if (text.trim()) throw new XmlError('text outside the root element', line)
      } else top.children.push({ text: decode(text, line), line })
      advance(lt)
    }
    if (input.startsWith('<!--', pos)) {
      const end = input.indexOf('-->', pos + 4)
      if (end < 0) throw new XmlError('an unclosed comment', line)
      advance(end + 3)
      continue
    }
    if (input.startsWith('<![CDATA[', pos)) {
      const end = input.indexOf(']]>', pos)
      if (end < 0) throw new XmlError('an unclosed CDATA section', line)
      const top = stack[stack.length - 1]
      if (!top) throw new XmlError('CDATA outside the root element', line)
      top.children.push({ text: input.slice(pos + 9, end), line })
      advance(end + 3)
      continue
    }
    if (input.startsWith('<!', pos)) {
      // DOCTYPE, ENTITY and every other declaration: entity expansion and external entities
      // start here, so the file is refused before anything in it is read.
      throw new XmlError(
        'a DOCTYPE or other declaration ("<!") is not allowed in an XLIFF file',
        line,
      )
    }
    if (input.startsWith('<?', pos)) {
      const end = input.indexOf('?>', pos)
      if (end < 0) throw new XmlError('an unclosed processing instruction', line)
      advance(end + 2)
      continue
    }
    if (input.startsWith('</', pos)) {
      const end = input.indexOf('>', pos)
      if (end < 0) throw new XmlError('an unclosed end tag', line)
      const name = input.slice(pos + 2, end).trim()
      const top = stack.pop()
      if (!top || top.name !== name)
        throw new XmlError(
          `</${name}> does not close ${top ? `<${top.name}>` : 'any element'}`,
          line,
        )
      advance(end + 1)
      if (stack.length === 0) root = top
      continue
    }
    // A start tag: name, attributes, optional self-closing slash.
    const tag =
      /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(
        input.slice(pos, pos + 100_000),
      )
    if (!tag) throw new XmlError('a malformed tag', line)
    if (root) throw new XmlError('a second root element', line)
    const attributes: Record<string, string> = {}
    for (const attribute of tag[2].matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      if (attribute[1] in attributes)
        throw new XmlError(`the attribute "${attribute[1]}" appears twice`, line)
      attributes[attribute[1]] = decode(attribute[2] ?? attribute[3] ?? '', line)
    }
    const element: XmlElement = { name: tag[1], attributes, children: [], line }
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(element)
    advance(pos + tag[0].length)
    if (tag[3] === '/') {
      if (!parent) root = element
    } else stack.push(element)
  }
  if (stack.length > 0)
    throw new XmlError(`the file ends inside <${stack[stack.length - 1].name}>`, line)
  if (!root) throw new XmlError('no root element', line)
  return root
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

export const isElement = (node: XmlNode): node is XmlElement => 'name' in node
export const childElements = (element: XmlElement, name?: string) =>
  element.children.filter(
    (c): c is XmlElement => isElement(c) && (name === undefined || c.name === name),
  )
export const textOf = (element: XmlElement): string =>
  element.children.map((c) => (isElement(c) ? textOf(c) : c.text)).join('')
