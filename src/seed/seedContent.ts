/**
 * Writes the demo content, in English and Chinese, cross-linked and published. Keyed by slug:
 * a document that is missing is created, one that differs from the seed is brought in line,
 * one that matches is left untouched, and one a person has edited since (lastEditedBy) is never
 * touched. Nothing is deleted. Running it twice writes nothing the second time. Each text carries
 * the demo reviewer's approval of exactly that wording (src/seed/approvals.ts), so a text the
 * seed changes is published with the date it was re-approved, and an unchanged one keeps its own.
 */
import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'

import {
  causesSlug,
  faqsSlug,
  sourcesSlug,
  topicsSlug,
  treatmentsSlug,
  type ContentCollectionSlug,
} from '@/collections/slugs'
import { savesAreAtomic } from '@/db/adapter'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'

import { contentFingerprint } from '@/editorial/fingerprint'
import type { LocaleReview } from '@/editorial/reviewStates'

import { approvalKey, demoApproval, type DemoApprovalDates, type ReviewedSeedCollection } from './approvals'
import * as currentContent from './data'
import { demoApprovals } from './data/approvals'
import type {
  Localized,
  SeedBlock,
  SeedCause,
  SeedContent,
  SeedFaq,
  SeedSource,
  SeedTopic,
  SeedTreatment,
} from './data/types'
import { blocksToLexical, type ResolveId } from './lexical'
import { seedGlossary } from './seedGlossary'

type SeedCollection = ContentCollectionSlug | typeof sourcesSlug
type Id = number | string
type Data = Record<string, unknown>

interface SeedItem {
  collection: SeedCollection
  slug: string
  /** Fields shared by both languages. */
  shared: (resolve: ResolveId, ids: IdOf) => Data
  /** Fields of one language; undefined for collections without localized fields. */
  localized?: (locale: Locale, resolve: ResolveId) => { data: Data; unresolved: string[] }
  /** The ledger key of this text in one language (reviewed collections only). */
  approval?: (locale: Locale) => string
}

type IdOf = (collection: SeedCollection, slugs: string[]) => Id[]

export type SeedOutcome = 'created' | 'updated' | 'unchanged' | 'kept'

export interface SeedReport {
  counts: Record<SeedOutcome, number>
  unresolved: string[]
}

export interface SeedOptions {
  log?: (line: string) => void
  /** Shares the caller's transaction (a data migration passes its own). */
  req?: PayloadRequest
  /** The content to write; the current edition unless a test asks for an older one. */
  content?: SeedContent
  /** The demo approvals to publish under; the committed ledger by default. */
  approvals?: Readonly<Record<string, string>>
  /**
   * Which missing documents to create (`collection/slug`); all by default. An update of an
   * existing demo creates only the documents its edition adds, so a seed document someone
   * deliberately deleted in that demo stays deleted.
   */
  create?: (key: string) => boolean
}

/**
 * The demo's clinical sign-off: a fictional reviewer, labelled as a demo, approved every text
 * on the date the ledger records for its wording (fixed, so a second seed run writes nothing).
 * The English text about infections was approved long enough ago to be past its review date, so
 * the editors' "reviews due" list has something to show.
 */
export const demoReviewer = {
  name: 'Dr Morgan Reed (demo)',
  credentials: {
    en: 'MD, obstetrics and gynaecology (fictional demo reviewer)',
    zh: '妇产科医学博士（虚构的演示审核人）',
  } satisfies Localized<string>,
}
/** Adds the approval records (per language) and the English source marker to seed data. */
function withApprovals(
  shared: Data,
  perLocale: Map<Locale, Data>,
  approvalOf: (locale: Locale) => DemoApprovalDates,
): void {
  const fingerprints = new Map<Locale, string>()
  for (const [locale, data] of perLocale) fingerprints.set(locale, contentFingerprint(data, shared))
  for (const [locale, data] of perLocale) {
    const dates = approvalOf(locale)
    const review: Required<LocaleReview> = {
      state: 'approved',
      approvedFingerprint: fingerprints.get(locale) ?? null,
      changedBy: null,
      changedAt: null,
      submittedBy: null,
      submittedAt: null,
      approvedBy: null,
      approvedAt: dates.lastReviewed,
      reviewerName: demoReviewer.name,
      reviewerCredentials: demoReviewer.credentials[locale],
      lastReviewed: dates.lastReviewed,
      nextReviewDue: dates.nextReviewDue,
      approvedAgainst: locale === defaultLocale ? null : (fingerprints.get(defaultLocale) ?? null),
      approvedAgainstVersion: null,
    }
    data.review = review
  }
  shared.englishSource = {
    fingerprint: fingerprints.get(defaultLocale) ?? null,
    updatedAt: approvalOf(defaultLocale).lastReviewed,
    versionId: null,
  }
}

