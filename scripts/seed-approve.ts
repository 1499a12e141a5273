/**
 * `npm run seed:approve [-- --date=YYYY-MM-DD]`: the demo reviewer (fictional, labelled as a demo)
 * approves every seed text that has no approval yet, on the given day (today by default), and
 * records it in src/seed/data/approvals.ts. Approvals of earlier wordings are kept: they are the
 * review history an existing demo database was published under. Run it after editing seed text,
 * once the new wording has been checked, and commit the ledger with the text.
 */
import fs from 'node:fs'
import path from 'node:path'

import { locales } from '../src/i18n/locales'
import { approvalKeys } from '../src/seed/approvals'
import * as content from '../src/seed/data'
import { demoApprovals } from '../src/seed/data/approvals'

const dateArg = process.argv.find((arg) => arg.startsWith('--date='))?.slice('--date='.length)
const day = dateArg ?? new Date().toISOString().slice(0, 10)
if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) {
  console.error(`--date must be a day such as 2026-12-01 (got "${day}")`)
  process.exit(1)
}

const ledger: Record<string, string> = { ...demoApprovals }
const added = approvalKeys(content, locales).filter((key) => !(key in ledger))
for (const key of added) ledger[key] = day

export function renderLedger(entries: Record<string, string>): string {
  const lines = Object.entries(entries)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `  '${key}': '${value}',`)
  return [
    '/**',
    ' * Written by `npm run seed:approve`: the day the demo reviewer approved each seed text',
    ' * (document@language#hash of its wording, links and sources). See src/seed/approvals.ts.',
    ' */',
    'export const demoApprovals: Readonly<Record<string, string>> = {',
    ...lines,
    '}',
    '',
  ].join('\n')
}

fs.writeFileSync(path.join(process.cwd(), 'src/seed/data/approvals.ts'), renderLedger(ledger))
console.log(
  added.length === 0
    ? 'Every seed text is already approved.'
    : `Approved on ${day}:\n  ${added.join('\n  ')}`,
)
