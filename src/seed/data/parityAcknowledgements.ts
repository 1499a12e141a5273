import type { ParityMismatch } from '@/editorial/parity'

/**
 * Parity mismatches in the demo content that the (fictional, labelled) demo reviewer checked and
 * accepted as correct as written, each with the reason. `message` must equal the checker's
 * message, so a changed text or a new mismatch is open again. Prefer fixing the text.
 */
export interface ParityAcknowledgement {
  document: string
  locale: 'zh'
  field: string
  kind: ParityMismatch['kind']
  /** The checker's message, exactly (it lists the terms or numbers on both sides). */
  message: string
  reason: string
  acknowledgedBy: string
  date: string
}

// The demo reviewer of src/seed/seedContent.ts (demoReviewer.name).
const by = 'Dr Morgan Reed (demo)'

export const parityAcknowledgements: readonly ParityAcknowledgement[] = [
  {
    document: 'topics/recurrent-miscarriage',
    locale: 'zh',
    field: 'body',
    kind: 'emphasis',
    message:
      'The English emphasises 15 term(s) (Recurrent miscarriage, ESHRE, 2 or more pregnancy losses, ASRM, 2 or more failed clinical pregnancies, 20 weeks, RCOG, 3 or more first-trimester miscarriages, 2, Chinese expert consensus, 2 or more consecutive losses before 28 weeks, before 24 weeks, 28 weeks, 1–2%, 40–50%), the Chinese 17 (复发性流产、ESHRE、2次及以上、ASRM、2次及以上、20周、RCOG、3次及以上、2次、我国专家共识、2次及以上、28周前、包括生化妊娠、24周、28周、1%～2%、40%～50%).',
    reason:
      'Chinese word order splits one emphasised English phrase ("2 or more consecutive losses before 28 weeks") into 2次及以上 and 28周前, and emphasises 包括生化妊娠, which the English states in the same sentence; every emphasised English term is emphasised in the Chinese.',
    acknowledgedBy: by,
    date: '2026-12-01',
  },
  {
    document: 'treatments/hysteroscopic-surgery',
    locale: 'zh',
    field: 'body',
    kind: 'emphasis',
    message:
      'The English emphasises 6 term(s) (Uterine septum, Adhesions, polyps, fibroids, bicornuate uterus, case by case), the Chinese 8 (诊断、治疗、子宫纵隔、宫腔粘连、子宫内膜息肉、黏膜下肌瘤、双角子宫、个体化决定).',
    reason:
      'The Chinese also emphasises 诊断 and 治疗 (the two uses of a hysteroscope, said in the English unemphasised); the six emphasised English terms are all emphasised in the Chinese.',
    acknowledgedBy: by,
    date: '2026-12-01',
  },
  {
    document: 'treatments/pgt-ivf',
    locale: 'zh',
    field: 'body',
    kind: 'emphasis',
    message:
      'The English emphasises 5 term(s) (PGT-SR, PGT-M, PGT-A, not, genetic counselling), the Chinese 6 (胚胎植入前遗传学检测（PGT）、PGT-SR、PGT-M、PGT-A、不推荐、遗传咨询).',
    reason:
      'The Chinese emphasises the defined term 胚胎植入前遗传学检测（PGT） where it is introduced, which the English introduces unemphasised; the five emphasised English terms are all emphasised in the Chinese.',
    acknowledgedBy: by,
    date: '2026-12-01',
  },
]

/** Splits a document's mismatches into open and acknowledged (with the acknowledgement). */
export function acknowledgedMismatches(
  document: string,
  mismatches: ParityMismatch[],
  acknowledgements: readonly ParityAcknowledgement[] = parityAcknowledgements,
): {
  open: ParityMismatch[]
  acknowledged: Array<ParityMismatch & { acknowledgement: ParityAcknowledgement }>
} {
  const open: ParityMismatch[] = []
  const acknowledged: Array<ParityMismatch & { acknowledgement: ParityAcknowledgement }> = []
  for (const m of mismatches) {
    const ack = acknowledgements.find(
      (a) =>
        a.document === document &&
        a.field === m.field &&
        a.kind === m.kind &&
        m.message === a.message,
    )
    if (ack) acknowledged.push({ ...m, acknowledgement: ack })
    else open.push(m)
  }
  return { open, acknowledged }
}
