/**
 * fast-check arbitraries of malformed HTTP requests for the four doors of the app: the partner
 * API (/api/v1), Payload REST (/api/{collection}), GraphQL (/api/graphql) and the public site.
 * Each request is plain data (method, raw path, headers, body, which credential to attach), so
 * a failing one can be printed and replayed; credentials are symbolic and resolved when sent.
 */
import fc from 'fast-check'

export type Door = 'partner' | 'rest' | 'graphql' | 'site'
/** `partner`: the valid partner key; `editor`: an editor's JWT; `none`: nothing added (garbage credentials travel in `headers`). */
export type Credential = 'none' | 'partner' | 'editor'

export interface FuzzRequest {
  door: Door
  method: string
  /** Path and query exactly as written on the request line (no normalisation). */
  path: string
  headers: Record<string, string>
  body?: string
  credential: Credential
}

/** What the generators need to know about the running app. */
export interface FuzzContext {
  /** Real slugs and ids, so that some requests reach real documents. */
  slugs: string[]
  ids: number[]
  /** A genuine `next` cursor of /api/v1/topics?limit=1 and of /api/v1/changes?limit=1. */
  listCursor: string
  changesCursor: string
}

// ---- strings --------------------------------------------------------------------------------

/** Hand-picked hostile values: traversal, bad percent-encoding, injections, odd numbers. */
const nasty = [
  '', ' ', '%', '%%', '%zz', '%E0%A4%A', '%C0%AE%C0%AE', '%00', '%2e%2e', '%2F', '%ff%fe', '%u0041', '%252e',
  '..', '../', '../../../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '....//', '/..;/', '\\..\\', '~',
  "' OR 1=1 --", '"; DROP TABLE topics; --', '<script>alert(1)</script>', '${7*7}', '{{7*7}}', '`id`',
  'NaN', 'Infinity', '-Infinity', '-1', '0', '-0', '1e309', '1.5', '0x10', '9'.repeat(40), '00000001',
  '[]', '{}', 'null', 'undefined', 'true', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
  'all', '*', 'en-US', 'zh-Hans', 'EN', 'xx', '流产', 'ümlaut', '\u202e', '😀', '\u0000', '\r\n', '\t',
]

/** Lone surrogates replaced: they cannot be percent-encoded (or sent) at all. */
const wellFormed = (value: string) => value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')

/** Any short string: unicode, raw bytes, or a hand-picked hostile one. */
export const garbage: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...nasty), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 16 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 24 }), weight: 2 },
  { arbitrary: fc.integer().map(String), weight: 1 },
).map(wellFormed)

/** A long string: long paths and query strings, up to past the server's header limit. */
const long: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('a', '%', '../', '流', '%41', '[a]', 'x='), fc.integer({ min: 200, max: 20_000 }))
  .map(([unit, count]) => unit.repeat(Math.ceil(count / unit.length)))

/**
 * Makes a string writable on a request line (Node refuses bytes outside 0x21-0xff there) while
 * keeping everything else raw, stray `%` included: the point is to send bad encodings.
 */
export function rawSafe(value: string): string {
  return Array.from(value)
    .map((ch) => (/^[\u0021-\u007e]$/.test(ch) ? ch : encodeURIComponent(ch).replace(/%25/g, '%')))
    .join('')
}

/** Either percent-encoded properly or written raw: both kinds of garbage are worth sending. */
const encoded = (value: fc.Arbitrary<string>) =>
  fc.tuple(value, fc.boolean()).map(([v, proper]) => (proper ? encodeURIComponent(v) : rawSafe(v)))

/** Header values must be latin-1 without control characters; garbage is mapped into that. */
export function headerSafe(value: string): string {
  return Array.from(value)
    .map((ch) => (/^[\u0020-\u007e\u0080-\u00ff\t]$/.test(ch) ? ch : encodeURIComponent(ch)))
    .join('')
    .slice(0, 8_000)
}

const query = (pairs: fc.Arbitrary<Array<[string, string]>>) =>
  pairs.map((list) => (list.length ? `?${list.map(([k, v]) => (v === '\u0001' ? k : `${k}=${v}`)).join('&')}` : ''))

/** A query parameter that no door knows, with a garbage value. */
const unknownParam: fc.Arbitrary<[string, string]> = fc.tuple(encoded(garbage), encoded(garbage))

// ---- headers --------------------------------------------------------------------------------

