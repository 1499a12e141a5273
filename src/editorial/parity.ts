/**
 * Parity checks between the English and the Chinese of one document: the things a
 * mistranslation of medical text most often gets wrong and a machine can compare without
 * understanding either language. Numbers with their units, links (targets in order), headings,
 * list items, emphasised terms, and the glossary (a discouraged Chinese variant; an English term
 * whose preferred Chinese is missing). Pure: no Payload, no project imports, so the workflow
 * API, the admin panels, the XLIFF notes and the tests all compute the same report.
 */

export type ParityKind =
  'number' | 'link' | 'heading' | 'list' | 'emphasis' | 'glossaryDiscouraged' | 'glossaryMissing'

export interface ParityMismatch {
  kind: ParityKind
  /** The localized field, e.g. `body`, `summary`, `answer`. */
  field: string
  /** What differs, in English, for editors and logs. */
  message: string
  /** The English sentence concerned (or the nearest one), if any. */
  en: string | null
  /** The Chinese sentence concerned (or the nearest one), if any. */
  zh: string | null
}

export interface GlossaryTerm {
  english: string
  chinese: string
  discouraged?: string[]
  /** Other Chinese renderings that are acceptable (the term is not missing when one is used). */
  accepted?: string[]
  note?: string | null
}

export interface ParityField {
  name: string
  /** Plain text, a Lexical editor state, or nothing. */
  en: unknown
  zh: unknown
}

export interface ParityReport {
  /** False when there is no Chinese to compare (nothing is reported then). */
  checked: boolean
  mismatches: ParityMismatch[]
}

// ---------------------------------------------------------------------------------------------
// Text model: blocks with their links and emphasised spans

interface TextBlock {
  /** heading, paragraph, listitem, quote, text (a plain field) */
  kind: string
  /** h2, h3... for headings */
  tag?: string
  /** Which list (0-based, in reading order) a list item belongs to. */
  list?: number
  text: string
  links: Array<{ target: string; label: string }>
  emphasis: string[]
}

interface ListShape {
  items: number
  ordered: boolean
}

interface TextModel {
  blocks: TextBlock[]
  lists: ListShape[]
}

type LexicalNode = Record<string, unknown>

const emphasisFormats = 1 | 2 | 8 // bold, italic, underline

function linkTarget(node: LexicalNode): string {
  const fields = (node.fields ?? {}) as {
    linkType?: string
    url?: string
    doc?: { relationTo?: string; value?: unknown }
  }
  if (fields.linkType === 'internal' && fields.doc) {
    const raw = fields.doc.value
    const value = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : raw
    return `${fields.doc.relationTo ?? '?'}/${String(value ?? '?')}`
  }
  return String(fields.url ?? '')
}

function inlineOf(node: LexicalNode, block: TextBlock, inEmphasis: boolean): string {
  if (node.type === 'text') {
    const text = String(node.text ?? '')
    const emphasised = (Number(node.format ?? 0) & emphasisFormats) !== 0
    if (emphasised && !inEmphasis) {
      // Adjacent emphasised text nodes (bold then bold italic) are one term.
      const last = block.emphasis.length - 1
      if ((block as { _emphasisOpen?: boolean })._emphasisOpen && last >= 0)
        block.emphasis[last] += text
      else block.emphasis.push(text)
      ;(block as { _emphasisOpen?: boolean })._emphasisOpen = true
    } else {
      ;(block as { _emphasisOpen?: boolean })._emphasisOpen = false
    }
    return text
  }
  ;(block as { _emphasisOpen?: boolean })._emphasisOpen = false
  if (node.type === 'linebreak') return '\n'
  const children = Array.isArray(node.children) ? (node.children as LexicalNode[]) : []
  const text = children.map((child) => inlineOf(child, block, inEmphasis)).join('')
  if (node.type === 'link' || node.type === 'autolink')
    block.links.push({ target: linkTarget(node), label: text })
  return text
}

function newBlock(kind: string, extra: Partial<TextBlock> = {}): TextBlock {
  return { kind, text: '', links: [], emphasis: [], ...extra }
}

function finish(block: TextBlock): TextBlock {
  delete (block as { _emphasisOpen?: boolean })._emphasisOpen
  block.text = block.text.trim()
  return block
}

