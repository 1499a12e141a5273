#!/usr/bin/env node
/**
 * `npm test`: the whole suite. Sets up what it needs first: Debian's Chromium (and CJK fonts)
 * for the browser tests, a current production build for the end-to-end tests. Then type-checks,
 * checks that the committed generated types are current, and runs jest in band (the
 * reliability battery at its small scale included; `npm run test:battery` runs it in full).
 * Extra arguments go to jest (e.g. `npm test -- --selectProjects unit`).
 */
import { ensureChromium, jestEnv, run } from './setup.mjs'

const jestArgs = process.argv.slice(2)
const needsApp = !jestArgs.includes('--selectProjects') || jestArgs.includes('e2e') || jestArgs.includes('battery')

if (needsApp) ensureChromium()
run('Type-checking (tsc --noEmit)', 'npx', ['tsc', '--noEmit'])
run('Checking that src/payload-types.ts matches the config', 'npx', ['tsx', '--conditions=production', 'scripts/check-generated.ts'])
if (needsApp) run('Production build (skipped when current)', 'npx', ['tsx', '--conditions=production', 'scripts/build-if-needed.ts'])
run('Running jest (unit, integration, end-to-end, battery)', 'npx', ['jest', '--runInBand', '--forceExit', ...jestArgs], jestEnv())