const httpDateGarbage = fc.oneof(
  fc.constantFrom('Wed, 21 Oct 2015 07:28:00 GMT', 'Thu, 01 Jan 1970 00:00:00 GMT', 'Fri, 31 Dec 9999 23:59:59 GMT', 'yesterday', '0', '-1', '2026-13-45'),
  garbage,
)
const etagGarbage = fc.oneof(fc.constantFrom('*', 'W/"x"', '"', '""', '"a", "b", *', 'W/', '"x'.repeat(500)), garbage)

/** Conditional, language, accept and cookie headers, each present or not. */
const commonHeaders: fc.Arbitrary<Record<string, string>> = fc
  .record(
    {
      'if-none-match': etagGarbage,
      'if-modified-since': httpDateGarbage,
      'accept-language': fc.oneof(fc.constantFrom('zh-CN,zh;q=0.9', 'xx', '*;q=abc', 'en;q=-1', ',,,', 'zh;q=1e309'), garbage),
      accept: fc.oneof(fc.constantFrom('text/html', 'application/json', '*/*;q=0', 'text/x-component', 'image/*'), garbage),
      cookie: fc.oneof(
        garbage.map((v) => `mediglot-locale=${v}`),
        garbage.map((v) => `payload-token=${v}`),
        fc.constantFrom('=;=;', 'a', ';;;', `payload-token=${'x'.repeat(4000)}`),
      ),
      range: fc.constantFrom('bytes=0-0', 'bytes=-1', 'bytes=9-1', 'lines=1-2'),
    },
    { requiredKeys: [] },
  )
  .map((headers) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, headerSafe(v)])))

/** Broken credentials: a made-up key or token, a wrong scheme, an empty or enormous value. */
const badAuthorization: fc.Arbitrary<Record<string, string>> = fc.oneof(
  garbage.map((v) => ({ authorization: headerSafe(`Bearer ${v}`) })),
  garbage.map((v) => ({ 'x-api-key': headerSafe(v) || 'x' })),
  garbage.map((v) => ({ authorization: headerSafe(`JWT ${v}`) })),
  garbage.map((v) => ({ authorization: headerSafe(`partners API-Key ${v}`) })),
  fc.constantFrom(
    { authorization: 'Bearer' },
    { authorization: 'Basic YWRtaW46YWRtaW4=' },
    { authorization: `Bearer ${'k'.repeat(7_000)}` },
    { authorization: 'JWT eyJhbGciOiJub25lIn0.eyJpZCI6MSwiY29sbGVjdGlvbiI6InVzZXJzIn0.' },
    { authorization: 'Bearer a, Bearer b' },
  ),
)

// ---- bodies ---------------------------------------------------------------------------------

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/graphql',
  '',
)