/** The blocks, links and emphasised terms of a plain text or a Lexical state. */
export function textModelOf(value: unknown): TextModel {
  const model: TextModel = { blocks: [], lists: [] }
  if (value === null || value === undefined) return model
  if (typeof value === 'string') {
    if (value.trim()) model.blocks.push(finish({ ...newBlock('text'), text: value }))
    return model
  }
  const root = (value as { root?: LexicalNode }).root
  if (!root || typeof root !== 'object') return model
  const visitBlock = (node: LexicalNode, listIndex?: number) => {
    const type = String(node.type ?? '')
    const children = Array.isArray(node.children) ? (node.children as LexicalNode[]) : []
    if (type === 'list') {
      const index = model.lists.length
      const shape: ListShape = { items: 0, ordered: node.listType === 'number' }
      model.lists.push(shape)
      for (const child of children) {
        const nested = Array.isArray(child.children) ? (child.children as LexicalNode[]) : []
        // A list item holding only a nested list is Lexical's way of indenting; not an item.
        if (nested.length > 0 && nested.every((n) => n.type === 'list'))
          nested.forEach((n) => visitBlock(n))
        else {
          shape.items += 1
          visitBlock(child, index)
        }
      }
      return
    }
    const kind =
      type === 'heading'
        ? 'heading'
        : type === 'listitem'
          ? 'listitem'
          : type === 'quote'
            ? 'quote'
            : 'paragraph'
    const block = newBlock(
      kind,
      kind === 'heading'
        ? { tag: String(node.tag ?? 'h2') }
        : kind === 'listitem'
          ? { list: listIndex }
          : {},
    )
    const parts: string[] = []
    for (const child of children) {
      if (child.type === 'list') {
        // Text before a nested list stays with its item; the nested list is a list of its own.
        continue
      }
      parts.push(inlineOf(child, block, false))
    }
    block.text = parts.join('')
    if (block.text.trim() || block.links.length > 0) model.blocks.push(finish(block))
    for (const child of children) if (child.type === 'list') visitBlock(child)
  }
  const top = Array.isArray(root.children) ? (root.children as LexicalNode[]) : []
  top.forEach((node) => visitBlock(node))
  return model
}

// ---------------------------------------------------------------------------------------------
// Sentences

/** Splits text into sentences, in English and Chinese punctuation. */
export function sentencesOf(text: string): string[] {
  const parts = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])|(?<=[。！？；])/u)
    .map((s) => s.trim())
    .filter(Boolean)
  return parts.length > 0 ? parts : text.trim() ? [text.trim()] : []
}

function sentenceContaining(text: string, needle: string): string {
  const sentences = sentencesOf(text)
  return sentences.find((s) => s.includes(needle)) ?? sentences[0] ?? text
}

// ---------------------------------------------------------------------------------------------
// Numbers

export type NumberUnit =
  | 'week'
  | 'day'
  | 'month'
  | 'year'
  | 'hour'
  | 'mg'
  | 'mcg'
  | 'g'
  | 'ml'
  | 'iu'
  | 'percent'
  | 'times'
  | null

export interface Quantity {
  /** A canonical value: `28`, `0.5`, or a range `10-12`. */
  value: string
  unit: NumberUnit
  /** The text it was read from, e.g. `二十八周`, `10–12 weeks`. */
  source: string
  /** Character offset in the text it was read from. */
  index: number
}

const fullWidth = /[\uFF10-\uFF19\uFF0E\uFF05\uFF5E\uFF0D]/g
/** Full-width digits and signs become their ASCII forms (same length, so offsets hold). */
export function normalizeWidth(text: string): string {
  return text.replace(fullWidth, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

const chineseDigits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const chineseMultipliers: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 }

/** 二十八 -> 28, 百分之四十's 四十 -> 40, 一百二十 -> 120, 十二 -> 12, 一点五 -> 1.5. */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null
  const [whole, fraction] = text.split('点')
  let total = 0
  let section = 0
  let digit: number | null = null
  for (const char of whole) {
    if (char in chineseDigits) {
      digit = chineseDigits[char]
    } else if (char in chineseMultipliers) {
      const multiplier = chineseMultipliers[char]
      if (multiplier === 10000) {
        total = (total + section + (digit ?? 0)) * 10000
        section = 0
      } else {
        section += (digit ?? 1) * multiplier
      }
      digit = null
    } else {
      return null
    }
  }
  let value = total + section + (digit ?? 0)
  if (fraction !== undefined) {
    const decimals = [...fraction].map((c) => chineseDigits[c])
    if (decimals.some((d) => d === undefined) || decimals.length === 0) return null
    value = Number(`${value}.${decimals.join('')}`)
  }
  return value
}

