import { safeLinkUrl } from '@/lib/safeUrl'

import { safeUrls, unsafeUrls } from '../battery/xss-payloads'

describe('free link targets readers may follow (rendered and accepted by the editor)', () => {
  it.each(unsafeUrls.map((u) => [u.name, u.make('__xss(1)')]))('refuses %s', (_name, url) => {
    expect(safeLinkUrl(url)).toBeNull()
  })

  it.each(['relative/path', '/en/topics/x', '#anchor', '', 'ftp://example.org/', 'https://exa mple.org/'])('refuses %j', (url) => {
    expect(safeLinkUrl(url)).toBeNull()
  })

  it.each(safeUrls.map((u) => [u.name, u.make('__xss(1)')]))('keeps %s, with markup characters percent-encoded', (_name, url) => {
    const safe = safeLinkUrl(url)
    expect(safe).toMatch(/^(https:|mailto:)/)
    expect(safe).not.toMatch(/[<>"\s]/)
  })

  it('keeps a helpline number as a tel: link', () => {
    expect(safeLinkUrl('tel:+44-1924-200799')).toBe('tel:+44-1924-200799')
    expect(safeLinkUrl('tel:<script>')).toBeNull()
    expect(safeLinkUrl('tel:123"onmouseover=x')).toBeNull()
  })
})
