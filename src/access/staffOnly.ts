import type { Access } from 'payload'

import { isStaff } from '@/editorial/roles'

export const staffOnly: Access = ({ req }) => isStaff(req.user)