/** A JSON value nested `depth` levels deep, as text (built directly: fast-check would be slow). */
const deepJSON = fc.integer({ min: 50, max: 5_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`)

const malformedBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('{', '{"a":', '[1,2', '{"title": undefined}', "{'single': 'quotes'}", 'null', '"string"', '42', '[]', '{}', '\u0000', '{"__proto__": {"admin": true}}'),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.dictionary(fc.constantFrom('slug', 'title', 'summary', 'body', '_status', 'roles', 'email', 'password', 'id', 'topics', 'where', 'locale'), fc.jsonValue({ maxDepth: 2 })).map((v) => JSON.stringify(v)),
  garbage,
  deepJSON,
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => JSON.stringify({ title: 'x'.repeat(n) })),
)

const withType = (type: string): Record<string, string> => (type ? { 'content-type': type } : {})

const bodyMethod = fc.constantFrom('POST', 'PATCH', 'PUT', 'DELETE')
const oddMethod = fc.constantFrom('OPTIONS', 'HEAD', 'TRACE', 'PROPFIND', 'MKCOL', 'CONNECTX', 'SEARCH')

/** A method with, for those that carry one, a malformed body and some content type. */
const methodAndBody = (readMethods: string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...readMethods).map((method) => ({ method, headers: {} as Record<string, string>, body: undefined as string | undefined })), weight: 6 },
    { arbitrary: fc.tuple(bodyMethod, malformedBody, contentTypes).map(([method, body, type]) => ({ method, headers: withType(type), body: body as string | undefined })), weight: 3 },
    { arbitrary: oddMethod.map((method) => ({ method, headers: {} as Record<string, string>, body: undefined as string | undefined })), weight: 1 },
  )

// ---- partner API ----------------------------------------------------------------------------

const partnerCollections = ['topics', 'causes', 'treatments', 'faqs', 'sources'] as const

function partnerRequests(ctx: FuzzContext, withPartnerKey: boolean): fc.Arbitrary<FuzzRequest> {
  const resource = fc.oneof(
    fc.constantFrom('', '/', '/openapi.json', '/reference', '/catalogue', '/changes', ...partnerCollections.map((c) => `/${c}`)),
    fc.tuple(fc.constantFrom(...partnerCollections), fc.oneof(fc.constantFrom(...ctx.slugs), encoded(garbage))).map(([c, s]) => `/${c}/${s}`),
    fc.tuple(fc.constantFrom(...partnerCollections), fc.constantFrom(...ctx.slugs), encoded(garbage)).map(([c, s, g]) => `/${c}/${s}/${g}`),
    encoded(garbage).map((g) => `/${g}`),
    fc.constantFrom('/../../etc/passwd', '/topics/..%2F..%2Fsecrets', '/%2e%2e/%2e%2e/api/users', '//topics', '/topics//', '/TOPICS', '/openapi.json/extra', '/topics/%E0%A4%A', '/changes/%'),
    long.map((l) => `/topics/${rawSafe(l)}`),
  )
  const cursor = fc.oneof(
    fc.constant(ctx.listCursor),
    fc.constant(ctx.changesCursor),
    fc.tuple(fc.constantFrom(ctx.listCursor, ctx.changesCursor), fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([c, at, ch]) => rawSafe(c.slice(0, at % (c.length + 1)) + ch + c.slice((at % (c.length + 1)) + 1))),
    fc.jsonValue({ maxDepth: 3 }).map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
    // Right shape and scope, wrong contents: these reach the database query.
    fc.record({ s: fc.constantFrom('topics|en|', 'changes', 'faqs|zh|'), a: fc.jsonValue({ maxDepth: 1 }), t: fc.oneof(garbage, fc.jsonValue({ maxDepth: 1 })), i: fc.oneof(garbage, fc.double(), fc.jsonValue({ maxDepth: 1 })) }).map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
    encoded(garbage),
    long.map(rawSafe),
  )
  const param: fc.Arbitrary<[string, string]> = fc.oneof(
    fc.tuple(fc.constant('locale'), fc.oneof(fc.constantFrom('en', 'zh', 'all', 'xx', 'EN', 'zh-CN', ''), encoded(garbage))),
    fc.tuple(fc.constant('limit'), fc.oneof(fc.constantFrom('1', '100', '101', '0', '-1', '1e2', '99999999999999999999', 'abc', ''), encoded(garbage))),
    fc.tuple(fc.constantFrom('cursor', 'since'), cursor),
    fc.tuple(fc.constantFrom('updatedSince', 'since'), fc.oneof(fc.constantFrom('2026-01-31', '2026-02-30', '9999-99-99', '2026-01-31T25:00:00Z', '0000-00-00T00:00:00Z', '2026-01-31T12:00:00+99:99'), encoded(garbage))),
    unknownParam,
  )
  const credential = withPartnerKey
    ? fc.oneof(
        fc.constant({ credential: 'partner' as const, headers: { 'x-credential-style': 'bearer' } }),
        fc.constant({ credential: 'partner' as const, headers: { 'x-credential-style': 'x-api-key' } }),
      )
    : fc.oneof(fc.constant({ credential: 'none' as const, headers: {} }), badAuthorization.map((headers) => ({ credential: 'none' as const, headers })))
  return fc
    .record({
      resource,
      query: query(fc.array(param, { maxLength: 5 })),
      verb: methodAndBody(['GET', 'GET', 'GET', 'HEAD']),
      credential,
      common: commonHeaders,
    })
    .map(({ resource, query: q, verb, credential: c, common }) => ({
      door: 'partner',
      method: verb.method,
      path: `/api/v1${resource}${q}`,
      headers: { ...common, ...verb.headers, ...c.headers },
      body: verb.body,
      credential: c.credential,
    }))
}

// ---- Payload REST ---------------------------------------------------------------------------

const restCollections = ['topics', 'causes', 'treatments', 'faqs', 'sources', 'media', 'users', 'review-events', 'partners', 'api-changes', 'webhook-deliveries', 'payload-preferences', 'payload-locked-documents', 'payload-jobs']
const fieldNames = ['slug', 'title', 'question', 'summary', 'body', 'answer', 'id', '_status', 'createdAt', 'updatedAt', 'topics', 'causes', 'treatments', 'relatedTopics', 'sources', 'review', 'review.status', 'causes.title', 'relatedTopics.slug', 'topics.causes.treatments.title', 'email', 'roles', 'comment', 'apiKey', 'password', 'hash', 'salt', 'faqs', 'version.title', 'parent']
const operators = ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'contains', 'like', 'not_like', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'near', 'within', 'intersects']

const fieldPath = fc.oneof({ arbitrary: fc.constantFrom(...fieldNames), weight: 3 }, { arbitrary: encoded(garbage), weight: 1 })
const operator = fc.oneof({ arbitrary: fc.constantFrom(...operators), weight: 3 }, { arbitrary: encoded(garbage), weight: 1 })
const whereValue = fc.oneof(encoded(garbage), fc.constantFrom('1', 'true', 'false', '2026-01-01', '1,2,3', '-1', '1e400', '', 'null'))

/** One `where[...]...=value` parameter: a plain condition, a deep and/or tree, an array operand or broken brackets. */
const whereParam: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fieldPath, operator, whereValue).map(([f, o, v]) => [`where[${f}][${o}]`, v] as [string, string]),
  fc
    .tuple(fc.array(fc.tuple(fc.constantFrom('and', 'or', 'AND', 'not'), fc.nat({ max: 3 })), { minLength: 1, maxLength: 40 }), fieldPath, operator, whereValue)
    .map(([levels, f, o, v]) => [`where${levels.map(([op, i]) => `[${op}][${i}]`).join('')}[${f}][${o}]`, v] as [string, string]),
  fc.tuple(fieldPath, fc.constantFrom('in', 'not_in', 'all', 'near', 'within'), fc.array(whereValue, { maxLength: 4 })).map(([f, o, vs]) => [vs.map((v, i) => `where[${f}][${o}][${i}]=${v}`).join('&'), '\u0001'] as [string, string]),
  fc.tuple(fc.constantFrom('where', 'where[', 'where]', 'where[[', 'where[]', 'where[title]', 'where[title][equals][x]', 'where[0]', 'where[__proto__][polluted]', 'where[constructor][prototype][x]'), whereValue),
  fc.integer({ min: 50, max: 600 }).map((n) => [`where${'[a]'.repeat(n)}`, 'x'] as [string, string]),
)

const restParam: fc.Arbitrary<[string, string]> = fc.oneof(
  { arbitrary: whereParam, weight: 5 },
  { arbitrary: fc.tuple(fc.constantFrom('depth', 'limit', 'page'), fc.oneof(fc.constantFrom('0', '1', '2', '10', '100', '-1', '1.5', '1e9', '99999999999999999999', 'abc', '', 'NaN'), encoded(garbage))), weight: 2 },
  { arbitrary: fc.tuple(fc.constant('sort'), fc.oneof(fieldPath, fieldPath.map((f) => `-${f}`), fc.constantFrom('-', '--title', 'title,-id,,', 'id,id'))), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom('locale', 'fallback-locale', 'fallbackLocale'), fc.oneof(fc.constantFrom('en', 'zh', 'all', 'none', 'xx', 'en,zh', ''), encoded(garbage))), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom('draft', 'pagination', 'trash', 'autosave', 'overrideLock', 'disableVerificationEmail', 'publishSpecificLocale'), fc.oneof(fc.constantFrom('true', 'false', '1', 'yes', ''), encoded(garbage))), weight: 1 },
  { arbitrary: fc.tuple(fieldPath, fc.constantFrom('true', 'false', 'x')).map(([f, v]) => [`select[${f}]`, v] as [string, string]), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom('populate', 'joins'), fieldPath, fieldPath, whereValue).map(([p, a, b, v]) => [`${p}[${a}][${b}]`, v] as [string, string]), weight: 1 },
  { arbitrary: unknownParam, weight: 1 },
)

function restRequests(ctx: FuzzContext, credential: Credential): fc.Arbitrary<FuzzRequest> {
  const collection = fc.oneof({ arbitrary: fc.constantFrom(...restCollections), weight: 6 }, { arbitrary: encoded(garbage), weight: 1 })
  const id = fc.oneof(fc.constantFrom(...ctx.ids.map(String)), fc.constantFrom('0', '-1', '1.5', 'abc', '99999999999999999999', '1e3', 'null', '%00', '..', '%2e%2e'), encoded(garbage))
  const resource = fc.oneof(
    { arbitrary: collection.map((c) => `/${c}`), weight: 6 },
    { arbitrary: fc.tuple(collection, id).map(([c, i]) => `/${c}/${i}`), weight: 3 },
    { arbitrary: fc.tuple(collection, fc.constantFrom('versions', 'count', 'me', 'init', 'access', 'unlock', 'logout', 'refresh-token')).map(([c, s]) => `/${c}/${s}`), weight: 2 },
    { arbitrary: fc.tuple(collection, id).map(([c, i]) => `/${c}/versions/${i}`), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom('topics', 'causes', 'faqs'), id).map(([c, i]) => `/${c}/${i}/workflow`), weight: 1 },
    { arbitrary: fc.constantFrom('/users/login', '/users/forgot-password', '/users/reset-password', '/users/verify/x', '/users/first-register', '/access', '/globals/x', '/payload-preferences/x', '/payload-jobs/run', '/../../etc/passwd', '/topics/../users', '/%2e%2e/users', '//topics'), weight: 1 },
    { arbitrary: long.map((l) => `/topics/${rawSafe(l)}`), weight: 1 },
  )
  return fc
    .record({
      resource,
      query: query(fc.array(restParam, { maxLength: 6 })),
      verb: methodAndBody(['GET', 'GET', 'GET', 'GET', 'HEAD']),
      // The same query as a form body under Payload's method override (issue 10, finding 5).
      override: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.constantFrom('x-payload-http-method-override', 'x-http-method-override'), weight: 1 }),
      common: commonHeaders,
      auth: credential === 'none' ? fc.option(badAuthorization, { nil: undefined }) : fc.constant(undefined),
    })
    .map(({ resource, query: q, verb, override, common, auth }) =>
      override
        ? {
            door: 'rest' as const,
            method: 'POST',
            path: `/api${resource}`,
            headers: { ...common, 'content-type': 'application/x-www-form-urlencoded', [override]: 'GET', ...(auth ?? {}) },
            body: q.replace(/^\?/, ''),
            credential,
          }
        : {
            door: 'rest' as const,
            method: verb.method,
            path: `/api${resource}${q}`,
            headers: { ...common, ...verb.headers, ...(auth ?? {}) },
            body: verb.body,
            credential,
          },
    )
}

// ---- GraphQL --------------------------------------------------------------------------------

const gqlCollections = ['Topics', 'Causes', 'Treatments', 'Faqs', 'Sources', 'allMedia', 'Users', 'ReviewEvents', 'Partners', 'versionsTopics']
const gqlFields = ['id', 'slug', 'title', 'summary', 'body', '_status', 'email', 'comment', 'apiKey', 'hash', 'nope', '__typename', 'relatedTopics { id title }', 'causes { id title }', 'faqs { docs { id } }']

/** `relatedTopics { relatedTopics { ... } }`, `depth` levels down. */
const deepSelection = fc.integer({ min: 5, max: 60 }).map((depth) => `{ Topics { docs { ${'relatedTopics { id '.repeat(depth)}${'}'.repeat(depth)} } } }`)
/** The same field asked under many aliases. */
const aliased = fc.integer({ min: 10, max: 400 }).map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: Topics(limit: 100) { docs { id title } }`).join(' ')} }`)

/** Rich text selected at every depth: bodies of a page of topics and of their related topics, nested (issue 10, finding 1). */
const richTextSelection = fc
  .tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 3 }), fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }))
  .map(([limit, nesting, depth]) => {
    const body = depth === undefined ? 'body' : `body(depth: ${depth})`
    return `{ Topics(limit: ${limit}) { docs { id ${body} ${`relatedTopics { id ${body} `.repeat(nesting)}${'} '.repeat(nesting)}} } }`
  })

const gqlQuery: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...gqlCollections), fc.array(fc.constantFrom(...gqlFields), { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom('limit: "x"', 'limit: -1', 'limit: 99999999999', 'page: 0', 'locale: xx', 'locale: all', 'draft: "yes"', 'sort: "nope"', 'where: { nope: { equals: 1 } }', 'where: { title: { equals: 5 } }', 'where: { title: { nope: "x" } }', 'where: { OR: [{ AND: [] }] }', 'fallbackLocale: zz', 'id: "abc"'), { maxLength: 3 }))
    .map(([c, fields, args]) => `{ ${c}${args.length ? `(${args.join(', ')})` : ''} { docs { ${fields.join(' ')} } } }`),
  fc.tuple(fc.constantFrom('Topic', 'Cause', 'Faq', 'User', 'ReviewEvent', 'Partner'), fc.oneof(fc.constantFrom('1', '-1', '"abc"', '1.5', 'null', '99999999999999999999'), garbage.map((g) => JSON.stringify(g)))).map(([one, id]) => `{ ${one}(id: ${id}) { id } }`),
  fc.constantFrom('{', '}', 'query {', '{ Topics { docs { id } }', 'mutation { deleteTopic(id: 1) { id } }', 'mutation { createTopic(data: { slug: "x" }) { id } }', 'mutation { loginUser(email: "a", password: "b") { token } }', 'subscription { x }', '{ __schema { types { name } } }', 'query Q($a: Int!) { Topics(limit: $a) { docs { id } } }', 'fragment F on Topic { ...F } { Topics { docs { ...F } } }', '{ Topics { docs { id } } } { Causes { docs { id } } }', '', '#'),
  garbage,
  deepSelection,
  aliased,
  richTextSelection,
)

function graphqlRequests(credential: Credential): fc.Arbitrary<FuzzRequest> {
  const variables = fc.oneof(
    fc.constant(undefined),
    fc.jsonValue({ maxDepth: 3 }),
    fc.integer({ min: 1_000, max: 300_000 }).map((n) => ({ a: 'x'.repeat(n) })),
    fc.constant({ a: 'not-an-int' }),
  )
  const post = fc
    .record({ q: gqlQuery, variables, operationName: fc.option(garbage, { nil: undefined }), batch: fc.integer({ min: 0, max: 40 }), type: contentTypes })
    .map(({ q, variables: v, operationName, batch, type }) => {
      const one = { query: q, variables: v, operationName }
      // A batch is an array of operations; 0 means a single one.
      const body = batch ? JSON.stringify(Array.from({ length: batch }, () => one)) : JSON.stringify(one)
      return { method: 'POST', body, headers: type ? { 'content-type': type } : ({} as Record<string, string>), path: '' }
    })
  const malformed = fc.tuple(malformedBody, contentTypes).map(([body, type]) => ({ method: 'POST', body, headers: type ? { 'content-type': type } : ({} as Record<string, string>), path: '' }))
  const get = fc.tuple(gqlQuery, fc.option(encoded(garbage), { nil: undefined })).map(([q, v]) => ({
    method: 'GET',
    body: undefined as string | undefined,
    headers: {} as Record<string, string>,
    path: `?query=${encodeURIComponent(q)}${v === undefined ? '' : `&variables=${v}`}`,
  }))
  const other = fc.tuple(fc.constantFrom('PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'), fc.option(malformedBody, { nil: undefined })).map(([method, body]) => ({ method, body, headers: {} as Record<string, string>, path: '' }))
  return fc
    .record({
      shape: fc.oneof({ arbitrary: post, weight: 5 }, { arbitrary: malformed, weight: 2 }, { arbitrary: get, weight: 2 }, { arbitrary: other, weight: 1 }),
      target: fc.constantFrom('/api/graphql', '/api/graphql', '/api/graphql/', '/api/graphql-playground', '/api/graphql/x'),
      common: commonHeaders,
      auth: credential === 'none' ? fc.option(badAuthorization, { nil: undefined }) : fc.constant(undefined),
    })
    .map(({ shape, target, common, auth }) => ({
      door: 'graphql',
      method: shape.method,
      path: `${target}${shape.path}`,
      headers: { ...common, ...shape.headers, ...(auth ?? {}) },
      body: shape.body,
      credential,
    }))
}

// ---- site -----------------------------------------------------------------------------------

function siteRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const locale = fc.oneof({ arbitrary: fc.constantFrom('en', 'zh'), weight: 4 }, { arbitrary: fc.constantFrom('xx', 'EN', 'zh-CN', 'all', '_next', 'api', 'admin'), weight: 1 }, { arbitrary: encoded(garbage), weight: 1 })
  const slug = fc.oneof(fc.constantFrom(...ctx.slugs), encoded(garbage), fc.tuple(fc.constantFrom(...ctx.slugs), encoded(garbage)).map(([s, g]) => `${s}${g}`))
  const page = fc.oneof(
    fc.constantFrom('', '/faqs', '/editorial-policy', '/search'),
    fc.tuple(fc.constantFrom('topics', 'causes', 'treatments'), slug).map(([c, s]) => `/${c}/${s}`),
    fc.tuple(fc.constantFrom('topics', 'causes', 'treatments', 'faqs'), slug, encoded(garbage)).map(([c, s, g]) => `/${c}/${s}/${g}`),
    encoded(garbage).map((g) => `/${g}`),
  )
  const search = fc.oneof(encoded(garbage), long.map(rawSafe), fc.constantFrom('q', '%', '<script>', '"'))
  const path = fc.oneof(
    { arbitrary: fc.tuple(locale, page, query(fc.array(unknownParam, { maxLength: 2 }))).map(([l, p, q]) => `/${l}${p}${q}`), weight: 5 },
    { arbitrary: fc.tuple(locale, search, fc.array(unknownParam, { maxLength: 2 })).map(([l, s, extra]) => `/${l}/search?q=${s}${extra.map(([k, v]) => `&${k}=${v}`).join('')}`), weight: 3 },
    { arbitrary: fc.tuple(fc.constantFrom('/sitemap.xml', '/robots.txt', '/', '/favicon.ico'), query(fc.array(unknownParam, { maxLength: 3 }))).map(([p, q]) => `${p}${q}`), weight: 2 },
    { arbitrary: fc.constantFrom('/../../etc/passwd', '/en/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/en/topics/..%2F..%2Fapi%2Fusers', '/_next/static/../../package.json', '/_next/image?url=%2Fetc%2Fpasswd&w=1&q=1', '/_next/image?url=x&w=abc', '/_next/data/x/en.json', '//en', '/en//topics', '/en/topics/%E0%A4%A', '/en/%'), weight: 1 },
    { arbitrary: long.map((l) => `/en/${rawSafe(l)}`), weight: 1 },
  )
  const method = fc.oneof({ arbitrary: fc.constant('GET'), weight: 6 }, { arbitrary: fc.constantFrom('HEAD', 'POST', 'PUT', 'OPTIONS', 'DELETE', 'PATCH'), weight: 3 }, { arbitrary: oddMethod, weight: 1 })
  const nextHeaders = fc.record(
    {
      'next-action': fc.oneof(fc.constantFrom('0'.repeat(40), 'x'), garbage),
      rsc: fc.constantFrom('1', '0', 'x'),
      'next-router-state-tree': fc.oneof(fc.constantFrom('[]', '%5B', '["",{}]', '{'), garbage),
      'next-router-prefetch': fc.constantFrom('1', 'x'),
      'content-type': contentTypes,
    },
    { requiredKeys: [] },
  )
  return fc
    .record({ path, method, common: commonHeaders, next: fc.option(nextHeaders, { nil: undefined, freq: 4 }), body: fc.option(malformedBody, { nil: undefined }) })
    .map(({ path: p, method: m, common, next, body }) => ({
      door: 'site',
      method: m,
      path: p,
      headers: { ...common, ...Object.fromEntries(Object.entries(next ?? {}).map(([k, v]) => [k, headerSafe(v)])) },
      body: m === 'GET' || m === 'HEAD' ? undefined : body,
      credential: 'none',
    }))
}

/** Requests of anonymous callers, bad credentials and a valid partner key, all four doors. */
export function outsiderRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    { arbitrary: partnerRequests(ctx, true), weight: 3 },
    { arbitrary: partnerRequests(ctx, false), weight: 2 },
    { arbitrary: restRequests(ctx, 'none'), weight: 4 },
    { arbitrary: restRequests(ctx, 'partner'), weight: 1 },
    { arbitrary: graphqlRequests('none'), weight: 2 },
    { arbitrary: graphqlRequests('partner'), weight: 1 },
    { arbitrary: siteRequests(ctx), weight: 3 },
  )
}

/** Requests of a signed-in editor: Payload REST and GraphQL. */
export function editorRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc.oneof({ arbitrary: restRequests(ctx, 'editor'), weight: 3 }, { arbitrary: graphqlRequests('editor'), weight: 1 })
}
