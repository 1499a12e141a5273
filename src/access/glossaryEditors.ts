import type { Access } from 'payload'

import { canEditGlossary } from '@/editorial/permissions'

export const glossaryEditors: Access = ({ req }) => canEditGlossary(req.user)