const englishWords: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
}

function parseEnglishWords(text: string): number | null {
  const parts = text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)
  let value = 0
  for (const part of parts) {
    const n = englishWords[part]
    if (n === undefined) return null
    if (n === 100) value = (value || 1) * 100
    else value += n
  }
  return value
}

const englishUnits: Array<[RegExp, NumberUnit]> = [
  [/^(?:weeks?|wks?)\b/i, 'week'],
  [/^days?\b/i, 'day'],
  [/^months?\b/i, 'month'],
  [/^years?\b/i, 'year'],
  [/^(?:hours?|hrs?)\b/i, 'hour'],
  [/^(?:mg|milligrams?)\b/i, 'mg'],
  [/^(?:mcg|µg|μg|micrograms?)\b/i, 'mcg'],
  [/^(?:g|grams?)\b/i, 'g'],
  [/^(?:ml|millilitres?|milliliters?)\b/i, 'ml'],
  [/^(?:iu|units?)\b/i, 'iu'],
  [/^(?:%|per ?cent\b)/i, 'percent'],
  [/^times\b/i, 'times'],
]

const chineseUnits: Array<[RegExp, NumberUnit]> = [
  [/^(?:周|星期)/, 'week'],
  [/^(?:天|日)/, 'day'],
  [/^个?月/, 'month'],
  [/^(?:年|岁)/, 'year'],
  [/^(?:个)?小时/, 'hour'],
  [/^(?:毫克|mg)/i, 'mg'],
  [/^(?:微克|mcg|µg|μg)/i, 'mcg'],
  [/^(?:克|g(?![a-z]))/i, 'g'],
  [/^(?:毫升|ml)/i, 'ml'],
  [/^(?:国际单位|单位|iu)/i, 'iu'],
  [/^%/, 'percent'],
  [/^(?:次|倍)/, 'times'],
]

/** Counting words after a Chinese numeral: they make it a number, without a unit. */
const chineseClassifier = /^(?:个|条|种|项|例|名|位|组|份|片|粒|支|针|轮|胎|对|类|方面|步)/

function unitAfter(
  rest: string,
  table: Array<[RegExp, NumberUnit]>,
): { unit: NumberUnit; length: number } {
  for (const [pattern, unit] of table) {
    const match = pattern.exec(rest)
    if (match) return { unit, length: match[0].length }
  }
  return { unit: null, length: 0 }
}

function canonical(n: number): string {
  return String(Number(n.toFixed(6)))
}

const rangeJoinEn = /^\s*(?:-|–|—|~|to|and)\s*/i
const rangeJoinZh = /^\s*(?:-|–|—|~|～|〜|至|到)\s*/

const digitNumber = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/y
const wordNumber = new RegExp(
  `\\b(?:${Object.keys(englishWords).join('|')})(?:[\\s-](?:${Object.keys(englishWords).join('|')}))*\\b`,
  'iy',
)
const chineseNumeral = /[零〇一二两三四五六七八九十百千万]+(?:点[零〇一二三四五六七八九]+)?/y

interface Read {
  value: number
  end: number
  word: boolean
}

function readNumberAt(text: string, index: number, language: 'en' | 'zh'): Read | null {
  digitNumber.lastIndex = index
  const digits = digitNumber.exec(text)
  if (digits) {
    const value = Number(`${digits[1].replace(/,/g, '')}${digits[2] ? `.${digits[2]}` : ''}`)
    return { value, end: index + digits[0].length, word: false }
  }
  if (language === 'en') {
    wordNumber.lastIndex = index
    const word = wordNumber.exec(text)
    if (word) {
      const value = parseEnglishWords(word[0])
      if (value !== null) return { value, end: index + word[0].length, word: true }
    }
    return null
  }
  chineseNumeral.lastIndex = index
  const numeral = chineseNumeral.exec(text)
  if (numeral) {
    const value = parseChineseNumeral(numeral[0])
    if (value !== null) return { value, end: index + numeral[0].length, word: true }
  }
  return null
}