const localizedText = (value: Localized<string>, locale: Locale) => value[locale]

function bodyData(
  name: 'body' | 'answer',
  blocks: Localized<SeedBlock[]>,
  locale: Locale,
  resolve: ResolveId,
): { data: Data; unresolved: string[] } {
  const { state, unresolved } = blocksToLexical(blocks[locale], resolve)
  return { data: { [name]: state }, unresolved }
}

function sourceItem(source: SeedSource): SeedItem {
  return {
    collection: sourcesSlug,
    slug: source.slug,
    shared: () => ({
      slug: source.slug,
      title: source.title,
      organisation: source.organisation,
      year: source.year,
      publication: source.publication ?? null,
      url: source.url ?? null,
      doi: source.doi ?? null,
      pmid: source.pmid ?? null,
    }),
  }
}

function titledItem(
  collection: typeof topicsSlug | typeof causesSlug | typeof treatmentsSlug,
  item: SeedTopic | SeedCause | SeedTreatment,
  shared: (ids: IdOf) => Data,
): SeedItem {
  return {
    collection,
    slug: item.slug,
    approval: (locale) => approvalKey(collection as ReviewedSeedCollection, item, locale),
    shared: (_resolve, ids) => ({ slug: item.slug, sources: ids(sourcesSlug, item.sources), ...shared(ids) }),
    localized: (locale, resolve) => {
      const body = bodyData('body', item.body, locale, resolve)
      return {
        data: { title: localizedText(item.title, locale), summary: localizedText(item.summary, locale), ...body.data },
        unresolved: body.unresolved,
      }
    },
  }
}

function faqItem(faq: SeedFaq): SeedItem {
  return {
    collection: faqsSlug,
    slug: faq.slug,
    approval: (locale) => approvalKey(faqsSlug, faq, locale),
    shared: (_resolve, ids) => ({
      slug: faq.slug,
      subject: faq.subject,
      topics: ids(topicsSlug, faq.topics),
      causes: ids(causesSlug, faq.causes),
      treatments: ids(treatmentsSlug, faq.treatments),
      sources: ids(sourcesSlug, faq.sources),
    }),
    localized: (locale, resolve) => {
      const answer = bodyData('answer', faq.answer, locale, resolve)
      return {
        data: { question: faq.question[locale], summary: faq.summary[locale], ...answer.data },
        unresolved: answer.unresolved,
      }
    },
  }
}

/** Every seed document, in an order that lets most links resolve on the first pass. */
export function seedItems(content: SeedContent = currentContent): SeedItem[] {
  const { sources, topics, causes, treatments, faqs } = content
  return [
    ...sources.map(sourceItem),
    ...treatments.map((t) => titledItem(treatmentsSlug, t, () => ({}))),
    ...causes.map((c) => titledItem(causesSlug, c, (ids) => ({ treatments: ids(treatmentsSlug, c.treatments) }))),
    ...topics.map((t) =>
      titledItem(topicsSlug, t, (ids) => ({
        order: t.order,
        relatedTopics: ids(topicsSlug, t.relatedTopics),
        causes: ids(causesSlug, t.causes),
        treatments: ids(treatmentsSlug, t.treatments),
      })),
    ),
    ...faqs.map(faqItem),
  ]
}

