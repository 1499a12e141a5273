/**
 * Webhooks: each recorded change is queued, per partner endpoint that asked for its event, as a
 * job on Payload's jobs queue; the job POSTs a signed JSON body and records the attempt. A
 * failed attempt (network error, timeout, non-2xx) throws, and the queue retries it with
 * exponential backoff.
 *
 * Signature: header `Mediglot-Signature: t=<unix seconds>,v1=<hex>` where
 * hex = HMAC-SHA256(endpoint secret, `${t}.${raw body}`) (the README shows how to verify).
 */
import crypto from 'node:crypto'

import type { Payload, TaskConfig } from 'payload'

import { partnersSlug, webhookDeliveriesSlug } from '@/collections/slugs'

import type { RecordedChange } from './changeTypes'
import { postToWebhook, resolveWebhookTarget } from '@/lib/webhookTarget'

export const webhookTaskSlug = 'deliverWebhook'
export const webhookQueue = 'webhooks'

export interface WebhookInput {
  partner: number | string
  url: string
  /** Which endpoint of the partner (its array row id): its current secret signs each attempt. */
  endpoint: string
  deliveryId: string
  event: string
  documentId: string
  type: string
  slug: string
  locale: string
  locales: string[]
  occurredAt: string
}

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
}

export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${signWebhook(secret, timestamp, body)}`
}

interface PartnerWebhooks {
  id: number | string
  revoked?: boolean | null
  webhooks?: Array<{ id?: string | null; url: string; events?: string[] | null; secret: string; active?: boolean | null }> | null
}

/** Queues one delivery per change and interested endpoint (system read of partner settings). */
export async function queueWebhooks(payload: Payload, changes: RecordedChange[]): Promise<number> {
  const partners = (
    await payload.find({ collection: partnersSlug, where: { revoked: { not_equals: true } }, pagination: false, depth: 0, overrideAccess: true })
  ).docs as unknown as PartnerWebhooks[]
  const occurredAt = new Date().toISOString()
  let queued = 0
  for (const partner of partners) {
    for (const endpoint of partner.webhooks ?? []) {
      if (endpoint.active === false || !endpoint.id) continue
      for (const change of changes) {
        if (!(endpoint.events ?? []).includes(change.event)) continue
        const input: WebhookInput = {
          partner: partner.id,
          url: endpoint.url,
          endpoint: endpoint.id,
          deliveryId: crypto.randomUUID(),
          event: change.event,
          documentId: change.documentId,
          type: change.type,
          slug: change.slug,
          locale: change.locale,
          locales: change.locales,
          occurredAt,
        }
        await payload.jobs.queue({ task: webhookTaskSlug, input: input as never, queue: webhookQueue })
        queued++
      }
    }
  }
  return queued
}

const timeoutMs = () => Number.parseInt(process.env.WEBHOOK_TIMEOUT_MS ?? '10000', 10) || 10_000

export const webhookAttempts = () => Math.max(1, Number.parseInt(process.env.WEBHOOK_ATTEMPTS ?? '6', 10) || 6)

/** Performs one delivery attempt; throws when it failed so the queue retries it. */
export async function deliverWebhook(payload: Payload, input: WebhookInput, attempt: number): Promise<{ statusCode: number }> {
  const partnerId = /^\d+$/.test(String(input.partner)) ? Number(input.partner) : input.partner
  const partner = (await payload.findByID({ collection: partnersSlug, id: partnerId, depth: 0, overrideAccess: true, disableErrors: true })) as unknown as PartnerWebhooks | null
  const endpoint = partner?.webhooks?.find((w) => w.id === input.endpoint)
  const system = { overrideAccess: true, depth: 0 } as const
  const log = (data: Record<string, unknown>) =>
    payload.create({
      collection: webhookDeliveriesSlug,
      data: { partner: partnerId as number, url: input.url, event: input.event, documentId: input.documentId, deliveryId: input.deliveryId, attempt, ...data },
      ...system,
    })
  if (!partner || partner.revoked || !endpoint || endpoint.active === false) {
    // The endpoint was removed or switched off since the change: nothing to deliver, no retry.
    await log({ ok: false, error: 'endpoint removed, inactive or partner revoked; not delivered', willRetry: false })
    return { statusCode: 0 }
  }
  const body = JSON.stringify({
    id: input.deliveryId,
    event: input.event,
    occurredAt: input.occurredAt,
    document: { id: input.documentId, type: input.type, slug: input.slug, locale: input.locale, locales: input.locales },
  })
  const timestamp = Math.floor(Date.now() / 1000)
  const started = Date.now()
  let statusCode: number | null = null
  let error: string | null = null
  try {
    // Checked again now, and the delivery connects to the address checked (src/lib/webhookTarget.ts).
    const target = await resolveWebhookTarget(endpoint.url)
    if ('refused' in target) throw new Error(`refused: ${target.refused}`)
    statusCode = await postToWebhook(
      target,
      {
        'content-type': 'application/json',
        'user-agent': 'Mediglot-Webhooks/1',
        'mediglot-event': input.event,
        'mediglot-delivery': input.deliveryId,
        'mediglot-signature': signatureHeader(endpoint.secret, timestamp, body),
      },
      body,
      timeoutMs(),
    )
    if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught)
  }
  const willRetry = Boolean(error) && attempt < webhookAttempts()
  await log({ ok: !error, statusCode, error, durationMs: Date.now() - started, willRetry })
  if (error) throw new Error(`webhook delivery ${input.deliveryId} to ${endpoint.url} failed: ${error}`)
  return { statusCode: statusCode ?? 0 }
}

export const deliverWebhookTask: TaskConfig = {
  slug: webhookTaskSlug,
  label: 'Deliver a partner webhook',
  inputSchema: [
    { name: 'partner', type: 'text', required: true },
    { name: 'url', type: 'text', required: true },
    { name: 'endpoint', type: 'text', required: true },
    { name: 'deliveryId', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
    { name: 'documentId', type: 'text', required: true },
    { name: 'type', type: 'text', required: true },
    { name: 'slug', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true },
    { name: 'locales', type: 'json', required: true },
    { name: 'occurredAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'statusCode', type: 'number' }],
  // attempts = retries after the first try.
  retries: {
    attempts: webhookAttempts() - 1,
    backoff: { type: 'exponential', delay: Number.parseInt(process.env.WEBHOOK_BACKOFF_MS ?? '30000', 10) || 30_000 },
  },
  handler: async ({ input, job, req }) => {
    const attempt = ((job as { totalTried?: number }).totalTried ?? 0) + 1
    const output = await deliverWebhook(req.payload, input as unknown as WebhookInput, attempt)
    return { output }
  },
}
