import { checkRequest } from '@/security/requestGuard'

const get = (url: string, headers: Record<string, string> = {}) => checkRequest('GET', url, headers)

describe('requests the guard lets through', () => {
  it.each([
    ['the public site', 'GET', '/zh/causes/thrombophilia'],
    ['the admin', 'GET', '/admin/collections/topics'],
    [
      'a REST read as the admin sends it',
      'GET',
      '/api/topics?where[slug][equals]=a&limit=10&page=2&depth=1&locale=zh&draft=true',
    ],
    ['a REST read by id', 'GET', '/api/causes/12?locale=en'],
    ['a MongoDB ObjectId', 'GET', '/api/causes/64b0c0ffee64b0c0ffee64b0'],
    ['a count', 'GET', '/api/faqs/count'],
    ['a login', 'POST', '/api/users/login'],
    ['the partner API, left to its own checks', 'GET', '/api/v1/anything?odd=1'],
    ['a CORS preflight anywhere', 'OPTIONS', '/api/users/login'],
    [
      'a where clause in JSON',
      'GET',
      `/api/topics?where=${encodeURIComponent('{"slug":{"equals":"a"}}')}`,
    ],
    ['a date condition', 'GET', '/api/topics?where[updatedAt][greater_than]=2026-01-31'],
    ['a list condition', 'GET', '/api/topics?where[id][in]=1,2'],
  ])('lets %s through', (_what, method, url) => {
    expect(checkRequest(method, url, {})).toBeNull()
  })

  it('lets a JSON or multipart write through', () => {
    expect(
      checkRequest('PATCH', '/api/topics/1', {
        'content-type': 'application/json',
        'content-length': '2',
      }),
    ).toBeNull()
    expect(
      checkRequest('POST', '/api/media', {
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': '10',
      }),
    ).toBeNull()
    // The admin's relationship fields read with a form-encoded POST and a method override.
    expect(
      checkRequest('POST', '/api/topics', {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': '5',
        'x-payload-http-method-override': 'GET',
      }),
    ).toBeNull()
  })
})

describe('requests the guard refuses', () => {
  it.each([
    ['an unknown method', 'TRACE', '/en', 405],
    ['a write to the read-only site', 'POST', '/en/topics', 405],
    ['bad percent-encoding', 'GET', '/en/%E0%A4%A', 400],
    ['a NUL in the path', 'GET', '/api/topics/%00', 400],
    ['a collection named like an object property', 'GET', '/api/toString', 404],
    ['an id that is not a number', 'GET', '/api/topics/abc', 404],
    ['versions of a collection without versions', 'GET', '/api/users/versions/1', 404],
    ['a version id that is not a number', 'GET', '/api/topics/versions/abc', 404],
    ['the wrong method on a named route', 'GET', '/api/users/login', 405],
    ['deleting a preference', 'DELETE', '/api/payload-preferences/nav', 405],
    ['an unknown locale', 'GET', '/api/topics?locale=de', 400],
    ['a page that is not a number', 'GET', '/api/topics?page=Infinity', 400],
    ['too deep a population', 'GET', '/api/topics?depth=3', 400],
    ['an unknown operator', 'GET', '/api/topics?where[slug][near]=1', 400],
    ['a condition without an operator', 'GET', '/api/topics?where[slug]=a', 400],
    ['a nested operand', 'GET', '/api/topics?where[title][equals][x]=1', 400],
    ['a date that is not a date', 'GET', '/api/topics?where[updatedAt][less_than]=soon', 400],
    ['where that is not JSON', 'GET', '/api/topics?where=abc', 400],
    ['an unpaginated read', 'GET', '/api/topics?pagination=false', 400],
    ['a read of every document', 'GET', '/api/topics?limit=0', 400],
    ['too large a page', 'GET', '/api/topics?limit=101', 400],
  ])('refuses %s', (_what, method, url, status) => {
    const refusal = checkRequest(method, url, {})
    expect(refusal?.status).toBe(status)
    expect(refusal?.message).toEqual(expect.any(String))
  })

  it('says which methods a named route answers', () => {
    expect(get('/api/users/login')).toEqual({
      status: 405,
      message: '/api/users/login answers POST only.',
      allow: ['POST', 'OPTIONS'],
    })
  })

  it('refuses a write body that is neither JSON nor multipart, and multipart without a boundary', () => {
    expect(
      checkRequest('POST', '/api/topics', { 'content-type': 'text/plain', 'content-length': '3' })
        ?.status,
    ).toBe(415)
    expect(
      checkRequest('POST', '/api/media', {
        'content-type': 'multipart/form-data',
        'content-length': '3',
      })?.status,
    ).toBe(400)
    expect(checkRequest('POST', '/api/graphql', { 'content-type': 'text/plain' })?.status).toBe(415)
  })

  it('refuses an and/or that is not a list of conditions, however deep', () => {
    expect(get('/api/topics?where[or]=x')?.status).toBe(400)
    expect(get('/api/topics?where[and][0][or][0][slug][bogus]=1')?.message).toMatch(
      /Unknown operator "bogus"/,
    )
  })

  it('judges the path as Next routes it, dot segments resolved', () => {
    expect(checkRequest('POST', '/api/../en', {})?.status).toBe(405)
  })
})
