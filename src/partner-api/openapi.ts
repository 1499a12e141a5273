/** The partner API contract (OpenAPI 3.1), served at /api/v1/openapi.json. */
import { localeLanguageTags, locales } from '@/i18n/locales'
import { listableCollections } from '@/content/catalogue'

import { apiVersionPrefix, webhookEvents } from './constants'
import { maxLimit, defaultLimit } from './params'

const str = { type: 'string' }
const nullableStr = { type: ['string', 'null'] }
const dateTime = { type: 'string', format: 'date-time' }
const nullableDateTime = { type: ['string', 'null'], format: 'date-time' }
const locale = { type: 'string', enum: [...locales] }
const uri = { type: 'string', format: 'uri' }
const obj = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties,
})
const sourceProperties = {
  id: str,
  type: { const: 'source' },
  slug: str,
  title: str,
  organisation: str,
  year: { type: 'integer' },
  publication: nullableStr,
  url: nullableStr,
  doi: nullableStr,
  pmid: nullableStr,
}
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

const errorCodes = ['missing_api_key', 'invalid_api_key', 'rate_limited', 'bad_parameter', 'not_found', 'method_not_allowed', 'internal_error']

function errorResponse(description: string, headers: Record<string, unknown> = {}) {
  return { description, headers, content: { 'application/json': { schema: ref('Error') } } }
}

const conditionalHeaders = {
  ETag: { description: 'Strong validator; send it back in If-None-Match.', schema: str },
  'Last-Modified': { description: 'Send it back in If-Modified-Since.', schema: str },
  'Cache-Control': { schema: str },
}
const rateHeaders = {
  'X-RateLimit-Limit': { description: 'Requests allowed per minute for this key.', schema: { type: 'integer' } },
  'X-RateLimit-Remaining': { schema: { type: 'integer' } },
}

function ok(description: string, schema: unknown, keyed = true) {
  return {
    description,
    headers: { ...conditionalHeaders, ...(keyed ? rateHeaders : {}) },
    content: { 'application/json': { schema } },
  }
}

const keyedErrors = {
  '304': { description: 'Not modified (If-None-Match or If-Modified-Since matched).' },
  '400': errorResponse('A bad parameter; the message lists the allowed values.'),
  '401': errorResponse('No API key, or a key that is not valid or has been revoked.'),
  '429': errorResponse('Rate limit reached.', { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } }),
}

const p = {
  locale: { name: 'locale', in: 'query', description: 'Language of the text. No fallback: a document not public in this language is not listed.', schema: { ...locale, default: 'en' } },
  limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: maxLimit, default: defaultLimit } },
  cursor: { name: 'cursor', in: 'query', description: 'The `next` value of the previous page, unchanged.', schema: str },
  updatedSince: { name: 'updatedSince', in: 'query', description: 'Only documents updated at or after this ISO 8601 time.', schema: dateTime },
  slug: { name: 'slug', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } },
  since: { name: 'since', in: 'query', description: 'A `next` cursor of the feed, or an ISO 8601 time.', schema: str },
}

