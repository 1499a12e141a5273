/**
 * Fails when src/payload-types.ts is not what the config generates (someone changed a
 * collection and forgot `npm run generate`). Generates into a temporary file and compares.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { generateTypes } from 'payload/node'

import configPromise from '../payload.config'

const config = await configPromise
const committed = config.typescript.outputFile
const temp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mediglot-types-')), 'payload-types.ts')
config.typescript.outputFile = temp
await generateTypes(config, { log: false })
if (!fs.existsSync(temp)) {
  console.error('generateTypes wrote nothing; cannot check src/payload-types.ts')
  process.exit(1)
}
const same = fs.readFileSync(temp, 'utf8') === fs.readFileSync(committed, 'utf8')
fs.rmSync(path.dirname(temp), { recursive: true, force: true })
if (!same) {
  console.error('src/payload-types.ts is out of date: run `npm run generate` and commit the result.')
  process.exit(1)
}
console.log('src/payload-types.ts is current.')
process.exit(0)
