import type { Field, FieldAccess, GroupField, RelationshipField } from 'payload'

import { canPublish } from './permissions'
import { reviewStateLabels, reviewStates } from './reviewStates'
import { isStaff } from './roles'

export function lastEditedByField(): RelationshipField {
  return {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    // Never populated: a populated user carries more than a name.
    maxDepth: 0,
    label: { en: 'Last edited by', zh: '最后编辑人' },
    admin: { position: 'sidebar', readOnly: true, components: { Field: staffNameField } },
    // Staff-only: readers and partners never learn who edited what.
    access: { read: ({ req }) => Boolean(req.user && req.user.collection === 'users') },
  }
}

/** Who changed, submitted, approved: shown as a name (staff other than admins may not read users). */
const staffNameField = '/components/admin/StaffNameField.client#StaffNameField'

/** Written only by the workflow (hooks and endpoints), never directly through the API. */
const workflowOnly: FieldAccess = () => false
const staffOnly: FieldAccess = ({ req }) => isStaff(req.user)
const reviewerOrAdmin: FieldAccess = ({ req }) => canPublish(req.user)

function staffField(field: Field): Field {
  return { ...field, access: { read: staffOnly, create: workflowOnly, update: workflowOnly } } as Field
}
function publicField(field: Field): Field {
  return { ...field, access: { create: workflowOnly, update: workflowOnly } } as Field
}

/**
 * The review record of each language: its workflow state, who changed, submitted and approved
 * it, the fingerprint of the text that was approved, and the public review dates. Readers see
 * the reviewer's name and credentials and the dates; everything else is staff-only.
 */
export function reviewField(): GroupField {
  return {
    name: 'review',
    type: 'group',
    localized: true,
    label: { en: 'Medical review', zh: '医学审核' },
    admin: { position: 'sidebar' },
    fields: [
      staffField({
        name: 'state',
        type: 'select',
        label: { en: 'Review status', zh: '审核状态' },
        defaultValue: 'draft',
        options: reviewStates.map((value) => ({ value, label: reviewStateLabels[value] })),
        admin: { readOnly: true },
      }),
      staffField({ name: 'approvedFingerprint', type: 'text', admin: { hidden: true } }),
      staffField({ name: 'changedBy', type: 'relationship', relationTo: 'users', maxDepth: 0, label: { en: 'Last changed by', zh: '最后修改人' }, admin: { readOnly: true, components: { Field: staffNameField } } }),
      staffField({ name: 'changedAt', type: 'date', admin: { hidden: true } }),
      staffField({ name: 'submittedBy', type: 'relationship', relationTo: 'users', maxDepth: 0, label: { en: 'Submitted by', zh: '提交人' }, admin: { readOnly: true, components: { Field: staffNameField } } }),
      staffField({ name: 'submittedAt', type: 'date', admin: { hidden: true } }),
      staffField({ name: 'approvedBy', type: 'relationship', relationTo: 'users', maxDepth: 0, label: { en: 'Approved by', zh: '批准人' }, admin: { readOnly: true, components: { Field: staffNameField } } }),
      staffField({ name: 'approvedAt', type: 'date', admin: { hidden: true } }),
      publicField({ name: 'reviewerName', type: 'text', label: { en: 'Reviewed by', zh: '审核人' }, admin: { readOnly: true } }),
      publicField({ name: 'reviewerCredentials', type: 'text', label: { en: 'Reviewer credentials', zh: '审核人资质' }, admin: { readOnly: true } }),
      publicField({ name: 'lastReviewed', type: 'date', label: { en: 'Last reviewed', zh: '最近审核日期' }, admin: { readOnly: true, date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } }),
      {
        name: 'nextReviewDue',
        type: 'date',
        label: { en: 'Next review due', zh: '下次审核日期' },
        access: { create: reviewerOrAdmin, update: reviewerOrAdmin },
        admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' }, description: { en: 'Set to a year after approval; reviewers may change it.', zh: '默认为批准后一年，审核人可修改。' } },
      },
      publicField({ name: 'approvedAgainst', type: 'text', admin: { hidden: true } }),
      staffField({ name: 'approvedAgainstVersion', type: 'text', admin: { hidden: true } }),
    ],
  }
}

/**
 * What the English looked like when it was last published with changed text: the fingerprint
 * and date that each translation's approval is compared with.
 */
export function sourceTextField(): GroupField {
  return {
    name: 'englishSource',
    type: 'group',
    label: { en: 'English source', zh: '英文原文' },
    admin: { position: 'sidebar', readOnly: true, condition: () => false },
    fields: [
      publicField({ name: 'fingerprint', type: 'text' }),
      publicField({ name: 'updatedAt', type: 'date' }),
      staffField({ name: 'versionId', type: 'text' }),
    ],
  }
}