/** Relationship values as plain ids, whether stored populated or not. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && 'createdAt' in record) return record.id
    return Object.fromEntries(
      Object.entries(record)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, normalise(v)]),
    )
  }
  return value ?? null
}

const same = (a: unknown, b: unknown) => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))

export async function seedDemoContent(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  const items = seedItems(options.content)
  const ledger = options.approvals ?? demoApprovals
  const mayCreate = options.create ?? (() => true)
  const ids = new Map<string, Id>()
  const key = (collection: string, slug: string) => `${collection}/${slug}`
  const resolve: ResolveId = (collection, slug) => ids.get(key(collection, slug))
  const idOf: IdOf = (collection, slugs) =>
    slugs.map((slug) => ids.get(key(collection, slug))).filter((id): id is Id => id !== undefined)

  // The seed is a script, not a person: it acts with full rights, and says so in req.context
  // so editorial hooks can tell it from an editor.
  const common = { overrideAccess: true, context: { seeding: true }, depth: 0 } as const
  // Inside a caller's transaction (a data migration), each call gets a request of its own that
  // shares the transaction: one request for every call would share one data loader, whose
  // cached lookups do not see documents created later in the run (links to them then fail
  // validation).
  const outer = options.req
  const inTransaction = async (): Promise<{ req?: PayloadRequest }> => {
    if (!outer) return {}
    const req = await createLocalReq({ context: { seeding: true } }, payload)
    req.transactionID = outer.transactionID
    return { req }
  }

  const atomic = savesAreAtomic(payload)
  const stored = new Map<string, Data>()
  /** Saves cut short by a crash, to be written again even if their text looks current. */
  const interrupted = new Set<string>()
  const findBySlug = async (item: SeedItem, draft: boolean) =>
    (
      await payload.find({
        collection: item.collection as CollectionSlug,
        where: { slug: { equals: item.slug } },
        locale: 'all',
        draft,
        limit: 2,
        ...common,
        ...(await inTransaction()),
      })
    ).docs as unknown as Data[]
  for (const item of items) {
    const k = key(item.collection, item.slug)
    // SQLite writes a save in several statements without a transaction, so an import killed
    // mid-save can leave (a) the document row, holding the slug, without its first version,
    // or (b) two versions both marked newest. The newest draft is looked up first, then the
    // row itself; either way the document is saved once more below (not created a second
    // time), which leaves it with exactly one newest version.
    // On a database whose saves are atomic (PostgreSQL) there is nothing to repair.
    const drafts = await findBySlug(item, true)
    const doc = drafts[0] ?? (await findBySlug(item, false))[0]
    if (doc && drafts.length !== 1 && !atomic) interrupted.add(k)
    if (doc) {
      ids.set(k, doc.id as Id)
      stored.set(k, doc)
    }
  }

  const outcome = new Map<string, SeedOutcome>()
  let unresolved: string[] = []
  // Two passes at most: the first creates every document, the second fills in links to
  // documents that did not exist yet when the first pass wrote the text.
  for (let pass = 1; pass <= 2; pass++) {
    unresolved = []
    for (const item of items) {
      const k = key(item.collection, item.slug)
      const existing = stored.get(k)
      if (existing && existing.lastEditedBy != null) {
        outcome.set(k, 'kept')
        continue
      }
      if (!existing && !mayCreate(k)) continue
      const shared = item.shared(resolve, idOf)
      const perLocale = new Map<Locale, Data>()
      for (const locale of locales) {
        if (!item.localized) break
        const { data, unresolved: missing } = item.localized(locale, resolve)
        unresolved.push(...missing.map((m) => `${k} -> ${m}`))
        perLocale.set(locale, data)
      }

      const approval = item.approval
      if (approval) withApprovals(shared, perLocale, (locale) => demoApproval(ledger, approval(locale)))

      if (existing && !interrupted.has(k) && isCurrent(existing, shared, perLocale)) {
        if (!outcome.has(k)) outcome.set(k, 'unchanged')
        continue
      }

      let id = existing?.id as Id | undefined
      const englishData = { ...shared, ...(perLocale.get(defaultLocale) ?? {}), _status: 'published' }
      if (id === undefined) {
        const created = await payload.create({
          collection: item.collection as CollectionSlug,
          data: englishData as never,
          locale: defaultLocale,
          ...common,
          ...(await inTransaction()),
        })
        id = created.id as Id
        ids.set(k, id)
        outcome.set(k, 'created')
      } else {
        await payload.update({
          collection: item.collection as CollectionSlug,
          id,
          data: englishData as never,
          locale: defaultLocale,
          ...common,
          ...(await inTransaction()),
        })
        if (outcome.get(k) !== 'created') outcome.set(k, 'updated')
      }
      for (const [locale, data] of perLocale) {
        if (locale === defaultLocale) continue
        await payload.update({
          collection: item.collection as CollectionSlug,
          id,
          data: { ...data, _status: 'published' } as never,
          locale,
          ...common,
          ...(await inTransaction()),
        })
      }
      const fresh = await payload.findByID({
        collection: item.collection as CollectionSlug,
        id,
        locale: 'all',
        draft: true,
        ...common,
        ...(await inTransaction()),
      })
      stored.set(k, fresh as unknown as Data)
      interrupted.delete(k)
      if (pass === 1 || outcome.get(k) !== 'created') log(`${outcome.get(k)} ${k}`)
    }
    if (unresolved.length === 0) break
  }

  const glossaryCreated = await seedGlossary(payload)
  if (glossaryCreated > 0) log(`created ${glossaryCreated} glossary terms`)

  const counts: Record<SeedOutcome, number> = { created: 0, updated: 0, unchanged: 0, kept: 0 }
  for (const value of outcome.values()) counts[value]++
  return { counts, unresolved }
}

function isCurrent(existing: Data, shared: Data, perLocale: Map<Locale, Data>): boolean {
  for (const [field, value] of Object.entries(shared)) {
    if (!same(existing[field], value)) return false
  }
  const status = existing._status as Record<string, string> | string | undefined
  for (const locale of locales) {
    const localeStatus = typeof status === 'object' ? status?.[locale] : status
    if (localeStatus !== 'published') return false
  }
  for (const [locale, data] of perLocale) {
    for (const [field, value] of Object.entries(data)) {
      const stored = (existing[field] as Record<string, unknown> | undefined)?.[locale]
      if (!same(stored, value)) return false
    }
  }
  return true
}
