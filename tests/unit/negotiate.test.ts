import { negotiateLocale } from '@/i18n/negotiate'

describe('negotiating the language for /', () => {
  it.each([
    [null, 'en'],
    ['', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['zh-TW', 'zh'],
    ['zh-Hant-HK', 'zh'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,zh;q=0.5', 'zh'],
    ['en;q=0.2,zh;q=0.8', 'zh'],
    ['de', 'en'],
    ['zh;q=0,en', 'en'],
    ['garbage;;;q=abc', 'en'],
  ])('%j -> %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected)
  })
})
