'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { AdminTranslationKey, adminTranslations } from '@/i18n/admin'

import { formatMoment } from './format'
import './reviewUi.scss'

type Translate = (key: AdminTranslationKey, vars?: Record<string, unknown>) => string

interface PartnerState {
  name?: string
  enableAPIKey?: boolean | null
  revoked?: boolean | null
  lastUsedAt?: string | null
}

/** Words for a partner key's state (the list's column and this panel say the same). */
export function keyStateKey(partner: PartnerState): AdminTranslationKey {
  if (partner.revoked) return 'mediglot:partnerKeyRevoked'
  return partner.enableAPIKey ? 'mediglot:partnerKeyActive' : 'mediglot:partnerKeyNone'
}

function messageOf(body: unknown): string | null {
  const record = body as { error?: { message?: unknown }; errors?: Array<{ message?: unknown }> } | null
  if (typeof record?.error?.message === 'string') return record.error.message
  const first = record?.errors?.[0]?.message
  return typeof first === 'string' ? first : null
}

/**
 * The partner's API key in its edit view: the key issued at creation (or by "Issue a new key"),
 * shown once with a copy button; the key's state in words; revoke and re-issue as buttons.
 * Payload's own API-key block is hidden for partners (reviewUi.scss): it could leave a key
 * saved but not enabled.
 */
export function PartnerKey() {
  const { id } = useDocumentInfo()
  const { i18n, t: payloadT } = useTranslation<typeof adminTranslations.en, AdminTranslationKey>()
  const t = payloadT as unknown as Translate
  const { config } = useConfig()
  const router = useRouter()
  const api = `${config.serverURL ?? ''}${config.routes.api}/partners`
  const [partner, setPartner] = useState<PartnerState | null>(null)
  const [key, setKey] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const collected = useRef(false)

  const call = useCallback(
    async (action: 'issue' | 'revoke' | 'collect') => {
      const response = await fetch(`${api}/${encodeURIComponent(String(id))}/key`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({ action }),
      })
      const body = (await response.json().catch(() => null)) as { key?: string | null } | null
      if (!response.ok) throw new Error(messageOf(body) ?? String(response.status))
      return body
    },
    [api, i18n.language, id],
  )

  const load = useCallback(async () => {
    const response = await fetch(`${api}/${encodeURIComponent(String(id))}?depth=0`, {
      credentials: 'include',
      headers: { 'Accept-Language': i18n.language },
    })
    if (response.ok) setPartner((await response.json()) as PartnerState)
  }, [api, i18n.language, id])

  useEffect(() => {
    if (!id) return
    void load()
    if (collected.current) return
    collected.current = true
    // A partner created a moment ago: its key waits here to be shown, once.
    call('collect')
      .then((body) => {
        if (body?.key) setKey(body.key)
      })
      .catch(() => {})
  }, [call, id, load])

  if (!id) {
    return (
      <section className="mg-partner-key" data-testid="partner-key">
        <h3 className="mg-review__title">{t('mediglot:partnerKeyTitle')}</h3>
        <p className="mg-review__note">{t('mediglot:partnerKeyOnCreate')}</p>
      </section>
    )
  }

  const act = async (action: 'issue' | 'revoke') => {
    const name = partner?.name ?? ''
    const question =
      action === 'revoke'
        ? t('mediglot:partnerKeyConfirmRevoke', { name })
        : partner?.enableAPIKey
          ? t('mediglot:partnerKeyConfirmReissue', { name })
          : null
    if (question && !window.confirm(question)) return
    setBusy(true)
    setError(null)
    setCopied(false)
    try {
      const body = await call(action)
      setKey(action === 'issue' ? (body?.key ?? null) : null)
      await load()
      router.refresh()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setBusy(false)
    }
  }

  const copy = async () => {
    if (!key) return
    try {
      await navigator.clipboard.writeText(key)
      setCopied(true)
    } catch {
      // No clipboard (an insecure origin): the key is selected for a manual copy instead.
      const field = document.getElementById('mg-partner-key-value') as HTMLInputElement | null
      field?.select()
    }
  }

  const state = partner ? keyStateKey(partner) : null
  return (
    <section className="mg-partner-key" data-testid="partner-key" aria-busy={busy || !partner}>
      <h3 className="mg-review__title">{t('mediglot:partnerKeyTitle')}</h3>
      {state && (
        <p>
          <span
            className={`mg-badge mg-badge--${state === 'mediglot:partnerKeyActive' ? 'approved' : state === 'mediglot:partnerKeyRevoked' ? 'changesRequested' : 'draft'}`}
            data-testid="partner-key-state"
          >
            {t(state)}
          </span>{' '}
          {t('mediglot:partnerLastUsed')}:{' '}
          <span data-testid="partner-key-last-used">
            {formatMoment(partner?.lastUsedAt, i18n.language) ?? t('mediglot:partnerNeverUsed')}
          </span>
        </p>
      )}
      {key && (
        <div className="mg-partner-key__new" data-testid="partner-key-new">
          <label htmlFor="mg-partner-key-value">{t('mediglot:partnerKeyShownOnce')}</label>
          <div className="mg-partner-key__row">
            <input
              id="mg-partner-key-value"
              data-testid="partner-key-value"
              readOnly
              value={key}
              onFocus={(event) => event.currentTarget.select()}
            />
            <button type="button" className="mg-button mg-button--primary" onClick={() => void copy()} data-testid="partner-key-copy">
              {copied ? t('mediglot:partnerKeyCopied') : t('mediglot:partnerKeyCopy')}
            </button>
          </div>
          <p className="mg-review__note">{t('mediglot:partnerKeyUsage')}</p>
        </div>
      )}
      <div className="mg-review__actions">
        <button type="button" className="mg-button" disabled={busy} onClick={() => void act('issue')} data-testid="partner-key-issue">
          {partner?.enableAPIKey ? t('mediglot:partnerKeyReissue') : t('mediglot:partnerKeyIssue')}
        </button>
        {partner?.enableAPIKey && (
          <button type="button" className="mg-button" disabled={busy} onClick={() => void act('revoke')} data-testid="partner-key-revoke">
            {t('mediglot:partnerKeyRevoke')}
          </button>
        )}
      </div>
      {error && (
        <p className="mg-review__alert" role="alert" data-testid="partner-key-error">
          {error}
        </p>
      )}
    </section>
  )
}
