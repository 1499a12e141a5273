import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'

import { isStaff } from '../roles'

const readOperations = new Set(['read', 'readDistinct', 'count'])

/**
 * Readers and partners read published text in one language. Without this, `draft=true` would
 * hand them the latest drafts of documents they may read (read access passes the document;
 * Payload then swaps in its newest version), and `locale=all` would return every language of a
 * document published in any one of them, unpublished languages included.
 */
export const restrictPublicReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!readOperations.has(operation)) return args
  if ((args as { overrideAccess?: boolean }).overrideAccess || isStaff(req.user)) return args
  if ((req.locale as string | undefined) === 'all') {
    throw new APIError('Choose one language: locale must be en or zh.', 400, undefined, true)
  }
  // A REST read without ?locale reaches here with no locale, and the per-language publish
  // status then matches nothing: read the default language, as the Local API does.
  if (!isLocale(req.locale)) req.locale = defaultLocale
  return { ...args, draft: false }
}
