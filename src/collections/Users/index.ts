import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { adminOrSelf } from '@/access/adminOrSelf'
import { secureCookies } from '@/access/origins'
import { isAdmin, roleLabels, roles } from '@/editorial/roles'

import { usersSlug } from '../slugs'

import { grantAdminToFirstUser } from './hooks/grantAdminToFirstUser'

export const Users: CollectionConfig = {
  slug: usersSlug,
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: adminOnly,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: adminOnly,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: { en: 'Administration', zh: '系统管理' },
  },
  // README "Security". Five wrong passwords lock the account for 15 minutes (an admin may
  // unlock it earlier: access.unlock); a sign-in lasts 8 hours.
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Each sign-in is a session row (users_sessions) named in the token: logout deletes it, so
    // a copied token stops working at logout, not only when it expires.
    useSessions: true,
    cookies: {
      sameSite: 'Lax',
      secure: secureCookies({ nodeEnv: process.env.NODE_ENV, serverURL: process.env.NEXT_PUBLIC_SERVER_URL }),
    },
  },
  labels: {
    singular: { en: 'User', zh: '用户' },
    plural: { en: 'Users', zh: '用户' },
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { en: 'Name', zh: '姓名' },
      required: true,
      maxLength: 120,
    },
    {
      name: 'credentials',
      type: 'text',
      label: { en: 'Credentials (shown to readers on content you approve)', zh: '资质（显示在您批准的内容上）' },
      localized: true,
      maxLength: 160,
      admin: {
        description: {
          en: 'For medical reviewers, e.g. "MD, obstetrics and gynaecology".',
          zh: '医学审核人填写，例如“妇产科主任医师”。',
        },
      },
    },
    {
      name: 'roles',
      type: 'select',
      label: { en: 'Roles', zh: '角色' },
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      // Only admins hand out roles; nobody can promote themselves.
      access: { create: ({ req }) => isAdmin(req.user), update: ({ req }) => isAdmin(req.user) },
      saveToJWT: true,
    },
  ],
  hooks: {
    beforeChange: [grantAdminToFirstUser],
  },
}

