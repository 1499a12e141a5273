'use client'

import { usePathname } from 'next/navigation'

import en from '@/i18n/locales/en/common.json'
import zh from '@/i18n/locales/zh/common.json'

const strings = { en: en.notFound, zh: zh.notFound }

/**
 * Next gives a not-found page no route params, so the language comes from the path. Rendered on
 * the server too, so it reads without JavaScript.
 */
export function LocalizedNotFound() {
  const first = usePathname()?.split('/')[1]
  const locale = first === 'zh' ? 'zh' : 'en'
  const t = strings[locale]
  return (
    <main id="main" lang={locale === 'zh' ? 'zh-Hans' : 'en'}>
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p>
        <a href={`/${locale}`}>{t.backHome}</a>
      </p>
    </main>
  )
}
