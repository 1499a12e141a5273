import type { PayloadRequest } from 'payload'

import type { AdminTranslationKey } from '@/i18n/admin'

/** `req.t` typed for our own `mediglot:` keys (Payload types only its built-in keys). */
export function translate(
  req: Pick<PayloadRequest, 't'> | undefined,
  key: AdminTranslationKey,
  vars?: Record<string, unknown>,
): string {
  if (!req?.t) return key
  return (req.t as unknown as (k: string, v?: Record<string, unknown>) => string)(key, vars)
}
