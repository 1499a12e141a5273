import { createLocalReq, type Payload } from 'payload'

import type { ContentCollectionSlug } from '@/collections/slugs'
import type { Role } from '@/editorial/roles'
import { performWorkflowAction } from '@/editorial/endpoints/workflow'
import type { User } from '@/payload-types'

export type Users = Record<Role | 'reviewer2', User>

/** One account per role, plus a second reviewer (approving another reviewer's change). */
export async function createRoleUsers(payload: Payload): Promise<Users> {
  const make = async (key: string, roles: Role[], name: string) =>
    (await payload.create({
      collection: 'users',
      data: { email: `${key}@test.mediglot`, password: `${key}-password-123`, name, roles },
      overrideAccess: true,
    })) as User
  const admin = await make('admin', ['admin'], 'Ada Admin')
  const editor = await make('editor', ['editor'], 'Eddie Editor')
  const translator = await make('translator', ['translator'], 'Tina Translator')
  const medicalReviewer = await make('reviewer', ['medicalReviewer'], 'Dr Rita Reviewer')
  await payload.update({
    collection: 'users',
    id: medicalReviewer.id,
    data: { credentials: 'MD, obstetrics and gynaecology' },
    locale: 'en',
    overrideAccess: true,
  })
  await payload.update({
    collection: 'users',
    id: medicalReviewer.id,
    data: { credentials: '妇产科主任医师' },
    locale: 'zh',
    overrideAccess: true,
  })
  const reviewer2 = await make('reviewer2', ['medicalReviewer'], 'Dr Second Reviewer')
  return { admin, editor, translator, medicalReviewer: { ...medicalReviewer, credentials: { en: 'MD, obstetrics and gynaecology', zh: '妇产科主任医师' } } as unknown as User, reviewer2 }
}

export interface WorkflowResult {
  status: number
  body: { ok?: boolean; error?: { code: string; message: string; details?: unknown }; status?: Record<string, { review: string; status: string }> }
}

/** Calls the workflow endpoint's action as `user` would through POST /api/{collection}/{id}/workflow. */
export async function workflow(
  payload: Payload,
  user: User,
  collection: ContentCollectionSlug,
  id: number | string,
  body: Record<string, unknown>,
  language: 'en' | 'zh' = 'en',
): Promise<WorkflowResult> {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  if (language === 'zh') {
    const { initI18n } = await import('@payloadcms/translations')
    const i18n = await initI18n({ config: payload.config.i18n, context: 'api', language: 'zh' })
    req.i18n = i18n
    req.t = i18n.t
  }
  const response = await performWorkflowAction(req, collection, String(id), body)
  return { status: response.status, body: (await response.json()) as WorkflowResult['body'] }
}

export const asUser = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false })
