/**
 * XLIFF 2.0 for translation vendors, pure: documents to a file and a file back to units.
 * One <file> per document, one <unit> per localized field; a rich text field has one <segment>
 * per block (heading, paragraph, list item), and its marks and links become inline codes
 * (<pc> with the original formatting or link kept in <originalData>, <ph> for line breaks), so
 * a vendor's tool can move them but not change where a link points. Notes carry the glossary
 * terms found in the field and the open parity mismatches.
 */
import type { GlossaryTerm, ParityMismatch } from '../parity'

import {
  childElements,
  escapeXml,
  isElement,
  parseXml,
  textOf,
  XmlError,
  type XmlElement,
  type XmlNode,
} from './xml'

export const xliffNamespace = 'urn:oasis:names:tc:xliff:document:2.0'
export const maxXliffBytes = 10 * 1024 * 1024

type Node = Record<string, unknown>

export interface XliffField {
  name: string
  /** Plain text or a Lexical state. */
  en: unknown
  zh: unknown
}

export interface XliffDocumentInput {
  collection: string
  id: number | string
  title: string | null
  fields: XliffField[]
  glossary: GlossaryTerm[]
  mismatches: ParityMismatch[]
}

const isRich = (value: unknown): value is { root: Node } =>
  Boolean(value && typeof value === 'object' && (value as { root?: unknown }).root)

/** The blocks of a Lexical state that become segments, in reading order (mutable references). */
export function segmentBlocks(state: { root: Node }): Node[] {
  const blocks: Node[] = []
  const visit = (node: Node) => {
    const children = Array.isArray(node.children) ? (node.children as Node[]) : []
    if (node.type === 'root' || node.type === 'list') {
      children.forEach(visit)
      return
    }
    if (node.type === 'listitem') {
      if (children.some((c) => c.type !== 'list')) blocks.push(node)
      children.filter((c) => c.type === 'list').forEach(visit)
      return
    }
    blocks.push(node)
  }
  visit(state.root)
  return blocks
}

const inlineChildren = (block: Node) =>
  (Array.isArray(block.children) ? (block.children as Node[]) : []).filter((c) => c.type !== 'list')

interface InlineWriter {
  data: Map<string, string>
  prefix: 's' | 't'
  next: number
}

function writeInline(nodes: Node[], writer: InlineWriter): string {
  const dataRef = (value: unknown) => {
    const id = `${writer.prefix}${writer.data.size + 1}`
    writer.data.set(id, JSON.stringify(value))
    return id
  }
  return nodes
    .map((node) => {
      if (node.type === 'text') {
        const text = escapeXml(String(node.text ?? ''))
        const format = Number(node.format ?? 0)
        if (!format && !node.style) return text
        writer.next += 1
        return `<pc id="${writer.prefix}${writer.next}" type="fmt" dataRefStart="${dataRef({ format, style: node.style ?? '' })}">${text}</pc>`
      }
      if (node.type === 'linebreak' || node.type === 'tab') {
        writer.next += 1
        return `<ph id="${writer.prefix}${writer.next}" dataRef="${dataRef({ node: node.type })}"/>`
      }
      if (node.type === 'link' || node.type === 'autolink') {
        const { children, ...rest } = node
        writer.next += 1
        const inner = writeInline(Array.isArray(children) ? (children as Node[]) : [], writer)
        return `<pc id="${writer.prefix}${writer.next}" type="link" dataRefStart="${dataRef({ link: rest })}">${inner}</pc>`
      }
      // Anything else inline (rare): keep its text.
      return escapeXml(String(node.text ?? ''))
    })
    .join('')
}

const unitIdOf = (collection: string, id: number | string, field: string) =>
  `${collection}-${id}-${field}`

