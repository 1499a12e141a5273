import type { Access } from 'payload'

/**
 * Every image on record is public (images carry no review state; a page shows only those its
 * published body places). As a Where, never a bare true: Payload then serves a file under
 * /api/media/file/{name} only when a media document names it, never any other file left in the
 * upload folder, and a name nobody uploaded is a 4xx instead of a 500 from the disk.
 */
export const mediaOnRecord: Access = () => ({ filename: { exists: true } })
