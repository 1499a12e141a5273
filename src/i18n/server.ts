import { createInstance, type TFunction } from 'i18next'

import enCommon from './locales/en/common.json'
import zhCommon from './locales/zh/common.json'
import { defaultLocale, locales, type Locale } from './locales'

export const namespaces = ['common'] as const
export type Namespace = (typeof namespaces)[number]

const resources = {
  en: { common: enCommon },
  zh: { common: zhCommon },
} satisfies Record<Locale, Record<Namespace, unknown>>

const instances = new Map<Locale, ReturnType<typeof createInstance>>()

function instanceFor(locale: Locale) {
  let instance = instances.get(locale)
  if (!instance) {
    instance = createInstance()
    // Resources are bundled, so initialisation is synchronous; one instance per locale means
    // no request ever changes the language another request is rendering in.
    void instance.init({
      lng: locale,
      fallbackLng: false,
      supportedLngs: [...locales],
      ns: [...namespaces],
      defaultNS: 'common',
      resources,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    })
    instances.set(locale, instance)
  }
  return instance
}

/** The translation function for one locale and namespace, passed explicitly, never global. */
export function getT(locale: Locale = defaultLocale, ns: Namespace = 'common'): TFunction {
  return instanceFor(locale).getFixedT(locale, ns)
}
