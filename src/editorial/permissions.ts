/**
 * Who may do what in the review workflow: the one place these rules live. Access functions,
 * hooks, endpoints and the admin UI all ask here.
 */
import type { PayloadRequest } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'

import { hasRole, isAdmin } from './roles'

type User = PayloadRequest['user'] | null | undefined

/** Editors and admins write new documents (a new document starts in English). */
export const canCreate = (user: User) => hasRole(user, 'editor') || isAdmin(user)

/** The languages a person may edit. Translators edit Chinese only. */
export function editableLocales(user: User): Locale[] {
  if (hasRole(user, 'editor') || hasRole(user, 'medicalReviewer') || isAdmin(user)) return ['en', 'zh']
  if (hasRole(user, 'translator')) return ['zh']
  return []
}

export const canEditLocale = (user: User, locale: string | undefined) =>
  editableLocales(user).includes((locale ?? defaultLocale) as Locale)

/** Slugs, cross-links, sources and other fields shared by both languages. */
export const canEditSharedFields = (user: User) =>
  hasRole(user, 'editor') || hasRole(user, 'medicalReviewer') || isAdmin(user)

export const canSubmit = (user: User, locale: string | undefined) => canEditLocale(user, locale)

/** Clinical sign-off. Admins override the gate explicitly instead of approving. */
export const canApprove = (user: User) => hasRole(user, 'medicalReviewer')

export const canPublish = (user: User) => hasRole(user, 'medicalReviewer') || isAdmin(user)

/** Forcing past the review gate or the link guard: admins only, always with a reason. */
export const canForce = (user: User) => isAdmin(user)

export const canDelete = (user: User) => isAdmin(user)

/** The glossary is terminology policy: editors and medical reviewers keep it; translators read it. */
export const canEditGlossary = (user: User) =>
  hasRole(user, 'editor') || hasRole(user, 'medicalReviewer') || isAdmin(user)
