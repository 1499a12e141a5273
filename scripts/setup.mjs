/**
 * What `npm test` and `npm run test:battery` share: running a step and stopping on failure,
 * and making sure Debian's Chromium (with CJK fonts) is there for the browser tests.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'

export const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Runs a step with inherited output; exits the process when it fails unless `soft`. */
export function run(title, command, args, env = {}, { soft = false } = {}) {
  console.log(`\n▶ ${title}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`✗ ${title} failed (exit ${result.status ?? result.signal})`)
    if (!soft) process.exit(result.status || 1)
  }
  return result.status ?? 1
}

export function ensureChromium() {
  const fontsMissing = !fs.existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')
  if (fs.existsSync(chromium) && !fontsMissing) return
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  let hasApt = false
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' })
    hasApt = true
  } catch {
    hasApt = false
  }
  if (!isRoot || !hasApt) {
    if (!fs.existsSync(chromium)) {
      console.error(
        `The browser tests need Chromium at ${chromium}. Install Debian's package as root:\n` +
          '  apt-get update && apt-get install -y chromium fonts-noto-cjk\n' +
          'or point CHROMIUM_PATH at another Chromium binary.',
      )
      process.exit(1)
    }
    console.warn('Chinese fonts (fonts-noto-cjk) are missing: screenshots will show boxes for Chinese text.')
    return
  }
  run('Installing Chromium and CJK fonts (apt-get)', 'sh', [
    '-c',
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null',
  ])
}

/** The environment jest runs with (ES modules, quiet Payload logs, our Chromium). */
export function jestEnv(extra = {}) {
  return {
    LOG_LEVEL: process.env.LOG_LEVEL || 'error',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim(),
    CHROMIUM_PATH: chromium,
    ...extra,
  }
}
