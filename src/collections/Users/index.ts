import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { adminOrSelf } from '@/access/adminOrSelf'
import { adminOrSelfField } from '@/access/adminOrSelfField'
import { secureCookies } from '@/access/origins'
import { isAdmin, roleLabels, roles } from '@/editorial/roles'

import { usersSlug } from '../slugs'

import { checkSignIn } from './hooks/checkSignIn'
import { grantAdminToFirstUser } from './hooks/grantAdminToFirstUser'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'

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
  // README "Security". Wrong passwords are counted per client address and account by
  // checkSignIn (five pause that address for that email for 15 minutes); Payload's own lockout,
  // which locks the account for everyone and says so, is off. A sign-in lasts 8 hours.
  auth: {
    maxLoginAttempts: 0,
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
    // Payload's own email field (merged with it), readable and queryable by its owner and admins
    // only: README "Security".
    { name: 'email', type: 'email', required: true, access: { read: adminOrSelfField } },
    {
      // Asked for (and checked) when people change their own email or password; never stored.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: { en: 'Current password (to change your email or password)', zh: '当前密码（修改邮箱或密码时需要）' },
      access: { read: () => false },
      admin: {
        condition: (data, _siblingData, { user }) => Boolean(user && data?.id !== undefined && String(data.id) === String(user.id)),
        components: { Field: '@payloadcms/ui#PasswordField' },
      },
    },
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
      // Only admins hand out roles; nobody can promote themselves. Read (and query) by its owner
      // and admins only.
      access: { read: adminOrSelfField, create: ({ req }) => isAdmin(req.user), update: ({ req }) => isAdmin(req.user) },
      saveToJWT: true,
    },
  ],
  hooks: {
    beforeOperation: [checkSignIn, requireCurrentPassword],
    beforeChange: [grantAdminToFirstUser],
  },
}

