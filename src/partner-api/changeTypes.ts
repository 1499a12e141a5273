/** What the change recorder records and the webhooks deliver (types only: imported by both). */
import type { Locale } from '@/i18n/locales'

export type ChangeEvent = 'published' | 'updated' | 'unpublished' | 'deleted'

export interface RecordedChange {
  event: ChangeEvent
  documentId: string
  type: string
  slug: string
  locale: Locale
  locales: Locale[]
}