const measureUnits = new Set<NumberUnit>([
  'week',
  'day',
  'month',
  'year',
  'hour',
  'mg',
  'mcg',
  'g',
  'ml',
  'iu',
  'percent',
  'times',
])

/**
 * Every number in a text with its unit. Digits always count (unless glued to letters, as in
 * 3D or COVID-19); number words and Chinese numerals count when a unit or (in Chinese) a counting
 * word follows, except "one"/一, which counts only with a measuring unit (一种 is "a kind").
 */
export function numbersIn(rawText: string, language: 'en' | 'zh'): Quantity[] {
  const text = normalizeWidth(rawText)
  const found: Quantity[] = []
  let i = 0
  while (i < text.length) {
    const char = text[i]
    const startsNumber =
      /[0-9]/.test(char) ||
      (language === 'en'
        ? /[a-z]/i.test(char) && (i === 0 || !/[a-z]/i.test(text[i - 1]))
        : /[零〇一二两三四五六七八九十百千万]/.test(char))
    if (!startsNumber) {
      i += 1
      continue
    }
    const first = readNumberAt(text, i, language)
    if (!first) {
      // Skip the whole word so "someone" is never read as "one".
      if (language === 'en' && /[a-z]/i.test(char)) {
        while (i < text.length && /[a-z]/i.test(text[i])) i += 1
      } else i += 1
      continue
    }
    const before = text[i - 1] ?? ''
    let end = first.end
    // "the 3rd and any later miscarriage": a digit ordinal counts as its number from 3rd on
    // (like "third"); 1st and 2nd are mostly "first"/"next", as in the Chinese below.
    if (language === 'en' && !first.word) {
      const suffix = /^(?:st|nd|rd|th)\b/i.exec(text.slice(end))
      if (suffix) {
        if (first.value >= 3)
          found.push({
            value: canonical(first.value),
            unit: null,
            source: text.slice(i, end + 2),
            index: i,
          })
        i = end + suffix[0].length
        continue
      }
    }
    // 3D, T4, COVID-19, IgG1: part of a name, not a quantity.
    if (
      !first.word &&
      (/[A-Za-z]/.test(before) ||
        (before === '-' && /[A-Za-z]/.test(text[i - 2] ?? '')) ||
        (/[A-Za-z]/.test(text[end] ?? '') && !/^(?:mg|mcg|ml|g|iu|wks?|%)/i.test(text.slice(end))))
    ) {
      i = end
      continue
    }
    // 百分之四十 / 百分之40
    const percentPrefix = language === 'zh' && text.slice(Math.max(0, i - 3), i) === '百分之'
    let second: Read | null = null
    const units = language === 'en' ? englishUnits : chineseUnits
    // 1%～2%, 10周至12周: the unit written after both ends of a range.
    const firstUnit = unitAfter(text.slice(end).replace(/^\s+/, ''), units)
    const skip =
      firstUnit.unit && firstUnit.unit !== 'times'
        ? text.slice(end).length - text.slice(end).replace(/^\s+/, '').length + firstUnit.length
        : 0
    const join = (language === 'en' ? rangeJoinEn : rangeJoinZh).exec(text.slice(end + skip))
    if (join && skip > 0) {
      const at = end + skip + join[0].length
      const next = readNumberAt(text, at, language)
      const nextUnit = next ? unitAfter(text.slice(next.end).replace(/^\s+/, ''), units) : null
      if (next && nextUnit?.unit === firstUnit.unit && next.value > first.value) {
        second = next
        end = next.end
      }
    } else if (join) {
      let at = end + join[0].length
      if (language === 'zh' && text.slice(at, at + 3) === '百分之') at += 3
      const next = readNumberAt(text, at, language)
      // "two and a half" is not a range; "and" joins a range only after "between".
      const between = /between\s+$/i.test(text.slice(Math.max(0, i - 8), i))
      const joinWord = join[0].trim().toLowerCase()
      if (
        next &&
        next.word === first.word &&
        (joinWord !== 'and' || between) &&
        next.value > first.value
      ) {
        second = next
        end = next.end
      }
    }
    const rest = text.slice(end)
    let { unit, length } = unitAfter(
      language === 'en' ? rest.replace(/^\s+/, '') : rest.replace(/^\s*/, ''),
      language === 'en' ? englishUnits : chineseUnits,
    )
    if (unit)
      length +=
        rest.length -
        (language === 'en' ? rest.replace(/^\s+/, '') : rest.replace(/^\s*/, '')).length
    if (percentPrefix) unit = 'percent'
    if (language === 'zh' && !unit && /^\s*(?:周岁)/.test(rest)) unit = 'year'
    // English number words count on their own ("two losses"); Chinese numerals need a unit or a
    // counting word (二 alone is rarely a number in running text).
    const counted =
      !first.word || unit !== null || language === 'en' || chineseClassifier.test(rest)
    // "one"/一 is mostly "a": 一种, 下一次, 每一次, "one of"; it counts only with a measuring unit
    // other than times (一次又一次 is "again and again").
    const isOne = first.word && !second && first.value === 1
    // 第一/第二 are ordinals, and 第二天 is "the next day": like English ordinals, a Chinese
    // ordinal counts only from 第三 on (第3次及以后 beside "the 3rd and any later").
    const lowOrdinal = language === 'zh' && before === '第' && !second && first.value < 3
    // 两次妊娠之间 is "between pregnancies": 两次 … 之间 names the gap, not a count of two
    // (两次流产 and 两次妊娠丢失 without 之间 still count).
    const between =
      language === 'zh' &&
      !second &&
      first.value === 2 &&
      unit === 'times' &&
      /^[\u4e00-\u9fff]{1,4}之间/.test(text.slice(end + length))
    if (lowOrdinal || between) {
      i = end + length
      continue
    }
    if (counted && !(isOne && (!measureUnits.has(unit) || unit === 'times'))) {
      const value = second
        ? `${canonical(first.value)}-${canonical(second.value)}`
        : canonical(first.value)
      const startOf = percentPrefix ? i - 3 : i
      found.push({ value, unit, source: text.slice(startOf, end + length).trim(), index: startOf })
    }
    i = end + length
  }
  // "twice" is two times (两次 is read above); "once" is as often "formerly" as "one time".
  // Ordinals from third on count as their number (第3次 beside "the third miscarriage").
  if (language === 'en') {
    for (const match of text.matchAll(/\btwice\b/gi)) {
      found.push({ value: '2', unit: 'times', source: match[0], index: match.index ?? 0 })
    }
    for (const match of text.matchAll(
      /\b(third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/gi,
    )) {
      const value =
        ['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].indexOf(
          match[1].toLowerCase(),
        ) + 3
      found.push({ value: String(value), unit: null, source: match[0], index: match.index ?? 0 })
    }
    found.sort((a, b) => a.index - b.index)
  }
  return found
}

function describe(q: Quantity): string {
  return q.unit ? `${q.value} ${q.unit}` : q.value
}

/**
 * Pairs the numbers of the two sides: the same value and unit first, then the same value where
 * one side names no unit (三次 beside "three miscarriages"), then a range beside its two ends.
 * Returns what is left on each side.
 */
export function unmatchedQuantities<T extends Quantity>(en: T[], zh: T[]): { en: T[]; zh: T[] } {
  let left = [...en]
  let right = [...zh]
  const pass = (same: (a: T, b: T) => boolean) => {
    const rest: T[] = []
    for (const a of left) {
      const at = right.findIndex((b) => same(a, b))
      if (at >= 0) right.splice(at, 1)
      else rest.push(a)
    }
    left = rest
  }
  pass((a, b) => a.value === b.value && a.unit === b.unit)
  pass((a, b) => a.value === b.value && (a.unit === null || b.unit === null))
  // A range on one side may be written as its two ends on the other ("10 to 12" / "10周和12周").
  const splitRanges = (side: T[]): T[] =>
    side.flatMap((q) =>
      q.value.includes('-') ? q.value.split('-').map((value) => ({ ...q, value })) : [q],
    )
  if (left.some((q) => q.value.includes('-')) || right.some((q) => q.value.includes('-'))) {
    const before = { left, right }
    left = splitRanges(left)
    right = splitRanges(right)
    pass((a, b) => a.value === b.value && (a.unit === b.unit || a.unit === null || b.unit === null))
    if (left.length + right.length >= before.left.length + before.right.length) {
      left = before.left
      right = before.right
    }
  }
  return { en: left, zh: right }
}

// ---------------------------------------------------------------------------------------------
// Glossary

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function englishTermPattern(term: string): RegExp {
  // Plurals and British/US hyphen variants of the same term count as the term.
  const body = escapeRegExp(term.trim()).replace(/\\-|\s+/g, '[\\s-]')
  return new RegExp(`(?<![A-Za-z])${body}(?:s|es)?(?![A-Za-z])`, 'i')
}

/** Occurrences of `term` in `text` that are not part of a longer discouraged variant. */
function containsOutside(text: string, term: string, variants: string[]): boolean {
  let masked = text
  for (const variant of variants)
    if (variant.includes(term)) masked = masked.split(variant).join('\u0000')
  return masked.includes(term)
}

// ---------------------------------------------------------------------------------------------
// The checks

function counterpart(blocks: TextBlock[], index: number, total: number): TextBlock | undefined {
  if (blocks.length === 0) return undefined
  if (blocks.length === total) return blocks[index]
  return blocks[
    Math.min(blocks.length - 1, Math.round((index / Math.max(1, total - 1)) * (blocks.length - 1)))
  ]
}

function nearestSentence(block: TextBlock | undefined, ratio = 0): string | null {
  if (!block) return null
  const sentences = sentencesOf(block.text)
  if (sentences.length === 0) return null
  return sentences[Math.min(sentences.length - 1, Math.round(ratio * (sentences.length - 1)))]
}

function locateQuantity(blocks: TextBlock[], language: 'en' | 'zh') {
  const located: Array<{ q: Quantity; block: number; sentence: string; ratio: number }> = []
  blocks.forEach((block, b) => {
    const sentences = sentencesOf(normalizeWidth(block.text))
    sentences.forEach((sentence, s) => {
      for (const q of numbersIn(sentence, language)) {
        located.push({
          q,
          block: b,
          sentence,
          ratio: sentences.length > 1 ? s / (sentences.length - 1) : 0,
        })
      }
    })
  })
  return located
}

function checkNumbers(field: string, en: TextModel, zh: TextModel): ParityMismatch[] {
  const enFound = locateQuantity(en.blocks, 'en')
  const zhFound = locateQuantity(zh.blocks, 'zh')
  const left = unmatchedQuantities(
    enFound.map((f, slot) => ({ ...f.q, slot })),
    zhFound.map((f, slot) => ({ ...f.q, slot })),
  )
  const out: ParityMismatch[] = []
  const placeOf = (found: typeof enFound, q: { slot: number }) => found[q.slot]
  for (const q of left.en) {
    const place = placeOf(enFound, q)
    const other = place ? counterpart(zh.blocks, place.block, en.blocks.length) : undefined
    out.push({
      kind: 'number',
      field,
      message: `The English says ${describe(q)} ("${q.source}"); the Chinese has no matching number.`,
      en: place?.sentence ?? null,
      zh: nearestSentence(other, place?.ratio),
    })
  }
  for (const q of left.zh) {
    const place = placeOf(zhFound, q)
    const other = place ? counterpart(en.blocks, place.block, zh.blocks.length) : undefined
    out.push({
      kind: 'number',
      field,
      message: `The Chinese says ${describe(q)} ("${q.source}"); the English has no matching number.`,
      en: nearestSentence(other, place?.ratio),
      zh: place?.sentence ?? null,
    })
  }
  return out
}

function checkLinks(field: string, en: TextModel, zh: TextModel): ParityMismatch[] {
  const list = (m: TextModel) =>
    m.blocks.flatMap((block) => block.links.map((link) => ({ ...link, block })))
  const a = list(en)
  const b = list(zh)
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i]?.target === b[i]?.target) continue
    const enSide = a[i] ? sentenceContaining(a[i].block.text, a[i].label) : null
    const zhSide = b[i] ? sentenceContaining(b[i].block.text, b[i].label) : null
    const message =
      a.length !== b.length
        ? `The English has ${a.length} link(s), the Chinese ${b.length}; they first differ at link ${i + 1} (${a[i]?.target ?? 'none'} / ${b[i]?.target ?? 'none'}).`
        : `Link ${i + 1} points at ${a[i]?.target} in the English but at ${b[i]?.target} in the Chinese.`
    return [{ kind: 'link', field, message, en: enSide, zh: zhSide }]
  }
  return []
}

