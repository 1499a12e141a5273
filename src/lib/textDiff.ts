/**
 * Text differences for people reviewing medical text: word by word for English, character by
 * character for Chinese (a Chinese sentence has no spaces, and one changed character can turn
 * "should be considered" into "is proven"). Pure and dependency-free so the admin, the workflow
 * API and the translation desk share one definition of "what changed".
 */

export type DiffKind = 'same' | 'added' | 'removed'

/** A run of text that is unchanged, only in the newer text, or only in the older one. */
export type DiffSegment = { kind: DiffKind; text: string }

/** `word`: words, spaces and punctuation are the units; `char`: every CJK character is one. */
export type DiffGranularity = 'word' | 'char'

// Han ideographs, CJK punctuation, full-width forms, kana and hangul: each one a unit in `char`.
const cjkUnit =
  /[\u2E80-\u2FFF\u3000-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/u
const cjkAnywhere = new RegExp(cjkUnit.source, 'u')

/** Beyond this many edits the texts are too different for a useful inline view. */
const defaultMaxEdits = 2_000

/** Characters for Chinese (or any text containing CJK), words otherwise. */
export function granularityFor(text: string): DiffGranularity {
  return cjkAnywhere.test(text) ? 'char' : 'word'
}

/**
 * Splits text into the units a reader compares. Latin words and numbers stay whole in both
 * modes ("28" inside a Chinese sentence is one unit, so 24 → 28 is shown as one change, not two
 * digits), whitespace runs are units of their own, and every other symbol is one unit.
 */
export function tokenize(text: string, granularity: DiffGranularity): string[] {
  const tokens: string[] = []
  for (const match of text.matchAll(/\s+|[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*|./gsu)) {
    const token = match[0]
    if (granularity === 'char' && cjkUnit.test(token)) {
      // A run of letters that contains CJK: split the CJK characters, keep Latin runs whole.
      for (const part of token.match(/[\p{Script=Latin}\p{N}]+|./gsu) ?? []) tokens.push(part)
    } else {
      tokens.push(token)
    }
  }
  return tokens
}

function pushSegment(segments: DiffSegment[], kind: DiffKind, text: string): void {
  if (text === '') return
  const last = segments[segments.length - 1]
  if (last && last.kind === kind) last.text += text
  else segments.push({ kind, text })
}

/**
 * Myers' O(ND) shortest edit script between two token lists, returned as merged segments
 * (removals before additions where both occur at one place). When more than `maxEdits` edits
 * would be needed, the differing middle is reported as one removal and one addition.
 */
export function diffTokens(
  before: readonly string[],
  after: readonly string[],
  maxEdits: number = defaultMaxEdits,
): DiffSegment[] {
  const segments: DiffSegment[] = []
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--
    endAfter--
  }
  pushSegment(segments, 'same', before.slice(0, start).join(''))
  const a = before.slice(start, endBefore)
  const b = after.slice(start, endAfter)
  for (const segment of middleDiff(a, b, maxEdits))
    pushSegment(segments, segment.kind, segment.text)
  pushSegment(segments, 'same', before.slice(endBefore).join(''))
  return segments
}

function middleDiff(a: readonly string[], b: readonly string[], maxEdits: number): DiffSegment[] {
  const n = a.length
  const m = b.length
  if (n === 0 && m === 0) return []
  if (n === 0) return [{ kind: 'added', text: b.join('') }]
  if (m === 0) return [{ kind: 'removed', text: a.join('') }]
  const limit = Math.min(n + m, maxEdits)
  const offset = limit + 1
  let v = new Int32Array(2 * limit + 3)
  const trace: Int32Array[] = []
  let found = -1
  for (let d = 0; d <= limit && found < 0; d++) {
    trace.push(v.slice())
    const next = v.slice()
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      next[offset + k] = x
      if (x >= n && y >= m) {
        found = d
        break
      }
    }
    v = next
  }
  if (found < 0)
    return [
      { kind: 'removed', text: a.join('') },
      { kind: 'added', text: b.join('') },
    ]

  // Walk back through the saved frontiers to recover the path, collecting edits in reverse.
  const reversed: DiffSegment[] = []
  let x = n
  let y = m
  for (let d = found; d > 0; d--) {
    const frontier = trace[d]
    const k = x - y
    const prevK =
      k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1]) ? k + 1 : k - 1
    const prevX = frontier[offset + prevK]
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      reversed.push({ kind: 'same', text: a[x - 1] })
      x--
      y--
    }
    if (x === prevX) reversed.push({ kind: 'added', text: b[y - 1] })
    else reversed.push({ kind: 'removed', text: a[x - 1] })
    x = prevX
    y = prevY
  }
  while (x > 0 && y > 0) {
    reversed.push({ kind: 'same', text: a[x - 1] })
    x--
    y--
  }
  return orderEdits(reversed.reverse())
}

/**
 * Within each run of edits, removals first and then additions: "old → new" reads naturally. A
 * space between two edited words joins the run, so "should be considered" → "is proven" reads as
 * one change rather than three.
 */
function orderEdits(steps: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = []
  let removed = ''
  let added = ''
  let gap = ''
  const flush = () => {
    pushSegment(out, 'removed', removed)
    pushSegment(out, 'added', added)
    pushSegment(out, 'same', gap)
    removed = ''
    added = ''
    gap = ''
  }
  for (const step of steps) {
    if (step.kind === 'same') {
      if (removed === '' && added === '') pushSegment(out, 'same', step.text)
      else if (gap === '' && /^\s+$/u.test(step.text)) gap = step.text
      else {
        flush()
        pushSegment(out, 'same', step.text)
      }
      continue
    }
    if (gap !== '') {
      removed += gap
      added += gap
      gap = ''
    }
    if (step.kind === 'removed') removed += step.text
    else added += step.text
  }
  flush()
  return out
}

/**
 * What changed from `before` to `after`, in units a reader of that language compares (chosen
 * from the text unless given). Joining the `same` and `removed` segments gives `before` back;
 * joining `same` and `added` gives `after`.
 */
export function diffText(
  before: string,
  after: string,
  options: { granularity?: DiffGranularity; maxEdits?: number } = {},
): DiffSegment[] {
  const granularity = options.granularity ?? granularityFor(`${before}${after}`)
  return diffTokens(tokenize(before, granularity), tokenize(after, granularity), options.maxEdits)
}

/** True when the segments contain any addition or removal. */
export function hasChanges(segments: readonly DiffSegment[]): boolean {
  return segments.some((segment) => segment.kind !== 'same')
}

/** The text as it was (`before`) or as it is (`after`), rebuilt from segments. */
export function sideOf(segments: readonly DiffSegment[], side: 'before' | 'after'): string {
  const skip: DiffKind = side === 'before' ? 'added' : 'removed'
  return segments
    .filter((segment) => segment.kind !== skip)
    .map((segment) => segment.text)
    .join('')
}
