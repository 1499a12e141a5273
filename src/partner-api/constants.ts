/** Constants shared by the partner collections and the API (no imports: safe for both sides). */
export const defaultRateLimitPerMinute = 120
export const webhookEvents = ['published', 'updated', 'unpublished', 'deleted'] as const
export type WebhookEvent = (typeof webhookEvents)[number]
export const apiVersionPrefix = '/api/v1'
