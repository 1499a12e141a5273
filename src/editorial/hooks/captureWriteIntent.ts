import type { CollectionBeforeOperationHook } from 'payload'

import { editorialContext, toWriteIntent } from '../context'

/**
 * Keeps what the caller asked for (a draft save, a publish of all languages) where the later
 * hooks can see it: Payload's change hooks are told neither.
 */
export const captureWriteIntent: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') {
    editorialContext(req).writeIntent = toWriteIntent(args as Record<string, unknown>)
  }
  return args
}