function checkHeadings(field: string, en: TextModel, zh: TextModel): ParityMismatch[] {
  const a = en.blocks.filter((block) => block.kind === 'heading')
  const b = zh.blocks.filter((block) => block.kind === 'heading')
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] && b[i] && a[i].tag === b[i].tag) continue
    const message =
      a.length !== b.length
        ? `The English has ${a.length} heading(s), the Chinese ${b.length}.`
        : `Heading ${i + 1} is ${a[i]?.tag} in the English but ${b[i]?.tag} in the Chinese.`
    return [{ kind: 'heading', field, message, en: a[i]?.text ?? null, zh: b[i]?.text ?? null }]
  }
  return []
}

function checkLists(field: string, en: TextModel, zh: TextModel): ParityMismatch[] {
  const out: ParityMismatch[] = []
  const firstItem = (m: TextModel, list: number, item: number) =>
    m.blocks.filter((block) => block.list === list)[item]?.text ?? null
  if (en.lists.length !== zh.lists.length) {
    out.push({
      kind: 'list',
      field,
      message: `The English has ${en.lists.length} list(s), the Chinese ${zh.lists.length}.`,
      en: firstItem(en, Math.min(en.lists.length, zh.lists.length), 0),
      zh: firstItem(zh, Math.min(en.lists.length, zh.lists.length), 0),
    })
  }
  for (let i = 0; i < Math.min(en.lists.length, zh.lists.length); i += 1) {
    if (en.lists[i].items === zh.lists[i].items) continue
    const at = Math.min(en.lists[i].items, zh.lists[i].items)
    out.push({
      kind: 'list',
      field,
      message: `List ${i + 1} has ${en.lists[i].items} item(s) in the English and ${zh.lists[i].items} in the Chinese.`,
      en: firstItem(en, i, at) ?? firstItem(en, i, at - 1),
      zh: firstItem(zh, i, at) ?? firstItem(zh, i, at - 1),
    })
  }
  return out
}

