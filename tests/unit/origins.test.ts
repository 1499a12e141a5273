import { InvalidOriginError, originPolicy, ownOrigins, parseOriginList, secureCookies } from '@/access/origins'

describe('CORS_ORIGINS', () => {
  it('parses a comma-separated list into origins, dropping blanks, slashes and duplicates', () => {
    expect(parseOriginList(undefined)).toEqual([])
    expect(parseOriginList(' , ')).toEqual([])
    expect(parseOriginList('https://Editor.Example.org/, http://localhost:4000,https://editor.example.org')).toEqual([
      'https://editor.example.org',
      'http://localhost:4000',
    ])
  })

  it.each(['*', 'https://*.example.org', 'editor.example.org', 'ftp://example.org', 'https://example.org/admin', 'https://example.org?x=1', 'https://user:pw@example.org', 'null'])(
    'refuses %j',
    (entry) => {
      expect(() => parseOriginList(`https://ok.example.org,${entry}`)).toThrow(InvalidOriginError)
    },
  )
})

describe('own origins and the policy', () => {
  it('is the server URL when set, else the loopback names on PORT', () => {
    expect(ownOrigins('https://rm.example-hospital.org/', '3000')).toEqual(['https://rm.example-hospital.org'])
    expect(ownOrigins(undefined, '4123')).toEqual(['http://localhost:4123', 'http://127.0.0.1:4123', 'http://[::1]:4123'])
    expect(ownOrigins('', undefined)[0]).toBe('http://localhost:3000')
  })

  it('lets CORS_ORIGINS through CORS and CSRF, and our own origin through CSRF only', () => {
    expect(originPolicy({ serverURL: 'https://rm.example.org', corsOrigins: 'https://editor.example.org' })).toEqual({
      cors: ['https://editor.example.org'],
      csrf: ['https://rm.example.org', 'https://editor.example.org'],
    })
    expect(originPolicy({ port: '3000' }).cors).toEqual([])
  })

  it('marks cookies Secure only for a production server behind https', () => {
    expect(secureCookies({ nodeEnv: 'production', serverURL: 'https://rm.example.org' })).toBe(true)
    expect(secureCookies({ nodeEnv: 'production', serverURL: 'http://localhost:3000' })).toBe(false)
    expect(secureCookies({ nodeEnv: 'production' })).toBe(false)
    expect(secureCookies({ nodeEnv: 'development', serverURL: 'https://rm.example.org' })).toBe(false)
  })
})