function notesFor(input: XliffDocumentInput, field: XliffField): string[] {
  const enText = JSON.stringify(field.en ?? '')
  const notes: string[] = []
  for (const term of input.glossary) {
    if (
      !new RegExp(`(?<![A-Za-z])${term.english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(
        enText,
      )
    )
      continue
    const avoid = term.discouraged?.length ? ` (not: ${term.discouraged.join(', ')})` : ''
    notes.push(
      `<note category="glossary">${escapeXml(`${term.english} = ${term.chinese}${avoid}`)}</note>`,
    )
  }
  for (const m of input.mismatches.filter((x) => x.field === field.name)) {
    notes.push(`<note category="parity">${escapeXml(m.message)}</note>`)
  }
  return notes
}

/** One unit: the English source per segment and, when the Chinese lines up, its target. */
export function unitXml(input: XliffDocumentInput, field: XliffField): string {
  const data = new Map<string, string>()
  const source = { data, prefix: 's' as const, next: 0 }
  const target = { data, prefix: 't' as const, next: 0 }
  let segments: Array<{ source: string; target: string | null }>
  if (isRich(field.en)) {
    const enBlocks = segmentBlocks(field.en)
    const zhBlocks = isRich(field.zh) ? segmentBlocks(field.zh) : []
    const aligned = zhBlocks.length === enBlocks.length
    segments = enBlocks.map((block, i) => ({
      source: writeInline(inlineChildren(block), source),
      target: aligned ? writeInline(inlineChildren(zhBlocks[i]), target) : null,
    }))
  } else {
    segments = [
      {
        source: escapeXml(String(field.en ?? '')),
        target: typeof field.zh === 'string' && field.zh ? escapeXml(field.zh) : null,
      },
    ]
  }
  const notes = notesFor(input, field)
  const original = [...data].map(([id, value]) => `<data id="${id}">${escapeXml(value)}</data>`)
  return [
    `<unit id="${unitIdOf(input.collection, input.id, field.name)}" name="${escapeXml(field.name)}">`,
    notes.length ? `<notes>${notes.join('')}</notes>` : '',
    original.length ? `<originalData>${original.join('')}</originalData>` : '',
    ...segments.map(
      (s, i) =>
        `<segment id="${i + 1}"><source>${s.source}</source>${s.target !== null ? `<target>${s.target}</target>` : ''}</segment>`,
    ),
    '</unit>',
  ].join('\n')
}

/** The XLIFF 2.0 file for documents (English to Chinese). */
export function buildXliff(documents: XliffDocumentInput[]): string {
  const files = documents.map((doc) => {
    const units = doc.fields
      .filter((f) => f.en !== null && f.en !== undefined && f.en !== '')
      .map((f) => unitXml(doc, f))
    const title = doc.title
      ? `<notes><note category="title">${escapeXml(doc.title)}</note></notes>\n`
      : ''
    return `<file id="${escapeXml(`${doc.collection}-${doc.id}`)}" original="${escapeXml(`${doc.collection}/${doc.id}`)}">\n${title}${units.join('\n')}\n</file>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="${xliffNamespace}" version="2.0" srcLang="en" trgLang="zh">\n${files.join('\n')}\n</xliff>\n`
}

// ---------------------------------------------------------------------------------------------
// Reading a file back

export class XliffError extends Error {
  constructor(message: string) {
    super(message)
  }
}

export interface ParsedSegment {
  source: XmlNode[]
  target: XmlNode[] | null
}

export interface ParsedUnit {
  id: string
  field: string
  line: number
  data: Map<string, string>
  segments: ParsedSegment[]
}

export interface ParsedFile {
  collection: string
  id: string
  line: number
  units: ParsedUnit[]
}

/** Canonical text of inline XML, to compare a returned source with the current English. */
export function canonical(nodes: XmlNode[]): string {
  return nodes
    .map((n) => {
      if (!isElement(n)) return escapeXml(n.text)
      const attrs = Object.keys(n.attributes)
        .sort()
        .map((k) => ` ${k}="${escapeXml(n.attributes[k])}"`)
        .join('')
      return `<${n.name}${attrs}>${canonical(n.children)}</${n.name}>`
    })
    .join('')
}

/**
 * Reads a returned file: well-formed XML without DOCTYPE, XLIFF 2.0, English to Chinese, our
 * own files and units only. Any problem refuses the whole file, naming the line or the unit.
 */
export function parseXliff(xml: string): ParsedFile[] {
  if (Buffer.byteLength(xml, 'utf8') > maxXliffBytes)
    throw new XliffError(`The file is larger than ${maxXliffBytes / 1024 / 1024} MB.`)
  let root: XmlElement
  try {
    root = parseXml(xml)
  } catch (error) {
    if (error instanceof XmlError) throw new XliffError(`Not well-formed XML. ${error.message}`)
    throw error
  }
  if (
    root.name !== 'xliff' ||
    root.attributes.xmlns !== xliffNamespace ||
    root.attributes.version !== '2.0'
  ) {
    throw new XliffError(
      `Line ${root.line}: not an XLIFF 2.0 file (expected <xliff xmlns="${xliffNamespace}" version="2.0">).`,
    )
  }
  if (root.attributes.srcLang !== 'en' || root.attributes.trgLang !== 'zh') {
    throw new XliffError(
      `Line ${root.line}: wrong languages srcLang="${root.attributes.srcLang ?? ''}" trgLang="${root.attributes.trgLang ?? ''}"; this desk takes English (en) to Chinese (zh).`,
    )
  }
  const files: ParsedFile[] = []
  for (const file of childElements(root, 'file')) {
    const match = /^([a-z]+)\/([A-Za-z0-9]+)$/.exec(file.attributes.original ?? '')
    if (!match)
      throw new XliffError(
        `Line ${file.line}: <file original="${file.attributes.original ?? ''}"> is not a document of this CMS.`,
      )
    const parsed: ParsedFile = { collection: match[1], id: match[2], line: file.line, units: [] }
    for (const unit of childElements(file, 'unit')) {
      const id = unit.attributes.id ?? ''
      const field = unit.attributes.name ?? ''
      if (id !== unitIdOf(match[1], match[2], field))
        throw new XliffError(
          `Line ${unit.line}: unit "${id}" does not belong to ${match[1]}/${match[2]}.`,
        )
      const data = new Map<string, string>()
      for (const original of childElements(unit, 'originalData')) {
        for (const entry of childElements(original, 'data'))
          data.set(entry.attributes.id ?? '', textOf(entry))
      }
      const segments = childElements(unit, 'segment').map((segment) => {
        const source = childElements(segment, 'source')[0]
        if (!source)
          throw new XliffError(`Line ${segment.line}: unit "${id}" has a segment without <source>.`)
        const target = childElements(segment, 'target')[0]
        return { source: source.children, target: target ? target.children : null }
      })
      if (segments.length === 0)
        throw new XliffError(`Line ${unit.line}: unit "${id}" has no segment.`)
      parsed.units.push({ id, field, line: unit.line, data, segments })
    }
    files.push(parsed)
  }
  if (files.length === 0)
    throw new XliffError(`Line ${root.line}: the file holds no <file> element.`)
  return files
}

/** The Lexical inline nodes of a returned target, with marks and links from originalData. */
function readInline(nodes: XmlNode[], unit: ParsedUnit, format: number, style: string): Node[] {
  const out: Node[] = []
  const dataOf = (ref: string | undefined) => {
    const raw = ref ? unit.data.get(ref) : undefined
    if (raw === undefined)
      throw new XliffError(
        `Line ${unit.line}: unit "${unit.id}" refers to original data "${ref ?? ''}" it does not hold.`,
      )
    try {
      return JSON.parse(raw) as { format?: number; style?: string; link?: Node; node?: string }
    } catch {
      throw new XliffError(
        `Line ${unit.line}: unit "${unit.id}" holds unreadable original data "${ref}".`,
      )
    }
  }
  for (const node of nodes) {
    if (!isElement(node)) {
      if (node.text)
        out.push({
          type: 'text',
          text: node.text,
          format,
          detail: 0,
          mode: 'normal',
          style,
          version: 1,
        })
      continue
    }
    if (node.name === 'ph') {
      const value = dataOf(node.attributes.dataRef)
      out.push({ type: value.node === 'tab' ? 'tab' : 'linebreak', version: 1 })
    } else if (node.name === 'pc') {
      const value = dataOf(node.attributes.dataRefStart)
      if (value.link)
        out.push({ ...value.link, children: readInline(node.children, unit, format, style) })
      else
        out.push(
          ...readInline(
            node.children,
            unit,
            format | Number(value.format ?? 0),
            value.style || style,
          ),
        )
    } else if (node.name === 'mrk') {
      out.push(...readInline(node.children, unit, format, style))
    } else {
      throw new XliffError(
        `Line ${node.line}: unit "${unit.id}" has an inline element <${node.name}> this desk does not read.`,
      )
    }
  }
  return out
}

/**
 * The Chinese value of a unit's targets: plain text, or the English structure (headings,
 * lists) with each block's text from its segment's target.
 */
export function targetValue(unit: ParsedUnit, english: unknown): unknown {
  if (!isRich(english))
    return unit.segments
      .map((s) => textOf({ name: 't', attributes: {}, children: s.target ?? [], line: 0 }))
      .join('')
  const clone = JSON.parse(JSON.stringify(english)) as { root: Node }
  const blocks = segmentBlocks(clone)
  blocks.forEach((block, i) => {
    const inline = readInline(unit.segments[i]?.target ?? [], unit, 0, '')
    const lists = (Array.isArray(block.children) ? (block.children as Node[]) : []).filter(
      (c) => c.type === 'list',
    )
    block.children = [...inline, ...lists]
  })
  return clone
}

/** The canonical source of a unit and the English data it refers to (links, marks). */
export function sourceKey(unit: ParsedUnit): string {
  const data = [...unit.data]
    .filter(([id]) => id.startsWith('s'))
    .map(([id, v]) => `${id}=${v}`)
    .join('\n')
  return `${unit.segments.map((s) => canonical(s.source)).join('\n')}\n${data}`
}

/** The canonical targets of a unit (null when none has a target). */
export function targetKey(unit: ParsedUnit): string | null {
  if (unit.segments.every((s) => s.target === null)) return null
  return unit.segments
    .map((s) => {
      if (s.target === null) return ''
      const refs = new Set<string>()
      const collect = (nodes: XmlNode[]) =>
        nodes.forEach((n) => {
          if (!isElement(n)) return
          for (const key of ['dataRef', 'dataRefStart'])
            if (n.attributes[key]) refs.add(n.attributes[key])
          collect(n.children)
        })
      collect(s.target)
      return `${canonical(s.target)}|${[...refs]
        .sort()
        .map((r) => unit.data.get(r))
        .join('|')}`
    })
    .join('\n')
}