function checkEmphasis(field: string, en: TextModel, zh: TextModel): ParityMismatch[] {
  const a = en.blocks.flatMap((block) => block.emphasis.map((term) => ({ term, block })))
  const b = zh.blocks.flatMap((block) => block.emphasis.map((term) => ({ term, block })))
  if (a.length === b.length) return []
  // Where the counts first part company, if the blocks line up; else the first extra term.
  let enAt: (typeof a)[number] | undefined
  let zhAt: (typeof b)[number] | undefined
  if (en.blocks.length === zh.blocks.length) {
    const index = en.blocks.findIndex(
      (block, i) => block.emphasis.length !== zh.blocks[i].emphasis.length,
    )
    if (index >= 0) {
      enAt = { term: en.blocks[index].emphasis[0] ?? '', block: en.blocks[index] }
      zhAt = { term: zh.blocks[index].emphasis[0] ?? '', block: zh.blocks[index] }
    }
  }
  enAt ??= a[Math.min(a.length, b.length)] ?? a[a.length - 1]
  zhAt ??= b[Math.min(a.length, b.length)] ?? b[b.length - 1]
  return [
    {
      kind: 'emphasis',
      field,
      message: `The English emphasises ${a.length} term(s) (${a.map((x) => x.term).join(', ') || 'none'}), the Chinese ${b.length} (${b.map((x) => x.term).join('、') || 'none'}).`,
      en: enAt
        ? enAt.term
          ? sentenceContaining(enAt.block.text, enAt.term)
          : nearestSentence(enAt.block)
        : null,
      zh: zhAt
        ? zhAt.term
          ? sentenceContaining(zhAt.block.text, zhAt.term)
          : nearestSentence(zhAt.block)
        : null,
    },
  ]
}

