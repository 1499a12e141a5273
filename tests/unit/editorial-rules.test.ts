import { contentFingerprint, fingerprintOfLocale } from '@/editorial/fingerprint'
import { addDays, idOf } from '@/editorial/reviewStates'
import { parseIfMatch } from '@/editorial/revision'

describe('If-Match on a write', () => {
  it('asks for nothing without a header, with an empty one or with *', () => {
    expect(parseIfMatch(undefined)).toEqual({ kind: 'none' })
    expect(parseIfMatch(null)).toEqual({ kind: 'none' })
    expect(parseIfMatch('  ')).toEqual({ kind: 'none' })
    expect(parseIfMatch('*')).toEqual({ kind: 'none' })
  })

  it.each([
    ['7', 7],
    ['"7"', 7],
    ['W/"12"', 12],
    [' "3" ', 3],
  ])('reads %j as revision %d', (header, revision) => {
    expect(parseIfMatch(header)).toEqual({ kind: 'revision', revision })
  })

  it.each(['abc', '"7", "8"', '-1', '1.5', '"1234567890123456"'])(
    'refuses %j as not a revision',
    (header) => {
      expect(parseIfMatch(header)).toEqual({ kind: 'invalid', raw: header })
    },
  )

  it('keeps at most 60 characters of a refused header for the message', () => {
    const result = parseIfMatch('x'.repeat(500))
    expect(result.kind === 'invalid' && result.raw.length).toBe(60)
  })
})

describe('review dates and reviewers', () => {
  it('adds whole days in UTC, across month and leap-year ends', () => {
    expect(addDays(new Date('2028-02-28T23:30:00Z'), 1).toISOString()).toBe(
      '2028-02-29T23:30:00.000Z',
    )
    expect(addDays(new Date('2026-12-31T00:00:00Z'), 365).toISOString()).toBe(
      '2027-12-31T00:00:00.000Z',
    )
  })

  it('does not change the date it was given', () => {
    const start = new Date('2026-01-01T00:00:00Z')
    addDays(start, 10)
    expect(start.toISOString()).toBe('2026-01-01T00:00:00.000Z')
  })

  it('reads a reviewer as an id whether stored as a number, a string or a populated user', () => {
    expect(idOf(4)).toBe('4')
    expect(idOf('64b0c0ffee')).toBe('64b0c0ffee')
    expect(idOf({ id: 9 })).toBe('9')
    expect(idOf(null)).toBeNull()
    expect(idOf(undefined)).toBeNull()
  })
})

describe('the fingerprint an approval is bound to', () => {
  const localized = {
    title: 'Thrombophilia',
    summary: 'Clotting',
    body: { root: { children: [], $: { ignored: true } } },
  }
  const shared = { slug: 'thrombophilia', sources: [1, 2], causes: [] }

  it('changes when the reviewed text or a shared link changes', () => {
    const approved = contentFingerprint(localized, shared)
    expect(contentFingerprint({ ...localized, summary: 'Clotting disorders' }, shared)).not.toBe(
      approved,
    )
    expect(contentFingerprint(localized, { ...shared, sources: [1] })).not.toBe(approved)
    expect(contentFingerprint(localized, { ...shared, slug: 'clotting' })).not.toBe(approved)
  })

  it('does not change for what a reader never sees: unreviewed fields, key order, populated links', () => {
    const approved = contentFingerprint(localized, shared)
    expect(
      contentFingerprint({ ...localized, internalNote: 'x' }, { ...shared, updatedAt: 'now' }),
    ).toBe(approved)
    expect(
      contentFingerprint(
        { summary: localized.summary, body: localized.body, title: localized.title },
        shared,
      ),
    ).toBe(approved)
    const populated = {
      ...shared,
      sources: [
        { id: 1, title: 'A', updatedAt: 't' },
        { id: 2, title: 'B', createdAt: 't' },
      ],
    }
    expect(contentFingerprint(localized, populated)).toBe(approved)
  })

  it('is the same for one language of a document read with every locale', () => {
    const doc = {
      ...shared,
      title: { en: 'Thrombophilia', zh: '易栓症' },
      summary: { en: 'Clotting', zh: '凝血' },
      body: { en: localized.body, zh: null },
    }
    expect(fingerprintOfLocale(doc, 'en')).toBe(contentFingerprint(localized, shared))
    expect(fingerprintOfLocale(doc, 'zh')).toBe(
      contentFingerprint({ title: '易栓症', summary: '凝血' }, shared),
    )
    expect(fingerprintOfLocale(doc, 'zh')).not.toBe(fingerprintOfLocale(doc, 'en'))
  })
})
