/**
 * What a public answer was built from. While a page or partner answer is rendered, every
 * document the Local API reads for it is recorded here (src/cache/readDependencies.ts), so the
 * response cache can keep the answer until one of those documents changes, instead of emptying
 * everything on every publish. The scope travels with the request through async calls
 * (AsyncLocalStorage), kept on globalThis because Next loads modules once per route bundle and
 * the custom server loads them again: all must share one store.
 *
 * Tags:
 * - `d:{collection}:{id}`  the answer shows (or looked for) this document
 * - `l:{collection}`       the answer lists the collection (a new document may join the list)
 * - `j:{collection}:{id}`  the answer shows documents that link to this one (reverse links)
 * - `c:{collection}`       the answer read anything of the collection
 * - `*`                    the answer's dependencies are unknown: any change purges it
 */
import { AsyncLocalStorage } from 'node:async_hooks'

export type DependencyTags = Set<string>

export const unknownDependencies = '*'

export const documentTag = (collection: string, id: number | string) => `d:${collection}:${id}`
export const listTag = (collection: string) => `l:${collection}`
export const linksToTag = (collection: string, id: number | string) => `j:${collection}:${id}`
export const collectionTag = (collection: string) => `c:${collection}`

const key = Symbol.for('mediglot.dependencyScope')
const registry = globalThis as unknown as Record<
  symbol,
  AsyncLocalStorage<DependencyTags> | undefined
>

function storage(): AsyncLocalStorage<DependencyTags> {
  registry[key] ??= new AsyncLocalStorage<DependencyTags>()
  return registry[key]
}

/** Runs `fn` recording into `tags` every dependency noted while it (and what it awaits) runs. */
export function runWithDependencies<T>(tags: DependencyTags, fn: () => T): T {
  return storage().run(tags, fn)
}

/**
 * Runs `fn` without recording: for reads that only stamp an answer (its Last-Modified) and
 * must not tie it to everything they read.
 */
export function outsideDependencies<T>(fn: () => T): T {
  return storage().exit(fn)
}

/** True inside a recording scope: readers skip the bookkeeping otherwise. */
export function isRecordingDependencies(): boolean {
  return storage().getStore() !== undefined
}

export function recordDependency(...tags: string[]): void {
  const store = storage().getStore()
  if (!store) return
  for (const tag of tags) store.add(tag)
}

/** A document another document links to, by relationship or upload field. */
export interface LinkedDocument {
  collection: string
  id: number | string
}

/** What a content change says about itself (src/cache/invalidation.ts ContentChange). */
export interface ChangeScope {
  collection: string
  id?: number | string
  /** The documents the changed one links to now; their reverse-link lists may gain it. */
  linksTo?: LinkedDocument[]
}

/**
 * The tags a change makes stale, or null when only emptying everything is safe (a change with
 * no collection, or a document change whose links are not known).
 *
 * A changed document makes stale: every answer that showed it or looked for it, every list of
 * its collection (it may have joined or left one), and the reverse-link lists of the documents
 * it links to now (the ones it stopped linking to showed it, so they carry its own tag).
 */
export function tagsStaleAfter(change: ChangeScope): string[] | null {
  if (!change.collection || change.collection === '*') return null
  if (change.id === undefined) return [collectionTag(change.collection), unknownDependencies]
  if (!change.linksTo) return null
  return [
    documentTag(change.collection, change.id),
    listTag(change.collection),
    ...change.linksTo.map((target) => linksToTag(target.collection, target.id)),
    unknownDependencies,
  ]
}

type FieldLike = { name?: string; type: string; relationTo?: string | string[] }

function idOf(value: unknown): number | string | null {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return null
}

/**
 * The documents `doc` links to through its top-level relationship and upload fields (ids or
 * populated documents, single or polymorphic). Links inside rich text are shown only on the
 * document's own page, which carries the document's own tag.
 */
export function linkedDocuments(
  fields: readonly FieldLike[],
  doc: Record<string, unknown>,
): LinkedDocument[] {
  const linked: LinkedDocument[] = []
  for (const field of fields) {
    if (
      (field.type !== 'relationship' && field.type !== 'upload') ||
      !field.name ||
      !field.relationTo
    )
      continue
    const raw = doc[field.name]
    for (const value of Array.isArray(raw) ? raw : raw == null ? [] : [raw]) {
      if (Array.isArray(field.relationTo)) {
        const poly = value as { relationTo?: unknown; value?: unknown } | null
        const id = idOf(poly?.value)
        if (typeof poly?.relationTo === 'string' && id !== null)
          linked.push({ collection: poly.relationTo, id })
      } else {
        const id = idOf(value)
        if (id !== null) linked.push({ collection: field.relationTo, id })
      }
    }
  }
  return linked
}

/** Ids a query asks for by `id` (equals or in, at the top or inside `and`); null when none. */
export function idsRequested(where: unknown): Array<number | string> | null {
  if (!where || typeof where !== 'object') return null
  const w = where as Record<string, unknown>
  const id = w.id as Record<string, unknown> | undefined
  if (id && typeof id === 'object') {
    if ('equals' in id && (typeof id.equals === 'number' || typeof id.equals === 'string'))
      return [id.equals]
    if ('in' in id && Array.isArray(id.in)) {
      return id.in.filter(
        (v): v is number | string => typeof v === 'number' || typeof v === 'string',
      )
    }
  }
  if (Array.isArray(w.and)) {
    for (const part of w.and) {
      const ids = idsRequested(part)
      if (ids) return ids
    }
  }
  return null
}

/** True for a lookup of one document by its slug (a page), which is not a list. */
export function isSlugLookup(where: unknown): boolean {
  if (!where || typeof where !== 'object') return false
  const w = where as Record<string, unknown>
  const slug = w.slug as Record<string, unknown> | undefined
  if (slug && typeof slug === 'object' && 'equals' in slug) return true
  return Array.isArray(w.and) && w.and.some((part) => isSlugLookup(part))
}