function checkGlossary(
  field: string,
  en: TextModel,
  zh: TextModel,
  glossary: GlossaryTerm[],
): ParityMismatch[] {
  const out: ParityMismatch[] = []
  const zhText = zh.blocks.map((block) => block.text).join('\n')
  const enText = en.blocks.map((block) => block.text).join('\n')
  const reported = new Set<string>()
  for (const term of glossary) {
    const variants = (term.discouraged ?? []).map((v) => v.trim()).filter(Boolean)
    let discouragedFound = false
    for (const variant of variants) {
      // A variant that is part of the preferred term (抗磷脂 in 抗磷脂综合征) is not a use of it.
      let masked = zhText
      if (term.chinese.includes(variant)) masked = masked.split(term.chinese).join('\u0000')
      // 旧称“习惯性流产”: the old name quoted as such, in a text that also uses the preferred term,
      // is not a use of it (a bare or unquoted 习惯性流产 still counts).
      if (zhText.includes(term.chinese))
        masked = masked
          .split(
            new RegExp(`(?:旧称|曾称|过去称为?|以前称为?)[“"「]${escapeRegExp(variant)}[”"」]`),
          )
          .join('\u0000')
      if (!masked.includes(variant)) continue
      discouragedFound = true
      // Two entries discouraging the same variant (two English terms, one Chinese) report it once.
      if (reported.has(variant)) continue
      reported.add(variant)
      const block = zh.blocks.find((b) => b.text.includes(variant))
      out.push({
        kind: 'glossaryDiscouraged',
        field,
        message: `The Chinese uses ${variant}; the glossary prefers ${term.chinese} (${term.english}).`,
        en: null,
        zh: block ? sentenceContaining(block.text, variant) : null,
      })
    }
    // A discouraged variant already says what the Chinese uses instead of the preferred term.
    if (discouragedFound || !term.chinese.trim() || !zhText.trim()) continue
    const pattern = englishTermPattern(term.english)
    if (!pattern.test(enText)) continue
    const renderings = [term.chinese, ...(term.accepted ?? [])].map((t) => t.trim()).filter(Boolean)
    if (renderings.some((rendering) => containsOutside(zhText, rendering, variants))) continue
    const block = en.blocks.find((b) => pattern.test(b.text))
    const match = block ? pattern.exec(block.text) : null
    out.push({
      kind: 'glossaryMissing',
      field,
      message: `The English says "${term.english}"; the Chinese never uses the glossary's ${term.chinese}.`,
      en: block && match ? sentenceContaining(block.text, match[0]) : null,
      zh: null,
    })
  }
  return out
}

