/**
 * Records what each public answer reads (src/lib/dependencies.ts) from inside Payload, so no
 * read path can be missed: a hook after every find, findByID and count of every collection
 * notes the documents asked for by id (found or not: a link to an unpublished document must be
 * re-rendered when it is published), the documents returned, and whether the read was a list.
 * Outside a recording scope (the admin, scripts, writes) the hook does nothing.
 */
import type { CollectionAfterOperationHook, CollectionConfig, Config, Plugin } from 'payload'

import {
  collectionTag,
  documentTag,
  idsRequested,
  isRecordingDependencies,
  isSlugLookup,
  linksToTag,
  listTag,
  recordDependency,
} from '@/lib/dependencies'

type ReadArgs = { where?: unknown; id?: number | string; select?: unknown }
type Doc = { id?: number | string } | null | undefined

export const recordReadDependencies: CollectionAfterOperationHook = ({
  args,
  collection,
  operation,
  result,
}) => {
  if (!isRecordingDependencies()) return result
  if (operation !== 'find' && operation !== 'findByID' && operation !== 'count') return result
  const slug = collection.slug
  // The hook's arguments are typed per operation; the three read operations share these fields.
  const read = args as ReadArgs
  const tags = [collectionTag(slug)]
  const noteDocument = (doc: Doc) => {
    if (doc?.id === undefined) return
    tags.push(documentTag(slug, doc.id))
    // A whole document (no field selection) is what a page shows, reverse links included.
    if (!read.select) tags.push(linksToTag(slug, doc.id))
  }
  if (operation === 'findByID') {
    if (read.id !== undefined) tags.push(documentTag(slug, read.id))
    noteDocument(result as Doc)
  } else {
    const requested = idsRequested(read.where)
    if (requested) for (const id of requested) tags.push(documentTag(slug, id))
    else if (operation === 'count' || !isSlugLookup(read.where)) tags.push(listTag(slug))
    if (operation === 'find')
      for (const doc of (result as { docs?: Doc[] }).docs ?? []) noteDocument(doc)
  }
  recordDependency(...tags)
  return result
}

function withRecorder(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterOperation: [...(collection.hooks?.afterOperation ?? []), recordReadDependencies],
    },
  }
}

/**
 * Installs the recorder on every collection, those Payload adds included (they are added after
 * plugins run, and no public answer reads them).
 */
export const readDependenciesPlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(withRecorder),
})
