import {
  checkParity,
  normalizeWidth,
  numbersIn,
  parseChineseNumeral,
  parityFieldsOf,
  sentencesOf,
  textModelOf,
  unmatchedQuantities,
  type GlossaryTerm,
} from '@/editorial/parity'
import { blocksToLexical } from '@/seed/lexical'
import type { SeedBlock } from '@/seed/data/types'

const resolve = (collection: string, slug: string) => `${collection}:${slug}`
const rich = (blocks: SeedBlock[]) => blocksToLexical(blocks, resolve).state
const values = (text: string, language: 'en' | 'zh') =>
  numbersIn(text, language).map((q) => (q.unit ? `${q.value} ${q.unit}` : q.value))

const glossary: GlossaryTerm[] = [
  {
    english: 'antiphospholipid syndrome',
    chinese: '抗磷脂综合征',
    discouraged: ['抗磷脂抗体综合征'],
  },
  { english: 'first trimester', chinese: '孕早期', discouraged: ['早孕期', '妊娠早期'] },
  { english: 'low-dose aspirin', chinese: '低剂量阿司匹林', discouraged: ['小剂量阿司匹林'] },
]

describe('reading numbers in English and Chinese medical text', () => {
  it('reads Chinese numerals with their units as numbers', () => {
    expect(parseChineseNumeral('二十八')).toBe(28)
    expect(parseChineseNumeral('一百二十')).toBe(120)
    expect(parseChineseNumeral('十二')).toBe(12)
    expect(parseChineseNumeral('一点五')).toBe(1.5)
    expect(values('妊娠二十八周前连续发生三次流产', 'zh')).toEqual(['28 week', '3 times'])
    expect(values('约百分之四十的夫妇找不到明确原因', 'zh')).toEqual(['40 percent'])
  })

  it('reads full-width digits and signs as ordinary ones', () => {
    expect(normalizeWidth('２８周，４０％')).toBe('28周，40%')
    expect(values('孕２８周前，约４０％', 'zh')).toEqual(['28 week', '40 percent'])
  })

  it('reads English numbers, number words, decimals and ranges with units', () => {
    expect(values('Two or more losses before 24 weeks', 'en')).toEqual(['2', '24 week'])
    expect(
      values('Low-dose aspirin, 75–100 mg a day, and progesterone 400 mg twice a day', 'en'),
    ).toEqual(['75-100 mg', '400 mg', '2 times'])
    expect(values('a TSH above 2.5 mIU/L', 'en')).toEqual(['2.5'])
    expect(values('about 1–2% of couples; 40 to 50 per cent', 'en')).toEqual([
      '1-2 percent',
      '40-50 percent',
    ])
    expect(values('每日2次，每次200毫克', 'zh')).toEqual(['2 times', '200 mg'])
    expect(values('1%～2%的夫妇', 'zh')).toEqual(['1-2 percent'])
  })

  it('does not read names such as 3D, COVID-19 or "someone" as numbers', () => {
    expect(values('A 3D ultrasound after COVID-19 showed someone had none', 'en')).toEqual([])
    expect(values('一种检查，下一次妊娠，一次又一次', 'zh')).toEqual([])
  })

  it('pairs a number word on one side with a counted number on the other', () => {
    const left = unmatchedQuantities(
      numbersIn('after three first-trimester miscarriages', 'en'),
      numbersIn('3次孕早期流产后', 'zh'),
    )
    expect(left).toEqual({ en: [], zh: [] })
  })
})

describe('splitting sentences', () => {
  it('splits English and Chinese sentences at their own punctuation', () => {
    expect(sentencesOf('Most losses happen by chance. Tests help. ')).toEqual([
      'Most losses happen by chance.',
      'Tests help.',
    ])
    expect(sentencesOf('多数流产是偶然的。检查有帮助！')).toEqual([
      '多数流产是偶然的。',
      '检查有帮助！',
    ])
  })
})

