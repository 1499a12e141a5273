/**
 * XLIFF export and import on behalf of a signed-in person (access control on). Export: the
 * English as readers see it (else the latest English draft) beside the latest Chinese draft.
 * Import: Chinese drafts only, never a publish, never the English; a unit whose source no longer
 * matches the current English is refused and reported; a unit whose target equals the current
 * Chinese changes nothing.
 */
import type { PayloadRequest } from 'payload'

import {
  contentCollectionSlugs,
  headingFieldOf,
  type ContentCollectionSlug,
} from '@/collections/slugs'
// Pure: the one definition of "behind" (also used by the dashboard).
import { translationLagOf, type DocWithLocales } from '@/components/admin/reviewSummary'

import { glossaryForParity, parityOfDocument } from '../documentParity'
import { parityFields, type GlossaryTerm } from '../parity'

import {
  buildXliff,
  parseXliff,
  sourceKey,
  targetKey,
  targetValue,
  XliffError,
  type XliffDocumentInput,
} from './format'

type Doc = Record<string, unknown>

export interface DocumentRef {
  collection: ContentCollectionSlug
  id: number | string
}

const isContentCollection = (value: string): value is ContentCollectionSlug =>
  (contentCollectionSlugs as readonly string[]).includes(value)

function fieldsOf(req: PayloadRequest, collection: ContentCollectionSlug): string[] {
  const names = new Set(
    req.payload.collections[collection].config.flattenedFields.map((f) => f.name),
  )
  return parityFields.filter((f) => names.has(f))
}

async function read(
  req: PayloadRequest,
  ref: DocumentRef,
  locale: 'en' | 'zh',
  draft: boolean,
): Promise<Doc | null> {
  try {
    return (await req.payload.findByID({
      collection: ref.collection,
      id: ref.id,
      locale,
      fallbackLocale: false,
      draft,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })) as unknown as Doc
  } catch {
    return null
  }
}

/** English as published (else the latest English draft) and the latest Chinese draft, per field. */
async function sidesOf(req: PayloadRequest, ref: DocumentRef) {
  const zh = await read(req, ref, 'zh', true)
  if (!zh) return null
  const published = await read(req, ref, 'en', false)
  const en =
    published && published[headingFieldOf(ref.collection)]
      ? published
      : await read(req, ref, 'en', true)
  const fields = fieldsOf(req, ref.collection).map((name) => ({
    name,
    en: en?.[name] ?? null,
    zh: zh[name] ?? null,
  }))
  const title = (zh[headingFieldOf(ref.collection)] ??
    en?.[headingFieldOf(ref.collection)] ??
    null) as string | null
  return { fields, title }
}

function inputOf(
  ref: DocumentRef,
  sides: NonNullable<Awaited<ReturnType<typeof sidesOf>>>,
  glossary: GlossaryTerm[],
): XliffDocumentInput {
  const byLocale = Object.fromEntries(sides.fields.map((f) => [f.name, { en: f.en, zh: f.zh }]))
  return {
    collection: ref.collection,
    id: ref.id,
    title: sides.title,
    fields: sides.fields,
    glossary,
    mismatches: parityOfDocument(byLocale, glossary, 'zh').mismatches,
  }
}

/** Every document whose Chinese is behind its published English. */
export async function translationsBehindRefs(req: PayloadRequest): Promise<DocumentRef[]> {
  const refs: DocumentRef[] = []
  for (const collection of contentCollectionSlugs) {
    const found = await req.payload.find({
      collection,
      locale: 'all',
      draft: true,
      where: { 'englishSource.fingerprint': { exists: true } },
      depth: 0,
      pagination: false,
      select: { review: true, englishSource: true } as never,
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of found.docs as unknown as DocWithLocales[]) {
      if (translationLagOf(doc, 'zh')) refs.push({ collection, id: doc.id as number | string })
    }
  }
  return refs
}

export async function exportXliff(
  req: PayloadRequest,
  refs: DocumentRef[],
): Promise<{ xml: string; documents: number }> {
  const glossary = await glossaryForParity(req)
  const inputs: XliffDocumentInput[] = []
  for (const ref of refs) {
    const sides = await sidesOf(req, ref)
    if (!sides) throw new XliffError(`No document ${ref.collection}/${ref.id} that you can read.`)
    inputs.push(inputOf(ref, sides, glossary))
  }
  return { xml: buildXliff(inputs), documents: inputs.length }
}

export interface ImportReport {
  documents: Array<{
    document: string
    imported: string[]
    unchanged: string[]
    untranslated: string[]
    refused: Array<{ unit: string; reason: string }>
  }>
}

export async function importXliff(req: PayloadRequest, xml: string): Promise<ImportReport> {
  const files = parseXliff(xml)
  // Everything the file names is checked before anything is written.
  for (const file of files) {
    if (!isContentCollection(file.collection))
      throw new XliffError(
        `Line ${file.line}: "${file.collection}" is not a collection this desk translates.`,
      )
    const fields = fieldsOf(req, file.collection)
    for (const unit of file.units) {
      if (!fields.includes(unit.field))
        throw new XliffError(
          `Line ${unit.line}: unit "${unit.id}" names "${unit.field}", not a translated field of ${file.collection}.`,
        )
    }
  }
  const glossary = await glossaryForParity(req)
  const report: ImportReport = { documents: [] }
  for (const file of files) {
    const ref: DocumentRef = { collection: file.collection as ContentCollectionSlug, id: file.id }
    const entry = {
      document: `${file.collection}/${file.id}`,
      imported: [] as string[],
      unchanged: [] as string[],
      untranslated: [] as string[],
      refused: [] as Array<{ unit: string; reason: string }>,
    }
    report.documents.push(entry)
    const sides = await sidesOf(req, ref)
    if (!sides) {
      entry.refused.push({ unit: '*', reason: 'No such document, or you cannot read it.' })
      continue
    }
    const input = inputOf(ref, sides, glossary)
    const data: Record<string, unknown> = {}
    for (const unit of file.units) {
      const field = sides.fields.find((f) => f.name === unit.field)
      const current = parseXliff(buildXliff([{ ...input, fields: field ? [field] : [] }]))[0]
        ?.units[0]
      if (!field || !current || sourceKey(current) !== sourceKey(unit)) {
        entry.refused.push({
          unit: unit.id,
          reason: 'The English source has changed since this file was exported; export again.',
        })
        continue
      }
      const target = targetKey(unit)
      if (target === null) {
        entry.untranslated.push(unit.field)
        continue
      }
      if (unit.segments.some((s) => s.target === null)) {
        entry.refused.push({
          unit: unit.id,
          reason: 'Some segments have no target; translate every segment of the unit.',
        })
        continue
      }
      if (target === targetKey(current)) {
        entry.unchanged.push(unit.field)
        continue
      }
      try {
        data[unit.field] = targetValue(unit, field.en)
      } catch (error) {
        if (!(error instanceof XliffError)) throw error
        entry.refused.push({ unit: unit.id, reason: error.message })
        continue
      }
      entry.imported.push(unit.field)
    }
    if (Object.keys(data).length > 0) {
      await req.payload.update({
        collection: ref.collection,
        id: ref.id,
        data: data as never,
        locale: 'zh',
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
    }
  }
  return report
}
