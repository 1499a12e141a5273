/**
 * The demo content is authored as plain data, in both languages, and turned into Payload
 * documents (and Lexical JSON) by the seeder. Keeping it as data makes it reviewable as text
 * and lets the seeder compare what is stored with what it would write (idempotency).
 */
import type { Locale } from '@/i18n/locales'

export type Localized<T> = Record<Locale, T>

/**
 * A block of body text. Inline text may contain internal links written as
 * `[label](collection/slug)`, e.g. `[antiphospholipid syndrome](causes/immune)`, where
 * collection is one of topics, causes, treatments, faqs. `**bold**` marks strong emphasis.
 */
export type SeedBlock =
  | { type: 'h2' | 'h3' | 'p'; text: string }
  | { type: 'ul' | 'ol'; items: string[] }

export interface SeedSource {
  slug: string
  /** The title as published, in the language it was published in. */
  title: string
  organisation: string
  year: number
  /** Journal citation, e.g. "Human Reproduction Open 2023(1): hoad002". */
  publication?: string
  url?: string
  doi?: string
  pmid?: string
}

interface SeedDocumentBase {
  slug: string
  summary: Localized<string>
  sources: string[]
}

export interface SeedTopic extends SeedDocumentBase {
  title: Localized<string>
  body: Localized<SeedBlock[]>
  /** Position on the home page, lowest first. */
  order: number
  relatedTopics: string[]
  causes: string[]
  treatments: string[]
}

export interface SeedCause extends SeedDocumentBase {
  title: Localized<string>
  body: Localized<SeedBlock[]>
  /** Treatments that address this cause (the treatment side is derived). */
  treatments: string[]
}

export interface SeedTreatment extends SeedDocumentBase {
  title: Localized<string>
  body: Localized<SeedBlock[]>
}

export type FaqSubject = 'understanding' | 'causes' | 'tests' | 'treatment' | 'next-pregnancy' | 'support'

export interface SeedFaq extends SeedDocumentBase {
  subject: FaqSubject
  question: Localized<string>
  answer: Localized<SeedBlock[]>
  topics: string[]
  causes: string[]
  treatments: string[]
}

/** The whole demo content; the seeder can be given an older edition (tests do). */
export interface SeedContent {
  sources: SeedSource[]
  topics: SeedTopic[]
  causes: SeedCause[]
  treatments: SeedTreatment[]
  faqs: SeedFaq[]
}