function isEmpty(value: unknown): boolean {
  return textModelOf(value).blocks.length === 0
}

/**
 * The parity report of one document: every localized field compared between its English and
 * its Chinese, plus the glossary. A field without Chinese yet is not compared.
 */
export function checkParity(fields: ParityField[], glossary: GlossaryTerm[] = []): ParityReport {
  const mismatches: ParityMismatch[] = []
  let checked = false
  for (const field of fields) {
    if (isEmpty(field.zh) || isEmpty(field.en)) continue
    checked = true
    const en = textModelOf(field.en)
    const zh = textModelOf(field.zh)
    mismatches.push(
      ...checkNumbers(field.name, en, zh),
      ...checkLinks(field.name, en, zh),
      ...checkHeadings(field.name, en, zh),
      ...checkLists(field.name, en, zh),
      ...checkEmphasis(field.name, en, zh),
      ...checkGlossary(field.name, en, zh, glossary),
    )
  }
  return { checked, mismatches }
}

/** The localized text fields parity compares, in the order editors see them. */
export const parityFields = ['title', 'question', 'summary', 'body', 'answer'] as const

/** The fields of a document read with `locale: 'all'`, ready for `checkParity`. */
export function parityFieldsOf(
  docWithLocales: Record<string, unknown>,
  source = 'en',
  target = 'zh',
): ParityField[] {
  return parityFields
    .filter((name) => docWithLocales[name] !== undefined)
    .map((name) => {
      const byLocale = (docWithLocales[name] ?? {}) as Record<string, unknown>
      return { name, en: byLocale?.[source] ?? null, zh: byLocale?.[target] ?? null }
    })
}
