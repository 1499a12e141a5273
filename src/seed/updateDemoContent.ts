/**
 * Brings an existing demo database up to the current edition of the seed content, as a data
 * migration runs it (`npm run migrate`, and `npm run demo`, which migrates first). The seed's own
 * rules hold: a document a person has edited (lastEditedBy) is never touched, nothing is deleted,
 * and each changed text is published under the demo reviewer's approval of that exact wording
 * (its new date), while an unchanged text keeps its date. Of the missing documents, only those
 * this edition adds are created: a seed document someone deliberately deleted stays deleted.
 * A database without the demo content (a fresh install, a real deployment) is left alone.
 */
import type { Payload, PayloadRequest } from 'payload'

import { topicsSlug } from '@/collections/slugs'

import { seedDemoContent, type SeedReport } from './seedContent'

/** The documents the 2026-12 edition (issue 17: clinical corrections) adds to the demo. */
export const addedInDemoEdition202612 = new Set([
  'sources/nice-ng126',
  'sources/prism-2019',
  'sources/lund-2012',
  'sources/rcog-gtg60-2022',
  'sources/acog-caffeine-2010',
  'treatments/cerclage',
  'causes/cervical-insufficiency',
  'faqs/repeated-hormone-blood-tests',
])

/** The overview topic marks a database that holds the demo content. */
const demoMarker = 'recurrent-miscarriage'

export async function updateExistingDemoContent(
  payload: Payload,
  options: { req?: PayloadRequest; log?: (line: string) => void } = {},
): Promise<SeedReport | null> {
  const marker = await payload.count({
    collection: topicsSlug,
    where: { slug: { equals: demoMarker } },
    overrideAccess: true,
    ...(options.req ? { req: options.req } : {}),
  })
  if (marker.totalDocs === 0) return null
  return seedDemoContent(payload, {
    req: options.req,
    log: options.log,
    create: (key) => addedInDemoEdition202612.has(key),
  })
}
