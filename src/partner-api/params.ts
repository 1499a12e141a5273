/** Query parameters of the partner API: parsed strictly; anything wrong says what is allowed. */
import { isLocale, locales, type Locale } from '@/i18n/locales'

export const maxLimit = 100
export const defaultLimit = 20

export class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
    readonly allowed: string,
  ) {
    super(message)
  }
}

export interface ListParams {
  locale: Locale
  limit: number
  cursor: string | null
  updatedSince: Date | null
}

function rejectUnknown(query: URLSearchParams, allowed: string[]): void {
  for (const name of new Set(query.keys())) {
    if (!allowed.includes(name)) {
      throw new BadParameter(name, `Unknown parameter "${name}". Allowed parameters: ${allowed.join(', ') || 'none'}.`, allowed.join(', ') || 'none')
    }
  }
  for (const name of allowed) {
    if (query.getAll(name).length > 1) throw new BadParameter(name, `Parameter "${name}" is given more than once.`, 'one value')
  }
}

export function parseLocale(query: URLSearchParams): Locale {
  const value = query.get('locale')
  if (value === null) return 'en'
  if (!isLocale(value)) {
    throw new BadParameter('locale', `Unknown locale "${value}". Allowed values: ${locales.join(', ')}.`, locales.join(', '))
  }
  return value
}

export function parseDate(query: URLSearchParams, name: string): Date | null {
  const value = query.get(name)
  if (value === null) return null
  // ISO 8601 date or date-time only: "yesterday" or a bare number is a mistake, not a date.
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/
  const date = new Date(value)
  if (!iso.test(value) || Number.isNaN(date.getTime())) {
    throw new BadParameter(name, `"${name}" must be an ISO 8601 date or date-time, e.g. 2026-01-31 or 2026-01-31T12:00:00Z (got "${value}").`, 'ISO 8601 date-time')
  }
  return date
}

export function parseLimit(query: URLSearchParams): number {
  const value = query.get('limit')
  if (value === null) return defaultLimit
  const limit = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit) {
    throw new BadParameter('limit', `"limit" must be a whole number from 1 to ${maxLimit} (got "${value}").`, `1-${maxLimit}`)
  }
  return limit
}

export function parseListParams(query: URLSearchParams): ListParams {
  rejectUnknown(query, ['locale', 'limit', 'cursor', 'updatedSince'])
  return {
    locale: parseLocale(query),
    limit: parseLimit(query),
    cursor: query.get('cursor'),
    updatedSince: parseDate(query, 'updatedSince'),
  }
}

export function parseDetailParams(query: URLSearchParams): { locale: Locale } {
  rejectUnknown(query, ['locale'])
  return { locale: parseLocale(query) }
}

export function parseNoParams(query: URLSearchParams): void {
  rejectUnknown(query, [])
}

export function parseChangesParams(query: URLSearchParams): { since: string | null; limit: number } {
  rejectUnknown(query, ['since', 'limit'])
  return { since: query.get('since'), limit: parseLimit(query) }
}

/**
 * Cursors are opaque to partners: base64url JSON, tied to the listing they came from so a
 * cursor of one collection or filter is refused by another instead of silently misleading.
 */
export function encodeCursor(value: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

export function decodeCursor<T extends Record<string, unknown>>(cursor: string, scope: string, check: (value: Record<string, unknown>) => value is T): T {
  let value: unknown
  try {
    if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) throw new Error('not base64url')
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    value = null
  }
  if (!value || typeof value !== 'object' || (value as { s?: unknown }).s !== scope || !check(value as Record<string, unknown>)) {
    throw new BadParameter('cursor', 'Invalid cursor. Use the "next" value of a previous page of this same listing, unchanged, or leave it out to start at the beginning.', 'a "next" value from this listing')
  }
  return value as T
}
