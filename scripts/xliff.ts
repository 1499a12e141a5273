/**
 * `npm run xliff -- export --as EMAIL [--behind | --documents causes/3,faqs/7] [--out FILE]`
 * `npm run xliff -- import FILE --as EMAIL`
 * The translation desk's XLIFF exchange for scripts, acting as the named staff account with its
 * rights (access control on): export writes one XLIFF 2.0 file (stdout without --out); import
 * writes Chinese drafts only and prints the report per document.
 */
import fs from 'node:fs'

import { createLocalReq, getPayload } from 'payload'

import config from '@payload-config'

import { isContentCollection } from '../src/collections/slugs'
import { XliffError } from '../src/editorial/xliff/format'
import {
  exportXliff,
  importXliff,
  translationsBehindRefs,
  type DocumentRef,
} from '../src/editorial/xliff/service'

const [command, ...rest] = process.argv.slice(2)
const option = (name: string) => {
  const at = rest.indexOf(name)
  return at >= 0 ? rest[at + 1] : undefined
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nUsage: npm run xliff -- export --as EMAIL [--behind | --documents causes/3,faqs/7] [--out FILE]\n       npm run xliff -- import FILE --as EMAIL\n`,
  )
  process.exit(2)
}

if (command !== 'export' && command !== 'import') usage('Say export or import.')
const email = option('--as')
if (!email) usage('Name the staff account to act as: --as EMAIL.')

const payload = await getPayload({ config })
try {
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const user = found.docs[0]
  if (!user) usage(`No account ${email}.`)
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  if (command === 'export') {
    let refs: DocumentRef[]
    if (rest.includes('--behind')) refs = await translationsBehindRefs(req)
    else {
      const list = (option('--documents') ?? '').split(',').filter(Boolean)
      if (list.length === 0) usage('Say --behind or --documents collection/id,…')
      refs = list.map((item) => {
        const [collection, id] = item.split('/')
        if (!isContentCollection(collection) || !id) usage(`"${item}" is not collection/id.`)
        return { collection, id }
      })
    }
    const { xml, documents } = await exportXliff(req, refs)
    const out = option('--out')
    if (out) fs.writeFileSync(out, xml)
    else process.stdout.write(xml)
    process.stderr.write(`Exported ${documents} document(s)${out ? ` to ${out}` : ''}.\n`)
  } else {
    const file = rest.find((arg, i) => !arg.startsWith('--') && rest[i - 1] !== '--as')
    if (!file) usage('Name the file to import.')
    const report = await importXliff(req, fs.readFileSync(file, 'utf8'))
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    if (report.documents.some((d) => d.refused.length > 0)) process.exitCode = 1
  }
} catch (error) {
  if (error instanceof XliffError) {
    process.stderr.write(`Refused, nothing imported: ${error.message}\n`)
    process.exitCode = 1
  } else throw error
} finally {
  await payload.destroy()
}
process.exit(process.exitCode ?? 0)
