import {
  buildXliff,
  canonical,
  parseXliff,
  segmentBlocks,
  sourceKey,
  targetKey,
  targetValue,
} from '@/editorial/xliff/format'
import { parseXml } from '@/editorial/xliff/xml'
import { textModelOf } from '@/editorial/parity'
import { blocksToLexical } from '@/seed/lexical'

const resolve = (collection: string, slug: string) => `${collection}:${slug}`
const en = blocksToLexical(
  [
    { type: 'h2', text: 'Treatment' },
    {
      type: 'p',
      text: 'Guidelines recommend **low-dose aspirin** with heparin; see [immune causes](causes/immune).',
    },
    { type: 'ul', items: ['Start **early**.', 'Ask about [tests](topics/diagnosis).'] },
  ],
  resolve,
).state
const zh = blocksToLexical(
  [
    { type: 'h2', text: '治疗' },
    { type: 'p', text: '指南推荐**低剂量阿司匹林**联合肝素；见[免疫因素](causes/immune)。' },
    { type: 'ul', items: ['**尽早**开始。', '咨询[相关检查](topics/diagnosis)。'] },
  ],
  resolve,
).state

const file = () =>
  buildXliff([
    {
      collection: 'causes',
      id: 7,
      title: '治疗',
      fields: [
        { name: 'title', en: 'Treatment', zh: '治疗' },
        { name: 'body', en, zh },
      ],
      glossary: [],
      mismatches: [],
    },
  ])

describe('the XML reader', () => {
  it('reads elements, attributes, entities and CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<a x="1 &amp; 2"><b>&lt;&#x4e2d;&#25991;</b><![CDATA[<raw>]]></a>',
    )
    expect(root.attributes.x).toBe('1 & 2')
    expect(canonical(root.children)).toBe('<b>&lt;中文</b>&lt;raw&gt;')
  })

  it('refuses a DOCTYPE before reading any entity it declares, and unknown entities', () => {
    expect(() =>
      parseXml('<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'),
    ).toThrow('Line 2: a DOCTYPE')
    expect(() => parseXml('<a>&x;</a>')).toThrow('entity "&x;" is not allowed')
    expect(() => parseXml('<a>\n<b></a>')).toThrow('Line 2: </a> does not close <b>')
  })
})

describe('XLIFF units', () => {
  it('makes a segment per block and gives back the Chinese with every mark and link', () => {
    expect(segmentBlocks(en as never)).toHaveLength(4)
    const [parsed] = parseXliff(file())
    const body = parsed.units.find((u) => u.field === 'body')!
    const rebuilt = textModelOf(targetValue(body, en))
    const original = textModelOf(zh)
    expect(rebuilt.blocks.map((b) => [b.kind, b.text, b.emphasis, b.links])).toEqual(
      original.blocks.map((b) => [b.kind, b.text, b.emphasis, b.links]),
    )
    expect(rebuilt.lists).toEqual(original.lists)
  })

  it('tells a changed source and a changed target from the exported ones', () => {
    const [a] = parseXliff(file())
    const [b] = parseXliff(
      file().replace('联合肝素', '加肝素').replace('with heparin', 'plus heparin'),
    )
    expect(sourceKey(a.units[1])).not.toBe(sourceKey(b.units[1]))
    expect(targetKey(a.units[1])).not.toBe(targetKey(b.units[1]))
    expect(targetKey(a.units[0])).toBe(targetKey(parseXliff(file())[0].units[0]))
  })
})
