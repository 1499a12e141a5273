import fs from 'node:fs'
import path from 'node:path'

import { adminTranslations } from '@/i18n/admin'
import { locales } from '@/i18n/locales'

const root = path.resolve('src/i18n/locales')

function keysOf(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keysOf(v, `${prefix}${k}.`))
  }
  return [prefix.slice(0, -1)]
}

function catalogue(locale: string): Record<string, string[]> {
  const dir = path.join(root, locale)
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, keysOf(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))).sort()]),
  )
}

describe('UI string catalogues', () => {
  it('hold the same namespaces and keys in English and Chinese', () => {
    const [first, ...others] = locales
    for (const other of others) expect(catalogue(other)).toEqual(catalogue(first))
  })

  it('have no empty strings', () => {
    for (const locale of locales) {
      const dir = path.join(root, locale)
      for (const file of fs.readdirSync(dir)) {
        const text = fs.readFileSync(path.join(dir, file), 'utf8')
        expect(text).not.toMatch(/:\s*""/)
      }
    }
  })

  it('give the admin panel the same custom keys in both languages', () => {
    expect(keysOf(adminTranslations.zh).sort()).toEqual(keysOf(adminTranslations.en).sort())
  })
})
