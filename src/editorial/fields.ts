import type { RelationshipField } from 'payload'

export function lastEditedByField(): RelationshipField {
  return {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    // Never populated: a populated user carries more than a name.
    maxDepth: 0,
    label: { en: 'Last edited by', zh: '最后编辑人' },
    admin: { position: 'sidebar', readOnly: true },
    // Staff-only: readers and partners never learn who edited what.
    access: { read: ({ req }) => Boolean(req.user && req.user.collection === 'users') },
  }
}
