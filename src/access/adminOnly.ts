import type { Access } from 'payload'

import { isAdmin } from '@/editorial/roles'

export const adminOnly: Access = ({ req }) => isAdmin(req.user)