export function openApiDocument(base: string) {
  const listPaths: Record<string, unknown> = {}
  for (const collection of listableCollections) {
    const isSource = collection === 'sources'
    listPaths[`/${collection}`] = {
      get: {
        operationId: `list_${collection}`,
        summary: `List public ${collection}, in slug order`,
        tags: [collection],
        parameters: [p.locale, p.limit, p.cursor, p.updatedSince],
        responses: { '200': ok(`A page of ${collection}.`, ref('ListPage')), ...keyedErrors },
      },
    }
    listPaths[`/${collection}/{slug}`] = {
      get: {
        operationId: `get_${collection}`,
        summary: `One public ${collection === 'faqs' ? 'FAQ' : collection.replace(/s$/, '')} by slug`,
        tags: [collection],
        parameters: [p.slug, p.locale],
        responses: {
          '200': ok('The document.', isSource ? ref('SourceDocument') : ref('Document')),
          ...keyedErrors,
          '404': errorResponse('No public document with this slug in this language.'),
        },
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mediglot partner content API',
      version: '1.0.0',
      description:
        'Published, medically reviewed content in English and Chinese. Authenticate with `Authorization: Bearer KEY`. ' +
        'Every 200 carries a strong ETag and Last-Modified; conditional requests get 304. Errors are `{ "error": { "code", "message" } }`.',
      license: { name: 'CC BY-NC-ND 4.0 (content)', url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/' },
    },
    servers: [{ url: `${base}${apiVersionPrefix}` }],
    security: [{ bearer: [] }, { apiKeyHeader: [] }],
    paths: {
      ...listPaths,
      '/catalogue': {
        get: {
          operationId: 'catalogue',
          summary: 'Every public document, with its languages, dates and URLs',
          responses: { '200': ok('The catalogue.', ref('Catalogue')), ...keyedErrors },
        },
      },
      '/changes': {
        get: {
          operationId: 'changes',
          summary: 'The change feed: published, updated, unpublished and deleted (tombstones), oldest first',
          parameters: [p.since, p.limit],
          responses: { '200': ok('A page of changes.', ref('ChangesPage')), ...keyedErrors },
        },
      },
      '/openapi.json': {
        get: { operationId: 'openapi', summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } } },
      },
    },
    webhooks: {
      contentChange: {
        post: {
          summary: 'A document changed (signed: Mediglot-Signature: t=UNIX,v1=HMAC-SHA256(secret, "t.body") in hex)',
          requestBody: { content: { 'application/json': { schema: ref('WebhookPayload') } } },
          responses: { '2XX': { description: 'Received. Anything else is retried with exponential backoff.' } },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The partner API key.' },
        apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
      schemas: {
        Error: obj({
          error: obj(
            { code: { type: 'string', enum: errorCodes }, message: str, parameter: str, allowed: str },
            ['code', 'message'],
          ),
        }),
        ListItem: obj({
          id: str,
          type: str,
          slug: str,
          locale,
          title: str,
          summary: nullableStr,
          updatedAt: dateTime,
          siteUrl: { type: ['string', 'null'], format: 'uri' },
          apiUrl: uri,
        }),
        ListPage: obj({
          data: { type: 'array', items: ref('ListItem') },
          total: { type: 'integer', minimum: 0 },
          limit: { type: 'integer' },
          next: nullableStr,
          links: obj({ next: { type: ['string', 'null'], format: 'uri' } }),
        }),
        Source: obj(sourceProperties),
        SourceDocument: obj({ ...sourceProperties, locale, updatedAt: dateTime }),
        Document: obj({
          id: { type: 'string', description: 'Stable id: `type:slug`, the same in every language.' },
          type: { type: 'string', enum: ['topic', 'cause', 'treatment', 'faq'] },
          slug: str,
          locale,
          availableLocales: { type: 'array', items: locale },
          alternates: { type: 'array', items: obj({ locale, siteUrl: uri, apiUrl: uri }) },
          title: str,
          summary: { ...nullableStr, description: 'Null when there is none in this language (never filled from another).' },
          body: obj({ html: { type: 'string', description: 'Sanitized HTML.' }, text: str }),
          related: {
            type: 'array',
            items: obj({
              relation: str,
              id: str,
              type: str,
              slug: str,
              title: str,
              locale: { ...locale, description: 'The language of `title` and of the page linked to.' },
              fallbackToEnglish: { type: 'boolean' },
              siteUrl: uri,
              apiUrl: uri,
            }),
          },
          review: obj({
            lastReviewed: nullableDateTime,
            nextReviewDue: nullableDateTime,
            overdue: { type: 'boolean' },
            reviewerName: nullableStr,
            reviewerCredentials: nullableStr,
          }),
          translation: obj({ state: { type: 'string', enum: ['source', 'current', 'behind'] }, englishUpdatedAt: nullableDateTime }),
          sources: { type: 'array', items: ref('Source') },
          licence: obj({ name: str, url: uri, attribution: str, attributionHtml: str, canonicalUrl: uri }),
          updatedAt: dateTime,
          // schema.org structured data; the properties it always has are defined, others may follow.
          jsonLd: {
            type: 'object',
            required: ['@context', '@type', 'url', 'name', 'inLanguage'],
            properties: {
              '@context': { const: 'https://schema.org' },
              '@type': { const: 'MedicalWebPage' },
              url: uri,
              name: { type: 'string', minLength: 1 },
              inLanguage: { type: 'string', enum: Object.values(localeLanguageTags) },
            },
          },
        }),
        Catalogue: obj({
          data: {
            type: 'array',
            items: obj({
              id: str,
              type: str,
              slug: str,
              locales: { type: 'array', items: locale },
              titles: { type: 'object', propertyNames: locale, additionalProperties: str },
              createdAt: dateTime,
              updatedAt: dateTime,
              urls: { type: 'array', items: obj({ locale, siteUrl: { type: ['string', 'null'], format: 'uri' }, apiUrl: uri }) },
            }),
          },
          total: { type: 'integer' },
        }),
        Change: obj({
          event: { type: 'string', enum: [...webhookEvents] },
          id: str,
          type: str,
          slug: str,
          locale,
          locales: { type: 'array', items: locale, description: 'Languages the document is public in after the change.' },
          occurredAt: dateTime,
          apiUrl: { type: ['string', 'null'], format: 'uri', description: 'Null for tombstones.' },
        }),
        ChangesPage: obj({
          data: { type: 'array', items: ref('Change') },
          next: { type: 'string', description: 'Always present: poll again with `since=next`.' },
          hasMore: { type: 'boolean' },
          links: obj({ next: uri }),
        }),
        WebhookPayload: obj({
          id: { type: 'string', description: 'Delivery id (the same on every retry).' },
          event: { type: 'string', enum: [...webhookEvents] },
          occurredAt: dateTime,
          document: obj({ id: str, type: str, slug: str, locale, locales: { type: 'array', items: locale } }),
        }),
      },
    },
  }
}
