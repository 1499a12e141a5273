/**
 * Shared set-up of the battery files for issue 10's findings (an outside attacker's requests):
 * the built server on a seeded database, one account per role (two reviewers) and a partner
 * with an API key, plus a caller that sends those requests as is.
 */
import crypto from 'node:crypto'

import { startAppServer, type AppServer } from '../helpers/appServer'
import { registerFirstAdmin, restClient, type RestClient } from '../helpers/rest'

export const password = 'a-long-password-9'
export const emails = {
  admin: 'admin@doors.mediglot',
  editor: 'editor@doors.mediglot',
  translator: 'translator@doors.mediglot',
  reviewer: 'reviewer@doors.mediglot',
  reviewer2: 'reviewer2@doors.mediglot',
}
export type Role = keyof typeof emails

export interface Doors {
  app: AppServer
  rest: RestClient
  tokens: Record<Role, string>
  ids: Record<Role, number>
  partner: { id: number; key: string; header: string }
  stop: () => Promise<void>
}

export async function openDoors(options: { env?: Record<string, string> } = {}): Promise<Doors> {
  const app = await startAppServer({ env: options.env })
  const rest = restClient(app.baseURL)
  const admin = await registerFirstAdmin(rest, emails.admin, password)
  const roles: Record<Exclude<Role, 'admin'>, string> = {
    editor: 'editor',
    translator: 'translator',
    reviewer: 'medicalReviewer',
    reviewer2: 'medicalReviewer',
  }
  const ids = {} as Record<Role, number>
  const tokens = { admin } as Record<Role, string>
  for (const [name, role] of Object.entries(roles) as Array<[Exclude<Role, 'admin'>, string]>) {
    const created = await rest.ok('POST', '/api/users', admin, { email: emails[name], password, name: `Door ${name}`, roles: [role] })
    ids[name] = (created.doc as { id: number }).id
    tokens[name] = await rest.login(emails[name], password)
  }
  const me = await rest.ok('GET', '/api/users/me', admin)
  ids.admin = (me.user as { id: number }).id
  const key = crypto.randomBytes(24).toString('hex')
  const partner = await rest.ok('POST', '/api/partners', admin, { name: 'Door partner', enableAPIKey: true, apiKey: key })
  return {
    app,
    rest,
    tokens,
    ids,
    partner: { id: (partner.doc as { id: number }).id, key, header: `partners API-Key ${key}` },
    stop: () => app.stop(),
  }
}

export const json = (text: string) => JSON.parse(text) as Record<string, unknown>
