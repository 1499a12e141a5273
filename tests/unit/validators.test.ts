import { characterLength, isValidSlug, summaryMaxLength } from '@/collections/shared/validators'

describe('slugs', () => {
  it.each(['recurrent-miscarriage', 'pgt-ivf', 'a', 'cause-2'])('accepts %s', (slug) => {
    expect(isValidSlug(slug)).toBe(true)
  })

  it.each(['Bad', 'with space', 'trailing-', '-leading', 'double--hyphen', '流产', 'café', '', 'under_score'])(
    'rejects %j',
    (slug) => {
      expect(isValidSlug(slug)).toBe(false)
    },
  )
})

describe('summary length', () => {
  it('counts a Chinese character as one character, as a reader would', () => {
    expect(characterLength('复发性流产')).toBe(5)
    expect(characterLength('x'.repeat(summaryMaxLength))).toBe(300)
  })
})
