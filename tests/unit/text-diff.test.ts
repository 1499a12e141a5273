import fc from 'fast-check'

import { diffText, granularityFor, hasChanges, sideOf, tokenize } from '@/lib/textDiff'

describe('what changed between two versions of a text', () => {
  it('shows an English edit as whole words removed and added', () => {
    const segments = diffText(
      'Progesterone should be considered for women with bleeding.',
      'Progesterone is proven for women with bleeding.',
    )
    expect(segments).toEqual([
      { kind: 'same', text: 'Progesterone ' },
      { kind: 'removed', text: 'should be considered' },
      { kind: 'added', text: 'is proven' },
      { kind: 'same', text: ' for women with bleeding.' },
    ])
  })

  it('shows a Chinese edit character by character', () => {
    const segments = diffText('应考虑使用孕酮。', '研究证实孕酮有益。')
    expect(sideOf(segments, 'before')).toBe('应考虑使用孕酮。')
    expect(sideOf(segments, 'after')).toBe('研究证实孕酮有益。')
    const removed = segments
      .filter((s) => s.kind === 'removed')
      .map((s) => s.text)
      .join('')
    expect(removed).toContain('应考虑')
    expect(segments.find((s) => s.kind === 'same' && s.text.includes('孕酮'))).toBeDefined()
  })

  it('keeps a number inside Chinese text as one unit, so 24 to 28 weeks is one change', () => {
    expect(tokenize('孕24周', 'char')).toEqual(['孕', '24', '周'])
    expect(diffText('孕24周以前', '孕28周以前')).toEqual([
      { kind: 'same', text: '孕' },
      { kind: 'removed', text: '24' },
      { kind: 'added', text: '28' },
      { kind: 'same', text: '周以前' },
    ])
  })

  it('chooses characters for Chinese and words for English', () => {
    expect(granularityFor('复发性流产')).toBe('char')
    expect(granularityFor('recurrent miscarriage')).toBe('word')
  })

  it('reports no change for identical texts and a change for any difference', () => {
    expect(hasChanges(diffText('same text', 'same text'))).toBe(false)
    expect(hasChanges(diffText('same text', 'same text.'))).toBe(true)
    expect(diffText('', '')).toEqual([])
    expect(diffText('', 'new')).toEqual([{ kind: 'added', text: 'new' }])
    expect(diffText('old', '')).toEqual([{ kind: 'removed', text: 'old' }])
  })

  it('falls back to one removal and one addition when the texts are too different to align', () => {
    const segments = diffText('a b c d e f', 'u v w x y z', { maxEdits: 2 })
    expect(segments).toEqual([
      { kind: 'removed', text: 'a b c d e f' },
      { kind: 'added', text: 'u v w x y z' },
    ])
  })

  it('always rebuilds both texts from its segments, in either language', () => {
    const text = fc.stringMatching(/^[a-c 孕周。,0-9]{0,40}$/)
    fc.assert(
      fc.property(text, text, (before, after) => {
        const segments = diffText(before, after)
        expect(sideOf(segments, 'before')).toBe(before)
        expect(sideOf(segments, 'after')).toBe(after)
      }),
      { numRuns: 300 },
    )
  })
})