describe('comparing the English and Chinese of a document', () => {
  it('finds a threshold changed in translation and quotes both sentences', () => {
    const report = checkParity([
      {
        name: 'summary',
        en: 'The Chinese consensus counts two or more consecutive losses before 28 weeks. Most couples go on to have a baby.',
        zh: '我国共识将妊娠24周前连续2次及以上的流产定义为复发性流产。多数夫妇之后能够顺利生育。',
      },
    ])
    expect(report.checked).toBe(true)
    expect(report.mismatches.map((m) => m.message)).toEqual([
      'The English says 28 week ("28 weeks"); the Chinese has no matching number.',
      'The Chinese says 24 week ("24周"); the English has no matching number.',
    ])
    expect(report.mismatches[0]).toMatchObject({
      field: 'summary',
      en: 'The Chinese consensus counts two or more consecutive losses before 28 weeks.',
      zh: '我国共识将妊娠24周前连续2次及以上的流产定义为复发性流产。',
    })
  })

  it('accepts a faithful translation that writes numbers differently', () => {
    const report = checkParity([
      {
        name: 'body',
        en: rich([
          { type: 'h2', text: 'What the numbers say' },
          {
            type: 'p',
            text: 'About **1–2%** of couples have three or more losses; in about 40–50% no cause is found.',
          },
          { type: 'ul', items: ['Progesterone 400 mg twice a day', 'Low-dose aspirin 75 mg'] },
        ]),
        zh: rich([
          { type: 'h2', text: '数字说明了什么' },
          {
            type: 'p',
            text: '约**百分之一至百分之二**的夫妇会经历三次及以上流产；其中约40%～50%找不到原因。',
          },
          { type: 'ul', items: ['黄体酮400毫克，每日两次', '低剂量阿司匹林75毫克'] },
        ]),
      },
    ])
    expect(report.mismatches).toEqual([])
  })

  it('reports links that point elsewhere or in another order', () => {
    const report = checkParity([
      {
        name: 'body',
        en: rich([
          {
            type: 'p',
            text: 'See [thyroid problems](causes/endocrine) and [immune causes](causes/immune).',
          },
        ]),
        zh: rich([
          { type: 'p', text: '另见[免疫因素](causes/immune)和[甲状腺疾病](causes/endocrine)。' },
        ]),
      },
    ])
    expect(report.mismatches).toHaveLength(1)
    expect(report.mismatches[0]).toMatchObject({
      kind: 'link',
      message:
        'Link 1 points at causes/causes:endocrine in the English but at causes/causes:immune in the Chinese.',
      zh: '另见免疫因素和甲状腺疾病。',
    })
  })

  it('reports a missing heading, a missing list item and an emphasised term left out', () => {
    const report = checkParity([
      {
        name: 'answer',
        en: rich([
          { type: 'h2', text: 'What you can do' },
          { type: 'p', text: 'Stopping smoking is **the most useful** step.' },
          { type: 'ul', items: ['Stop smoking.', 'Limit alcohol.', 'Keep a healthy weight.'] },
        ]),
        zh: rich([
          { type: 'p', text: '戒烟是最有用的一步。' },
          { type: 'ul', items: ['戒烟。', '限制饮酒。'] },
        ]),
      },
    ])
    expect(report.mismatches.map((m) => m.kind)).toEqual(['heading', 'list', 'emphasis'])
    expect(report.mismatches[0]).toMatchObject({ en: 'What you can do', zh: null })
    expect(report.mismatches[1]).toMatchObject({
      message: 'List 1 has 3 item(s) in the English and 2 in the Chinese.',
      en: 'Keep a healthy weight.',
    })
    expect(report.mismatches[2].en).toBe('Stopping smoking is the most useful step.')
  })

  it('reports a discouraged glossary variant and a glossary term missing from the Chinese', () => {
    const report = checkParity(
      [
        {
          name: 'body',
          en: 'Antiphospholipid syndrome is treated with low-dose aspirin and heparin. Most losses happen in the first trimester.',
          zh: '抗磷脂抗体综合征通常采用阿司匹林联合肝素治疗。大多数流产发生在早孕期。',
        },
      ],
      glossary,
    )
    expect(report.mismatches.map((m) => m.message)).toEqual([
      'The Chinese uses 抗磷脂抗体综合征; the glossary prefers 抗磷脂综合征 (antiphospholipid syndrome).',
      'The Chinese uses 早孕期; the glossary prefers 孕早期 (first trimester).',
      'The English says "low-dose aspirin"; the Chinese never uses the glossary\'s 低剂量阿司匹林.',
    ])
    expect(report.mismatches[0].zh).toBe('抗磷脂抗体综合征通常采用阿司匹林联合肝素治疗。')
    expect(report.mismatches[2].en).toBe(
      'Antiphospholipid syndrome is treated with low-dose aspirin and heparin.',
    )
  })

  it('accepts an alternative rendering the glossary lists as acceptable', () => {
    const terms: GlossaryTerm[] = [
      {
        english: 'recurrent miscarriage',
        chinese: '复发性流产',
        accepted: ['反复流产'],
        discouraged: ['习惯性流产'],
      },
    ]
    const fields = (zh: string) => [
      { name: 'title', en: 'Emotional support after recurrent miscarriage', zh },
    ]
    expect(checkParity(fields('反复流产后的情绪支持'), terms).mismatches).toEqual([])
    expect(checkParity(fields('流产后的情绪支持'), terms).mismatches.map((m) => m.kind)).toEqual([
      'glossaryMissing',
    ])
  })

  it('finds nothing in Chinese that uses the preferred terms', () => {
    const report = checkParity(
      [
        {
          name: 'summary',
          en: 'Antiphospholipid syndrome in the first trimester.',
          zh: '孕早期的抗磷脂综合征。',
        },
      ],
      glossary,
    )
    expect(report.mismatches).toEqual([])
  })

  it('does not compare a field that has no Chinese yet', () => {
    const report = checkParity([{ name: 'title', en: 'Immune causes', zh: null }], glossary)
    expect(report).toEqual({ checked: false, mismatches: [] })
  })
})

