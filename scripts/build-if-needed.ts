/**
 * Runs `next build` only when the app's sources changed since the last build (a hash of the
 * inputs is kept beside the build). Used by `npm run demo` and `npm test`; `.next/cache` is
 * kept between builds.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const buildInputs = [
  'src',
  'migrations',
  'payload.config.ts',
  'next.config.ts',
  'package-lock.json',
  'tsconfig.json',
]

function hashTree(root: string, entry: string, hash: crypto.Hash): void {
  const full = path.join(root, entry)
  if (!fs.existsSync(full)) return
  if (fs.statSync(full).isDirectory()) {
    for (const name of fs.readdirSync(full).sort()) hashTree(root, path.join(entry, name), hash)
  } else {
    hash.update(entry).update(fs.readFileSync(full))
  }
}

export function sourceHash(root = process.cwd()): string {
  const hash = crypto.createHash('sha256')
  for (const entry of buildInputs) hashTree(root, entry, hash)
  return hash.digest('hex')
}

/** Returns true when a build ran, false when the existing build was current. */
export function buildIfNeeded(root = process.cwd(), log = console.log): boolean {
  const stampFile = path.join(root, '.next', 'mediglot-source-hash')
  const wanted = sourceHash(root)
  const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stampFile)
  if (built && fs.readFileSync(stampFile, 'utf8') === wanted) {
    log('Production build is up to date.')
    return false
  }
  log('Building the production app (next build, one to two minutes)...')
  const result = spawnSync('npx', ['next', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`)
  fs.writeFileSync(stampFile, wanted)
  return true
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    buildIfNeeded()
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
