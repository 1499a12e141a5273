import type { DefaultServerCellComponentProps } from 'payload'
import './reviewUi.scss'

import type { AdminTranslationKey } from '@/i18n/admin'

import { formatMoment } from './format'

type Translate = (key: AdminTranslationKey) => string

interface PartnerRow {
  enableAPIKey?: boolean | null
  revoked?: boolean | null
  lastUsedAt?: string | null
}

function stateKey(row: PartnerRow): AdminTranslationKey {
  if (row.revoked) return 'mediglot:partnerKeyRevoked'
  return row.enableAPIKey ? 'mediglot:partnerKeyActive' : 'mediglot:partnerKeyNone'
}

/** The partners list's key column: active, revoked or no key, in words. */
export function PartnerKeyStateCell({ rowData, i18n }: DefaultServerCellComponentProps) {
  const t = i18n.t as unknown as Translate
  const key = stateKey(rowData as PartnerRow)
  const tone = key === 'mediglot:partnerKeyActive' ? 'approved' : key === 'mediglot:partnerKeyRevoked' ? 'changesRequested' : 'draft'
  return <span className={`mg-badge mg-badge--${tone}`} data-testid="partner-key-state-cell">{t(key)}</span>
}

/** The partners list's last-use column, with the year, in the admin language ("never" when unused). */
export function PartnerLastUsedCell({ rowData, i18n }: DefaultServerCellComponentProps) {
  const t = i18n.t as unknown as Translate
  const at = (rowData as PartnerRow).lastUsedAt
  return <span>{formatMoment(at, i18n.language) ?? t('mediglot:partnerNeverUsed')}</span>
}
