#!/usr/bin/env node
/**
 * `npm test`: the whole suite. Sets up what it needs first: Debian's Chromium (and CJK fonts)
 * for the browser tests, a current production build for the end-to-end tests. Then type-checks,
 * checks that the committed generated types are current, and runs jest in band.
 * Extra arguments go to jest (e.g. `npm test -- --selectProjects unit`).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const jestArgs = process.argv.slice(2)
const onlyFast = jestArgs.includes('--selectProjects') && !jestArgs.includes('e2e')

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`✗ ${title} failed (exit ${result.status ?? result.signal})`)
    process.exit(result.status || 1)
  }
}

function ensureChromium() {
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

if (!onlyFast) ensureChromium()
run('Type-checking (tsc --noEmit)', 'npx', ['tsc', '--noEmit'])
run('Checking that src/payload-types.ts matches the config', 'npx', ['tsx', '--conditions=production', 'scripts/check-generated.ts'])
if (!onlyFast) run('Production build (skipped when current)', 'npx', ['tsx', '--conditions=production', 'scripts/build-if-needed.ts'])
run('Running jest (unit, integration, end-to-end)', 'npx', ['jest', '--runInBand', '--forceExit', ...jestArgs], {
  LOG_LEVEL: process.env.LOG_LEVEL || 'error',
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim(),
  CHROMIUM_PATH: chromium,
})
