import { glossaryTerms } from '@/seed/data/glossary'
import { parityAcknowledgements } from '@/seed/data/parityAcknowledgements'
import { seedParityReports } from '@/seed/parity'

describe('the demo content passes its own parity checks and glossary', () => {
  it('has no open parity mismatch: each is fixed or acknowledged by the demo reviewer with a reason', () => {
    const open = seedParityReports(glossaryTerms).flatMap((r) =>
      r.open.map((m) => `${r.document} [${m.field}] ${m.kind}: ${m.message}`),
    )
    expect(open).toEqual([])
  })

  it('shows an acknowledged mismatch as open again without its acknowledgement', () => {
    const open = seedParityReports(glossaryTerms, []).flatMap((r) => r.open)
    expect(open).toHaveLength(parityAcknowledgements.length)
  })

  it('has no stale acknowledgement: each one matches a mismatch the checker still finds', () => {
    const used = seedParityReports(glossaryTerms).flatMap((r) =>
      r.acknowledged.map((m) => m.acknowledgement),
    )
    for (const ack of parityAcknowledgements) {
      expect(used).toContain(ack)
      expect(ack.reason.length).toBeGreaterThan(20)
    }
  })
})
