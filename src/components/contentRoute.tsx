import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getPublishedDocument, type PageCollection } from '@/content/documents'
import { getT } from '@/i18n/server'
import { isLocale } from '@/i18n/locales'

import { ContentPage } from './ContentPage'
import { pageMetadata } from './pageMetadata'

type Params = Promise<{ locale: string; slug: string }>

async function load(collection: PageCollection, params: Params) {
  const { locale, slug } = await params
  if (!isLocale(locale) || !/^[a-z0-9-]{1,120}$/.test(slug)) return null
  return getPublishedDocument(collection, slug, locale, {
    englishMarker: getT(locale)('englishMarker'),
  })
}

/** The page and metadata functions of a topic, cause or treatment route. */
export function contentRoute(collection: PageCollection) {
  async function Page({ params }: { params: Params }) {
    const doc = await load(collection, params)
    if (!doc) notFound()
    return <ContentPage doc={doc} />
  }
  async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
    const doc = await load(collection, params)
    if (!doc) return {}
    return pageMetadata({ locale: doc.locale, title: doc.title, description: doc.summary, alternates: doc.alternates, type: 'article' })
  }
  return { Page, generateMetadata }
}
