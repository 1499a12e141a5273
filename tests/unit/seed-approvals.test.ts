import { locales } from '@/i18n/locales'
import { approvalKey, approvalKeys, demoApproval } from '@/seed/approvals'
import * as content from '@/seed/data'
import { demoApprovals } from '@/seed/data/approvals'

describe('the demo approvals of the seed text', () => {
  it('has an approval on record for every seed text in both languages', () => {
    const unapproved = approvalKeys(content, locales).filter((key) => !(key in demoApprovals))
    // A failure here means seed text changed without the demo reviewer approving it again:
    // run `npm run seed:approve` once the new wording has been checked.
    expect(unapproved).toEqual([])
  })

  it('gives a text a new key when its Chinese wording changes, and leaves the English key alone', () => {
    const cause = content.causes[0]
    const edited = { ...cause, summary: { ...cause.summary, zh: `${cause.summary.zh}（修订）` } }
    expect(approvalKey('causes', edited, 'zh')).not.toBe(approvalKey('causes', cause, 'zh'))
    expect(approvalKey('causes', edited, 'en')).toBe(approvalKey('causes', cause, 'en'))
  })

  it('gives a text a new key in both languages when a shared link or source changes', () => {
    const cause = content.causes[0]
    const edited = { ...cause, sources: [...cause.sources, 'nice-ng126'] }
    for (const locale of locales)
      expect(approvalKey('causes', edited, locale)).not.toBe(approvalKey('causes', cause, locale))
  })

  it('dates an approval on its day and makes it due one year later', () => {
    expect(demoApproval({ 'causes/x@en#1': '2026-12-01' }, 'causes/x@en#1')).toEqual({
      lastReviewed: '2026-12-01T00:00:00.000Z',
      nextReviewDue: '2027-12-01T00:00:00.000Z',
    })
  })

  it('refuses a text nobody approved, naming it', () => {
    expect(() => demoApproval({}, 'causes/x@zh#2')).toThrow(/causes\/x@zh#2.*seed:approve/)
  })
})