describe('the text model', () => {
  it('keeps headings, list items, links and emphasised terms of a Lexical body', () => {
    const model = textModelOf(
      rich([
        { type: 'h3', text: 'Tests' },
        { type: 'ol', items: ['**TSH** first', 'see [thyroid](causes/endocrine)'] },
      ]),
    )
    expect(model.lists).toEqual([{ items: 2, ordered: true }])
    expect(model.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Tests'],
      ['listitem', 'TSH first'],
      ['listitem', 'see thyroid'],
    ])
    expect(model.blocks[1].emphasis).toEqual(['TSH'])
    expect(model.blocks[2].links).toEqual([{ target: 'causes/causes:endocrine', label: 'thyroid' }])
  })

  it('picks the localized fields of a document read in every locale', () => {
    const fields = parityFieldsOf({ title: { en: 'A', zh: '甲' }, summary: { en: 'B' }, slug: 'x' })
    expect(fields).toEqual([
      { name: 'title', en: 'A', zh: '甲' },
      { name: 'summary', en: 'B', zh: null },
    ])
  })
})

describe('Chinese and English usage that is not a count (demo content sentences)', () => {
  it('does not read 两次妊娠之间 ("between pregnancies") as two times, but still reads 两次流产', () => {
    expect(values('复发性流产在两次妊娠之间通常没有任何症状。', 'zh')).toEqual([])
    expect(values('在两次妊娠之间，没有哪项检查能够确诊。', 'zh')).toEqual([])
    expect(values('她已经发生过两次流产。', 'zh')).toEqual(['2 times'])
  })

  it('does not read 第二天 ("the next day") as a number, but reads 第3次 and 2天', () => {
    expect(values('多数人当天或第二天即可出院。', 'zh')).toEqual([])
    expect(values('多数人2天后即可出院。', 'zh')).toEqual(['2 day'])
    expect(values('RCOG建议对第3次及以后的每次流产进行检测', 'zh')).toEqual(['3 times'])
  })

  it('pairs "the 3rd and any later miscarriage" with 第3次及以后, and still catches 第4次', () => {
    const en = 'the RCOG advises it for the 3rd and any later miscarriage'
    expect(values(en, 'en')).toEqual(['3'])
    expect(
      unmatchedQuantities(
        numbersIn(en, 'en'),
        numbersIn('RCOG建议对第3次及以后的每次流产进行检测', 'zh'),
      ),
    ).toEqual({ en: [], zh: [] })
    const wrong = unmatchedQuantities(
      numbersIn(en, 'en'),
      numbersIn('RCOG建议对第4次及以后的每次流产进行检测', 'zh'),
    )
    expect(wrong.en.map((q) => q.value)).toEqual(['3'])
    expect(wrong.zh.map((q) => q.value)).toEqual(['4'])
    expect(values('A 3D ultrasound', 'en')).toEqual([])
  })

  it('does not count 习惯性流产 quoted as the old name, but still reports it used as a term', () => {
    const terms: GlossaryTerm[] = [
      { english: 'recurrent miscarriage', chinese: '复发性流产', discouraged: ['习惯性流产'] },
    ]
    const en =
      'Repeated pregnancy loss used to be called habitual abortion; today it is called recurrent miscarriage.'
    const quoted = checkParity(
      [
        {
          name: 'summary',
          en,
          zh: '反复发生的妊娠丢失旧称“习惯性流产”，现在医学上称为复发性流产。',
        },
      ],
      terms,
    )
    expect(quoted.mismatches).toEqual([])
    const used = checkParity(
      [{ name: 'summary', en, zh: '反复发生的妊娠丢失旧称“习惯性流产”，习惯性流产的原因很多。' }],
      terms,
    )
    expect(used.mismatches.map((m) => m.kind)).toEqual(['glossaryDiscouraged'])
  })
})
