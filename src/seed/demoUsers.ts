import type { Payload } from 'payload'

import type { Role } from '@/editorial/roles'

import { demoReviewer } from './seedContent'

export interface DemoAccount {
  role: Role
  name: string
  email: string
  password: string
}

/** One account per role, for `npm run demo` only: the passwords are printed, never secret. */
export function demoAccounts(password = process.env.DEMO_PASSWORD): DemoAccount[] {
  const pw = (role: string) => password || `demo-${role}-2026`
  return [
    { role: 'admin', name: 'Alex Admin (demo)', email: 'admin@demo.mediglot.test', password: pw('admin') },
    { role: 'editor', name: 'Erin Editor (demo)', email: 'editor@demo.mediglot.test', password: pw('editor') },
    { role: 'translator', name: '陈译文 Chen Yiwen (demo)', email: 'translator@demo.mediglot.test', password: pw('translator') },
    {
      role: 'medicalReviewer',
      name: demoReviewer.name,
      email: 'reviewer@demo.mediglot.test',
      password: pw('reviewer'),
    },
  ]
}

/** Creates the demo accounts that do not exist yet; existing accounts keep their passwords. */
export async function ensureDemoAccounts(payload: Payload): Promise<Array<DemoAccount & { created: boolean }>> {
  const results: Array<DemoAccount & { created: boolean }> = []
  for (const account of demoAccounts()) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: account.email } },
      limit: 1,
      depth: 0,
      overrideAccess: true, // a setup script, not a person: there is no admin to act as yet
    })
    if (existing.docs.length === 0) {
      const created = await payload.create({
        collection: 'users',
        data: { email: account.email, password: account.password, name: account.name, roles: [account.role] },
        overrideAccess: true,
      })
      if (account.role === 'medicalReviewer') {
        // The public profile readers see on every page this reviewer approves, per language.
        for (const locale of ['en', 'zh'] as const) {
          await payload.update({
            collection: 'users',
            id: created.id,
            data: { credentials: demoReviewer.credentials[locale] },
            locale,
            overrideAccess: true,
          })
        }
      }
    }
    results.push({ ...account, created: existing.docs.length === 0 })
  }
  return results
}
