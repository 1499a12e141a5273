import type { CollectionBeforeOperationHook } from 'payload'

import { defaultLocale } from '@/i18n/locales'

/**
 * A source has no text per language: one citation serves both, with one publish status. Its
 * review is recorded once, in English, so every write is made in English whatever `locale` the
 * caller sent (a change sent "in Chinese" would otherwise reset a review nobody looks at and
 * leave the English approval standing, if stale).
 */
export const reviewInEnglish: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') req.locale = defaultLocale
  return args
}
