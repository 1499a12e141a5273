'use client'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useField, useTranslation } from '@payloadcms/ui'
import type { RelationshipFieldClientProps } from 'payload'
import { useEffect, useState } from 'react'

const known = new Map<string, Promise<string | null>>()

function idOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') {
    const record = value as { id?: unknown; value?: unknown }
    return idOf(record.value ?? record.id)
  }
  return String(value)
}

/**
 * A read-only "who" field of the review record (changed, submitted, approved by), shown as the
 * person's name. Payload's relationship field would look the user up, which staff other than
 * admins may not do ("Untitled - ID: 3"); /api/staff-names answers names only.
 */
export function StaffNameField({ field, path }: RelationshipFieldClientProps) {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [name, setName] = useState<string | null>(null)
  const id = idOf(value)

  useEffect(() => {
    if (!id) return
    let lookup = known.get(id)
    if (!lookup) {
      lookup = fetch(`${config.serverURL ?? ''}${config.routes.api}/staff-names?ids=${encodeURIComponent(id)}`, { credentials: 'include' })
        .then((response) => (response.ok ? (response.json() as Promise<{ names?: Record<string, string> }>) : null))
        .then((body) => body?.names?.[id] ?? null)
        .catch(() => null)
      known.set(id, lookup)
    }
    let live = true
    void lookup.then((found) => live && setName(found))
    return () => {
      live = false
    }
  }, [config.routes.api, config.serverURL, id])

  if (!id) return null
  const label = field.label ? getTranslation(field.label as Record<string, string>, i18n) : field.name
  return (
    <div className="field-type mg-staff-name" data-testid={`staff-name-${field.name}`}>
      <span className="field-label">{label}</span>
      <div className="mg-staff-name__value">{name ?? `#${id}`}</div>
    </div>
  )
}
